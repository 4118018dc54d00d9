import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LinearTotals, optionTotals } from "./costs.ts";
import { planCount } from "./plans.ts";
import { sizeScenario } from "./size-curve.ts";
import { scenarioArbitrary } from "./test-arbitraries.ts";

/** Half a cent, or the rounding error of totals so large that a cent is below their last digits. */
function closeEnough(fast: number, plain: number): boolean {
  return Math.abs(fast - plain) <= Math.max(0.005, Math.abs(plain) * 1e-13);
}

describe("LinearTotals", () => {
  it("gives every option's horizon total as the plain evaluation does, at any size, for any scenario", () => {
    fc.assert(
      fc.property(scenarioArbitrary({}, { min: 1, max: 4 }), fc.integer({ min: 1, max: 10_000 }), (s, seats) => {
        const sized = sizeScenario(s, seats);
        const fast = new LinearTotals(s).totals(sized.seats, sized.endpoints);
        const plain = optionTotals(sized);
        expect(fast).toHaveLength(planCount(s) + 1);
        fast.forEach((total, option) => expect(closeEnough(total, plain[option]!), `option ${option}: ${total} against ${plain[option]}`).toBe(true));
      }),
      { numRuns: 400 },
    );
  });

  it("totals only the first plans when asked for fewer", () => {
    fc.assert(
      fc.property(scenarioArbitrary({}, { min: 2, max: 4 }), (s) => {
        const all = new LinearTotals(s).totals(s.seats, s.endpoints);
        expect(new LinearTotals(s, 1).totals(s.seats, s.endpoints)).toEqual(all.slice(0, 2));
      }),
      { numRuns: 50 },
    );
  });
});
