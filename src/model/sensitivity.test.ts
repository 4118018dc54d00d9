import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NUMBER_INPUTS, defaultScenario, numberInputDef } from "./inputs.ts";
import { scaledInput } from "./sensitivity.ts";
import { sensitivity } from "./index.ts";
import { scenarioArbitrary } from "./test-arbitraries.ts";

const CENT = 2;

describe("scaledInput", () => {
  it.each([
    ["seats", 25, 0.75, 19], // 18.75 rounds to 19
    ["seats", 25, 1.25, 31], // 31.25 rounds to 31
    ["servers", 2, 0.75, 2], // 1.5 rounds half up to 2
    ["seats", 1, 0.75, 1], // 0.75 is clamped to the minimum of 1
    ["bfRecur", 80, 1.25, 90], // 100 is clamped to the cap of 90 %
    ["bfAfterX", 1, 0.75, 1], // 0.75 is clamped to the minimum multiplier of 1
    ["growth", -50, 1.25, -50], // −62.5 is clamped to −50
    ["growth", -40, 0.75, -30],
    ["issues", 0.5, 1.25, 0.625], // not an integer: not rounded
  ] as const)("scales %s = %d by %d to %d", (key, value, factor, expected) => {
    const { min, max, integer } = numberInputDef(key);
    expect(scaledInput({ key, min, max, integer }, value, factor)).toBe(expected);
  });
});

describe("sensitivity", () => {
  // Default scenario with downtime off. Break-fix invoice a month: labour and premium
  // 150 × 1.075 × (10 × 1.5 + 2/3 × 4 + 1/24 × 24) = 3010, call-outs 291.75: 3301.75; × 36 = 118863.
  // Managed: max(500, 110 × 25 + 150 × 2 = 3050) × 36 + 2000 = 111800.
  const scenario = { ...defaultScenario(), downtime: false };
  const rows = sensitivity(scenario);
  const row = (key: string) => rows.find((candidate) => candidate.key === key)!;

  it("varies every numeric input except the horizon, the path count and the seed, once each", () => {
    const expected = NUMBER_INPUTS.map((def) => def.key).filter(
      (key) => !["months", "paths", "seed"].includes(key),
    );
    expect(rows.map((candidate) => candidate.key).sort()).toEqual([...expected].sort());
  });

  it("moves the difference by the hand-worked amounts when the hourly rate is 25 % lower and higher", () => {
    // bfRate 112.5: 3010 × 0.75 + 291.75 = 2549.25 a month, × 36 = 91773; − 111800 = −20027.
    // bfRate 187.5: 3010 × 1.25 + 291.75 = 4054.25 a month, × 36 = 145953; − 111800 = 34153.
    expect(row("bfRate").low).toBeCloseTo(-20027, CENT);
    expect(row("bfRate").high).toBeCloseTo(34153, CENT);
    expect(row("bfRate").swing).toBeCloseTo(54180, CENT);
  });

  it("moves the difference the other way for a managed price", () => {
    // msSeat 82.5: fee 2062.5 + 300 = 2362.5, × 36 + 2000 = 87050; 118863 − 87050 = 31813.
    // msSeat 137.5: fee 3437.5 + 300 = 3737.5, × 36 + 2000 = 136550; 118863 − 136550 = −17687.
    expect(row("msSeat").low).toBeCloseTo(31813, CENT);
    expect(row("msSeat").high).toBeCloseTo(-17687, CENT);
    expect(row("msSeat").swing).toBeCloseTo(49500, CENT);
  });

  it("gives no swing to a minimum fee that does not bind, or to an input that is zero", () => {
    // msMin 375 or 625 is still below the fee of 3050; msEndpoint 0 × 0.75 = 0 × 1.25 = 0.
    const baseline = 118863 - 111800;
    for (const key of ["msMin", "msEndpoint", "growth"]) {
      expect(row(key).low).toBeCloseTo(baseline, CENT);
      expect(row(key).high).toBeCloseTo(baseline, CENT);
      expect(row(key).swing).toBe(0);
    }
  });

  it("sorts rows by swing to the cent, largest first, with swing = |high − low|", () => {
    fc.assert(
      fc.property(scenarioArbitrary({ months: { max: 36 } }), (candidate) => {
        const result = sensitivity(candidate);
        result.forEach((entry, index) => {
          expect(entry.swing).toBe(Math.abs(entry.high - entry.low));
          if (index > 0) expect(Math.round(entry.swing * 100)).toBeLessThanOrEqual(Math.round(result[index - 1]!.swing * 100));
        });
      }),
      { numRuns: 100 },
    );
  });
});
