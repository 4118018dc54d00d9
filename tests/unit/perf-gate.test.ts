import { describe, expect, it } from "vitest";
import { BUDGETS, judgePage, median, pairedExcess, type LighthouseFigures, type StartupTasks } from "../perf/perf-gate.ts";

const run = (tbtMs: number, extra: Partial<LighthouseFigures> = {}): LighthouseFigures => ({
  performance: 100,
  accessibility: Number.NaN,
  bestPractices: Number.NaN,
  seo: Number.NaN,
  tbtMs,
  lcpMs: 1000,
  cls: 0,
  ...extra,
});
const audited = [{ accessibility: 100, bestPractices: 100, seo: 100 }];
const tasks = (count: number, longestMs: number): StartupTasks => ({ count, longestMs, blockingMs: Math.max(0, longestMs - 50) });

describe("the start-up gate's decisions", () => {
  it("takes the middle value, or the mean of the two middle values", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it("pairs each page run with the reference run measured beside it", () => {
    // A busy moment lengthens both runs of the second pair alike.
    expect(pairedExcess([40, 400, 30], [10, 380, 20])).toBe(20);
  });

  it("passes a page whose TBT rises with the machine's load as its reference's does", () => {
    const verdict = judgePage({
      page: [run(120), run(610), run(90)],
      reference: [run(100), run(580), run(60)],
      audited,
      tasks: [tasks(2, 120), tasks(2, 300), tasks(1, 90)],
      referenceTasks: [tasks(1, 110), tasks(1, 280), tasks(1, 80)],
    });
    expect(verdict.misses).toEqual([]);
  });

  // Recorded by `npm run lighthouse` for the embed on a busy 2-core machine (load average 4–16).
  const EMBED_REFERENCE_BEFORE = [run(114), run(135), run(109)];

  it("passes the embed's TBT as recorded without a planted task", () => {
    const verdict = judgePage({
      page: [run(151), run(156), run(48)],
      reference: EMBED_REFERENCE_BEFORE,
      audited,
      tasks: [tasks(3, 294), tasks(2, 175), tasks(7, 283)],
      referenceTasks: [tasks(2, 230), tasks(1, 62), tasks(1, 130)],
    });
    expect(verdict.misses.filter((miss) => miss.startsWith("TBT"))).toEqual([]);
  });

  it("fails the embed with a planted 120 ms busy task at start-up (PERF_PLANT_BUSY_MS=120), as recorded", () => {
    // Lighthouse counts the planted task at 4 × 120 ms.
    const verdict = judgePage({
      page: [run(1253), run(407), run(363)],
      reference: [run(325), run(732), run(190)],
      audited,
      tasks: [tasks(7, 251), tasks(5, 169), tasks(12, 324)],
      referenceTasks: [tasks(1, 446), tasks(2, 1027), tasks(2, 275)],
    });
    expect(verdict.misses).toContain("TBT 173 ms over the reference's > 50 ms");
  });

  it("fails a page with more long tasks than the budget allows over its reference's", () => {
    const extra = BUDGETS.longTasksOverReference + 1;
    const verdict = judgePage({
      page: [run(60), run(60), run(60)],
      reference: [run(50), run(50), run(50)],
      audited,
      tasks: [tasks(1 + extra, 80), tasks(1 + extra, 80), tasks(1 + extra, 80)],
      referenceTasks: [tasks(1, 80), tasks(1, 80), tasks(1, 80)],
    });
    expect(verdict.misses).toEqual([`${extra} long tasks more than the reference's > ${BUDGETS.longTasksOverReference}`]);
  });

  it("judges LCP, CLS and the audited scores against fixed budgets", () => {
    const verdict = judgePage({
      page: [run(0, { lcpMs: 1600, cls: 0.02 }), run(0, { lcpMs: 1700, cls: 0.02 }), run(0)],
      reference: [run(0), run(0), run(0)],
      audited: [{ accessibility: 96, bestPractices: 100, seo: 90 }],
      tasks: [tasks(0, 0)],
      referenceTasks: [tasks(0, 0)],
    });
    expect(verdict.misses).toEqual(["LCP 1600 ms > 1500 ms", "CLS 0.020 > 0.01", "accessibility 96 < 100", "SEO 90 < 95"]);
  });

  it("fails rather than passes when a measurement is missing", () => {
    const verdict = judgePage({ page: [run(0)], reference: [run(0)], audited: [], tasks: [], referenceTasks: [] });
    expect(verdict.misses).toHaveLength(2);
  });
});
