import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { optionTotals } from "./costs.ts";
import { decisionColumns, decisionMap, lowerEnvelope } from "./decision-map.ts";
import { defaultScenario } from "./inputs.ts";
import { parseScenario } from "./scenario.ts";
import { sizeScenario } from "./size-curve.ts";
import { scenarioArbitrary } from "./test-arbitraries.ts";

describe("lowerEnvelope", () => {
  it("splits the range where the cheapest line changes", () => {
    // 10 + 2x, 4 + 5x, 16 + 0x over [0, 4]: the second to x = 2, the first to x = 3, then the third.
    const lines = [
      { atZero: 10, slope: 2 },
      { atZero: 4, slope: 5 },
      { atZero: 16, slope: 0 },
    ];
    expect(lowerEnvelope(lines, 4)).toEqual([
      { from: 0, to: 2, option: 1 },
      { from: 2, to: 3, option: 0 },
      { from: 3, to: 4, option: 2 },
    ]);
  });

  it("gives equal lines to the lowest option and makes no segment of a tie at one point", () => {
    expect(lowerEnvelope([{ atZero: 5, slope: 1 }, { atZero: 5, slope: 1 }], 2)).toEqual([{ from: 0, to: 2, option: 0 }]);
    // Touching at x = 1 only: 1 + (x − 1)² is not a line, but two lines meeting at the top end are.
    expect(lowerEnvelope([{ atZero: 0, slope: 1 }, { atZero: 2, slope: -1 }], 1)).toEqual([{ from: 0, to: 1, option: 0 }]);
  });
});

describe("decisionMap", () => {
  it("has the size curve's range in at most 60 distinct, ascending columns", () => {
    expect(decisionColumns(25)).toHaveLength(50);
    expect(decisionColumns(25)[0]).toBe(1);
    expect(decisionColumns(25).at(-1)).toBe(50);
    const large = decisionColumns(5000);
    expect(large).toHaveLength(60);
    expect(large.at(-1)).toBe(10000);
    expect(large[1]).toBe(Math.round(1 + 9999 / 59));
  });

  it("covers 0 to top in each column without gap or overlap, neighbours different, each the option cheapest inside it", () => {
    fc.assert(
      fc.property(scenarioArbitrary({ months: { max: 12 }, seats: { max: 200 } }, { min: 1, max: 4 }), (scenario) => {
        const map = decisionMap(scenario);
        expect(map.top).toBe(Math.max(1, 2 * scenario.issues));
        for (const column of map.columns) {
          const { segments } = column;
          expect(segments[0]!.from).toBe(0);
          expect(segments.at(-1)!.to).toBe(map.top);
          segments.forEach((segment, index) => {
            expect(segment.to).toBeGreaterThan(segment.from);
            if (index > 0) {
              expect(segment.from).toBe(segments[index - 1]!.to);
              expect(segment.option).not.toBe(segments[index - 1]!.option);
            }
          });
          // Well inside a wide segment, its option is the cheapest by a direct computation.
          const widest = segments.reduce((a, b) => (b.to - b.from > a.to - a.from ? b : a));
          const totals = optionTotals({ ...sizeScenario(scenario, column.seats), issues: (widest.from + widest.to) / 2 });
          const lowest = Math.min(...totals);
          expect(totals[widest.option]! - lowest).toBeLessThanOrEqual(Math.abs(lowest) * 1e-9 + 1e-6);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("shows break-fix cheapest for a tiny office with few issues and a managed plan for a large one with many", () => {
    const { scenario } = parseScenario(new URLSearchParams("servers=0&outages=0&plans=2&p2.msSeat=80&p2.msOutside=30"));
    const map = decisionMap(scenario);
    expect(map.columns[0]!.segments[0]!.option).toBe(0);
    expect(map.columns.at(-1)!.segments.at(-1)!.option).not.toBe(0);
    expect(decisionMap(defaultScenario()).columns.every((column) => column.segments.every((segment) => segment.option <= 1))).toBe(true);
  });
});
