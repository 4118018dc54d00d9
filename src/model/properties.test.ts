/**
 * Properties of the whole model over random valid scenarios (fast-check): totals move the right
 * way when an input grows, the break-even month really holds, and nothing is ever NaN or infinite.
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeCosts } from "./costs.ts";
import type { NumericKey, Scenario } from "./inputs.ts";
import { sensitivity } from "./index.ts";
import { simulate } from "./simulate.ts";
import { sizeCurve } from "./size-curve.ts";
import {
  QUICK_SIMULATION,
  extremeScenario,
  nonFiniteNumbers,
  orderedPair,
  scenarioArbitrary,
} from "./test-arbitraries.ts";

/** Short horizons keep a property run to milliseconds; the arithmetic is the same every month. */
const scenarios = scenarioArbitrary({ months: { max: 36 } });

function totals(scenario: Scenario): { breakFix: number; managed: number } {
  const result = computeCosts(scenario);
  return { breakFix: result.breakFix.total, managed: result.managed.total };
}

/** Holds an input at two values, lower then higher, with everything else as drawn. */
function withLowerAndHigher(keys: readonly NumericKey[]) {
  return fc
    .constantFrom(...keys)
    .chain((key) => fc.tuple(fc.constant(key), scenarios, orderedPair(key)))
    .map(([key, scenario, [lower, higher]]) => ({
      key,
      lower: { ...scenario, [key]: lower },
      higher: { ...scenario, [key]: higher },
    }));
}

describe("totals never fall when a cost driver rises", () => {
  const drivers: NumericKey[] = [
    "issues",
    "srvIssues",
    "outages",
    "bfRate",
    "bfHours",
    "bfSrvHours",
    "bfOutageHours",
    "bfWait",
    "msWait",
    "msHours",
    "staffCost",
    "bfCallOut",
  ];

  it.each(drivers)("neither horizon total falls when %s rises", (key) => {
    fc.assert(
      fc.property(scenarios, orderedPair(key), (scenario, [lower, higher]) => {
        const low = totals({ ...scenario, [key]: lower });
        const high = totals({ ...scenario, [key]: higher });
        expect(high.breakFix).toBeGreaterThanOrEqual(low.breakFix);
        expect(high.managed).toBeGreaterThanOrEqual(low.managed);
      }),
      { numRuns: 60 },
    );
  });

  it("the managed total never falls, and break-fix does not move, when a managed price rises", () => {
    fc.assert(
      fc.property(
        withLowerAndHigher(["msSeat", "msEndpoint", "msServer", "msMin", "msOnboard"]),
        ({ lower, higher }) => {
          const low = totals(lower);
          const high = totals(higher);
          expect(high.managed).toBeGreaterThanOrEqual(low.managed);
          expect(high.breakFix).toBe(low.breakFix);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("break-even month", () => {
  it("is a month from which managed's cumulative total stays at or below break-fix's, the month before it is not, and it is none only when the last month is not", () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const { months, breakEvenMonth } = computeCosts(scenario);
        const managedAtOrBelow = (index: number) =>
          months[index]!.managed.cumulative <= months[index]!.breakFix.cumulative;
        if (breakEvenMonth === null) {
          expect(managedAtOrBelow(months.length - 1)).toBe(false);
          return;
        }
        for (let index = breakEvenMonth - 1; index < months.length; index++)
          expect(managedAtOrBelow(index)).toBe(true);
        if (breakEvenMonth > 1) expect(managedAtOrBelow(breakEvenMonth - 2)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe("break-even issue rate", () => {
  it("makes the two horizon totals equal when issues is set to it", () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const rate = computeCosts(scenario).breakEvenIssues;
        fc.pre(rate !== null && rate <= 1e6);
        const at = totals({ ...scenario, issues: rate! });
        // Equal up to float error relative to the size of the totals.
        expect(Math.abs(at.breakFix - at.managed)).toBeLessThanOrEqual(
          1e-6 * Math.max(1, at.breakFix, at.managed),
        );
      }),
      { numRuns: 300 },
    );
  });
});

describe("no output is ever NaN or infinite", () => {
  it("computeCosts and sensitivity, for any in-range scenario", () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (scenario) => {
        expect(nonFiniteNumbers(computeCosts(scenario))).toEqual([]);
        expect(nonFiniteNumbers(sensitivity(scenario))).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("simulate, for any in-range scenario", () => {
    fc.assert(
      fc.property(scenarioArbitrary(QUICK_SIMULATION), (scenario) => {
        expect(nonFiniteNumbers(simulate(scenario))).toEqual([]);
      }),
      { numRuns: 80 },
    );
  });

  it("sizeCurve, for any in-range scenario", () => {
    // The curve has max(2 × seats, 50) points, so keep the office modest here; the largest is below.
    fc.assert(
      fc.property(scenarioArbitrary({ seats: { max: 60 }, months: { max: 36 } }), (scenario) => {
        expect(nonFiniteNumbers(sizeCurve(scenario))).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it.each([
    ["every input at its minimum, downtime on", extremeScenario("min", true)],
    ["every input at its minimum, downtime off", extremeScenario("min", false)],
    ["every input at its maximum, downtime on", extremeScenario("max", true)],
    ["every input at its maximum, downtime off", extremeScenario("max", false)],
  ])(
    "for %s, in every function",
    (_, scenario) => {
      // At the maximum: 20,000 paths over 120 months, and a size curve of 10,000 points.
      expect(nonFiniteNumbers(computeCosts(scenario))).toEqual([]);
      expect(nonFiniteNumbers(sensitivity(scenario))).toEqual([]);
      expect(nonFiniteNumbers(sizeCurve(scenario))).toEqual([]);
      expect(nonFiniteNumbers(simulate(scenario))).toEqual([]);
    },
    30_000,
  );
});
