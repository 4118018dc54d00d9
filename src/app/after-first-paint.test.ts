import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FIRST_PAINT_WAIT_MS, afterFirstContentfulPaint } from "./after-first-paint.ts";

/** A PerformanceObserver whose paint entries the test reports by hand. */
class FakePaintObserver {
  static supportedEntryTypes: readonly string[] = ["paint"];
  static live: FakePaintObserver[] = [];
  disconnected = false;
  constructor(private readonly callback: PerformanceObserverCallback) {
    FakePaintObserver.live.push(this);
  }
  observe(): void {}
  disconnect(): void {
    this.disconnected = true;
  }
  report(...names: string[]): void {
    const entries = { getEntriesByName: (name: string) => names.filter((entry) => entry === name) };
    this.callback(entries as unknown as PerformanceObserverEntryList, this as unknown as PerformanceObserver);
  }
}

function reported(names: string[]): void {
  vi.spyOn(performance, "getEntriesByName").mockImplementation(
    (name: string) => names.filter((entry) => entry === name) as unknown as PerformanceEntryList,
  );
}

describe("the app starts once the page is on screen", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    FakePaintObserver.live = [];
    FakePaintObserver.supportedEntryTypes = ["paint"];
    vi.stubGlobal("PerformanceObserver", FakePaintObserver);
    reported([]);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it("waits for the first contentful paint, not the first paint, and starts once", () => {
    const start = vi.fn();
    afterFirstContentfulPaint(start);
    const observer = FakePaintObserver.live[0]!;

    observer.report("first-paint");
    expect(start).not.toHaveBeenCalled();

    observer.report("first-contentful-paint");
    expect(start).toHaveBeenCalledTimes(1);
    expect(observer.disconnected).toBe(true);

    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS);
    observer.report("first-contentful-paint");
    expect(start).toHaveBeenCalledTimes(1);
  });

  it("starts in the next task when the paint was reported before it asked", () => {
    reported(["first-contentful-paint"]);
    const start = vi.fn();
    afterFirstContentfulPaint(start);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(start).toHaveBeenCalledTimes(1);
    expect(FakePaintObserver.live).toHaveLength(0);
  });

  it("starts anyway when the browser never reports the paint", () => {
    const start = vi.fn();
    afterFirstContentfulPaint(start);
    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS - 1);
    expect(start).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(start).toHaveBeenCalledTimes(1);
    expect(FakePaintObserver.live[0]!.disconnected).toBe(true);
  });

  it("without paint timing, starts after the next frame", () => {
    FakePaintObserver.supportedEntryTypes = ["mark", "measure"];
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => frames.push(callback));
    const start = vi.fn();
    afterFirstContentfulPaint(start);
    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS);
    expect(start).not.toHaveBeenCalled();

    frames.forEach((frame) => frame(0));
    vi.advanceTimersByTime(0);
    expect(start).toHaveBeenCalledTimes(1);
    expect(FakePaintObserver.live).toHaveLength(0);
  });
});
