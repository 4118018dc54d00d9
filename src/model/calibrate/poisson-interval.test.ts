import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { logGamma } from "../random.ts";
import { garwoodInterval, gammaQuantile, regularisedGammaP } from "./poisson-interval.ts";

/**
 * Reference values computed independently with SciPy 1.17:
 * chi2.ppf(0.05, 2n) / 2 and chi2.ppf(0.95, 2n + 2) / 2.
 */
const SCIPY: readonly [number, number, number][] = [
  [0, 0, 2.9957322735539895],
  [1, 0.05129329438755053, 4.743864518390577],
  [2, 0.35536151069866195, 6.295793621871988],
  [5, 1.9701495680595302, 10.513034908741535],
  [10, 5.425405697091295, 16.962219235721903],
  [150, 130.43906194002417, 171.76464980297288],
  [1000, 948.5598493836511, 1053.6031221333008],
  [100000, 99480.42074678872, 100521.71888230444],
];

/** P(X ≤ k) for X ~ Poisson(mean), summed term by term in logs: an independent check of the quantiles. */
function poissonCdf(k: number, mean: number): number {
  let sum = 0;
  for (let i = 0; i <= k; i++) sum += Math.exp(i * Math.log(mean) - mean - logGamma(i + 1));
  return sum;
}

describe("garwoodInterval", () => {
  it.each(SCIPY)("for n = %d is [%d, %d] as SciPy computes it", (n, low, high) => {
    const interval = garwoodInterval(n);
    expect(interval.low).toBeCloseTo(low, 8 - Math.max(0, Math.round(Math.log10(Math.max(1, n)))));
    expect(interval.high).toBeCloseTo(high, 8 - Math.max(0, Math.round(Math.log10(Math.max(1, n)))));
  });

  it("has 5 % of the Poisson law beyond each end: P(X ≥ n; low) = 0.05 and P(X ≤ n; high) = 0.05", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), (n) => {
        const { low, high } = garwoodInterval(n);
        expect(1 - poissonCdf(n - 1, low)).toBeCloseTo(0.05, 9);
        expect(poissonCdf(n, high)).toBeCloseTo(0.05, 9);
        expect(low).toBeLessThan(n);
        expect(high).toBeGreaterThan(n);
      }),
      { numRuns: 60 },
    );
  });
});

describe("the gamma function pieces", () => {
  it("P(1, x) is 1 − e^−x", () => {
    for (const x of [0.01, 0.5, 1, 2, 10, 30]) expect(regularisedGammaP(1, x)).toBeCloseTo(1 - Math.exp(-x), 14);
  });

  it("the quantile inverts P", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 0.999, noNaN: true }), fc.integer({ min: 1, max: 5000 }), (p, shape) => {
        expect(regularisedGammaP(shape, gammaQuantile(p, shape))).toBeCloseTo(p, 10);
      }),
      { numRuns: 200 },
    );
  });
});
