import { describe, expect, it } from "vitest";
import { excessOverReference, type StartupFigures } from "../perf/startup-judge.ts";

const figures = (blockingMs: number, longTasks: number, longestMs: number): StartupFigures => ({
  blockingMs,
  longTasks,
  longestMs,
});

describe("excessOverReference", () => {
  it("judges the median of the pairs' differences, so a machine's load on both sides cancels out", () => {
    const { excess, misses } = excessOverReference([
      { page: figures(300, 5, 200), reference: figures(280, 4, 190) },
      { page: figures(60, 1, 80), reference: figures(30, 1, 60) },
      { page: figures(900, 9, 400), reference: figures(860, 8, 380) },
    ]);
    expect(excess).toEqual({ blockingMs: 30, longTasks: 1, longestMs: 20 });
    expect(misses).toEqual([]);
  });

  it("names each budget the page misses, with its excess", () => {
    const { misses } = excessOverReference([
      { page: figures(480, 4, 170), reference: figures(20, 1, 60) },
      { page: figures(500, 4, 170), reference: figures(40, 1, 60) },
    ]);
    expect(misses).toEqual([
      "blockingMs 460 over the reference > 50",
      "longTasks 3 over the reference > 2",
      "longestMs 110 over the reference > 100",
    ]);
  });

  it("is not swayed by one pair measured while the machine was busy", () => {
    const { misses } = excessOverReference([
      { page: figures(40, 1, 80), reference: figures(10, 1, 60) },
      { page: figures(2000, 12, 900), reference: figures(50, 1, 90) },
      { page: figures(35, 1, 75), reference: figures(0, 1, 55) },
    ]);
    expect(misses).toEqual([]);
  });

  it("refuses to judge nothing", () => {
    expect(() => excessOverReference([])).toThrow("no pairs");
  });
});
