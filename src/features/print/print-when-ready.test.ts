import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { FRAME_WAIT_MS, printWhenReady } from "./print-when-ready.ts";

const TIMEOUT_MS = 8000;
const never = () => new Promise<never>(() => {});

describe("printing waits for the printout's parts, but never forever", () => {
  let print: MockInstance<() => void>;

  beforeEach(() => {
    vi.useFakeTimers();
    print = vi.spyOn(window, "print").mockImplementation(() => {
      expect(document.documentElement.classList.contains("print-preparing")).toBe(true);
    });
    // A page on screen: a frame every 16 ms.
    vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => setTimeout(() => callback(0), 16));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("prints once every part has loaded and the page has drawn them, then stops preparing", async () => {
    let loaded!: () => void;
    const printing = printWhenReady([() => new Promise<void>((resolve) => (loaded = resolve))], TIMEOUT_MS);
    await vi.advanceTimersByTimeAsync(1000);
    expect(print).not.toHaveBeenCalled();

    loaded();
    await vi.advanceTimersByTimeAsync(3 * 16);
    await printing;
    expect(print).toHaveBeenCalledTimes(1);
    expect(document.documentElement.classList.contains("print-preparing")).toBe(false);
  });

  it("a part that never loads holds the print for the timeout at most", async () => {
    const printing = printWhenReady([never, () => Promise.resolve()], TIMEOUT_MS);
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS - 1);
    expect(print).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(1 + 3 * 16);
    await printing;
    expect(print).toHaveBeenCalledTimes(1);
  });

  it("a part that fails does not stop the print", async () => {
    const printing = printWhenReady([() => Promise.reject(new Error("chunk failed"))], TIMEOUT_MS);
    await vi.advanceTimersByTimeAsync(3 * 16);
    await printing;
    expect(print).toHaveBeenCalledTimes(1);
  });

  it("a page the browser draws no frames for (a hidden tab) still prints", async () => {
    vi.stubGlobal("requestAnimationFrame", () => 0);
    const printing = printWhenReady([() => Promise.resolve()], TIMEOUT_MS);
    await vi.advanceTimersByTimeAsync(3 * FRAME_WAIT_MS - 1);
    expect(print).not.toHaveBeenCalled();

    await vi.advanceTimersByTimeAsync(1);
    await printing;
    expect(print).toHaveBeenCalledTimes(1);
  });
});
