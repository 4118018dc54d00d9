import { afterEach, describe, expect, it, vi } from "vitest";
import { yieldToMain } from "./yield-to-main.ts";

describe("yieldToMain", () => {
  afterEach(() => {
    delete (globalThis as { scheduler?: unknown }).scheduler;
  });

  it("uses scheduler.yield where the browser has it", async () => {
    const yieldNow = vi.fn(() => Promise.resolve());
    (globalThis as { scheduler?: unknown }).scheduler = { yield: yieldNow };
    await yieldToMain();
    expect(yieldNow).toHaveBeenCalledOnce();
  });

  it("otherwise resumes in a later task, after what the current task queued", async () => {
    const order: string[] = [];
    const resumed = yieldToMain().then(() => order.push("resumed"));
    void Promise.resolve().then(() => order.push("microtask"));
    await resumed;
    expect(order).toEqual(["microtask", "resumed"]);
  });
});
