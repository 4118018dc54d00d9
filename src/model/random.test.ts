import { describe, expect, it } from "vitest";
import { PTRS_FROM, TABLE_LIMIT, logGamma, poissonSampler, sfc32, sfc32Bits, type Uniform } from "./random.ts";
import { poissonTableEntries } from "./poisson-table.ts";

function draws(random: Uniform, count: number): number[] {
  return Array.from({ length: count }, () => random());
}

describe("sfc32", () => {
  it("fills a block with the numbers it gives one by one, and carries on from there", () => {
    const one = sfc32Bits(21);
    const block = sfc32Bits(21);
    const filled = new Float64Array(300);
    block.fill(filled, 250);
    expect([...filled.subarray(0, 250)]).toEqual(Array.from({ length: 250 }, () => one.next()));
    expect(filled[250]).toBe(0);
    expect(block.next()).toBe(one.next());
  });

  it("gives 32-bit whole numbers, the same stream as its numbers in [0, 1) scaled by 2^32", () => {
    const whole = sfc32Bits(9);
    const scaled = sfc32(9);
    for (let i = 0; i < 1000; i++) {
      const value = whole.next();
      expect(Number.isInteger(value) && value >= 0 && value < 2 ** 32).toBe(true);
      expect(value).toBe(scaled() * 2 ** 32);
    }
  });

  it("gives the same sequence for the same seed", () => {
    expect(draws(sfc32(42), 1000)).toEqual(draws(sfc32(42), 1000));
  });

  it("gives unrelated sequences for neighbouring seeds", () => {
    const a = draws(sfc32(1), 100);
    const b = draws(sfc32(2), 100);
    expect(a.filter((value, index) => value === b[index])).toHaveLength(0);
  });

  it("treats seeds as unsigned 32-bit integers, the range the scenario allows", () => {
    expect(draws(sfc32(4294967295), 10)).toEqual(draws(sfc32(-1), 10));
    expect(draws(sfc32(0), 10)).not.toEqual(draws(sfc32(4294967295), 10));
  });

  it("draws uniformly from [0, 1)", () => {
    const values = draws(sfc32(7), 100_000);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    // Mean 1/2 (standard error 0.0009) and ten equal bins of 10,000 (standard error 95).
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005);
    const bins = new Array<number>(10).fill(0);
    for (const value of values) bins[Math.floor(value * 10)]!++;
    for (const count of bins) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});

/**
 * Sample mean and (unbiased) variance of `count` draws; `draws` is what the sampler is told it
 * will serve (few draws for a large mean choose PTRS rather than a table).
 */
function moments(
  mean: number,
  count: number,
  seed: number,
  draws = Number.POSITIVE_INFINITY,
): { mean: number; variance: number; values: number[] } {
  const sampler = poissonSampler(mean, draws);
  const bits = sfc32Bits(seed);
  const values = Array.from({ length: count }, () => sampler.draw(bits));
  const average = values.reduce((sum, value) => sum + value, 0) / count;
  const variance = values.reduce((sum, value) => sum + (value - average) ** 2, 0) / (count - 1);
  return { mean: average, variance, values };
}

/** Exact Poisson probability of k, by logs so that large means do not overflow. */
function poissonPmf(mean: number, k: number): number {
  let logFactorial = 0;
  for (let i = 2; i <= k; i++) logFactorial += Math.log(i);
  return Math.exp(-mean + k * Math.log(mean) - logFactorial);
}

describe("poissonSampler", () => {
  const COUNT = 100_000;

  // Tables (poisson-table.test.ts tests them further) and PTRS are both exact, so the sample mean
  // and variance must both be close to the mean: within five standard errors, where the standard
  // error of the mean is √(λ/n) and that of the variance √((λ + 2λ²)/n).
  it.each([
    [0.3, "a table"],
    [5, "a table"],
    [29.9, "a table"],
    [5000, "a table"],
    [10, "PTRS"],
    [30, "PTRS"],
    [250, "PTRS"],
    [5000, "PTRS"],
  ] as const)("draws with mean and variance close to %d, by %s", (mean, method) => {
    const result = moments(mean, COUNT, 2024, method === "PTRS" ? 1 : Number.POSITIVE_INFINITY);
    expect(poissonSampler(mean, method === "PTRS" ? 1 : Number.POSITIVE_INFINITY).bytes > 0).toBe(method === "a table");
    expect(Math.abs(result.mean - mean)).toBeLessThan(5 * Math.sqrt(mean / COUNT));
    expect(Math.abs(result.variance - mean)).toBeLessThan(
      5 * Math.sqrt((mean + 2 * mean * mean) / COUNT),
    );
    expect(result.values.every((value) => Number.isInteger(value) && value >= 0)).toBe(true);
  });

  it.each([10, 30, 250])(
    "draws each count as often as the Poisson distribution of mean %d says, by PTRS",
    (mean) => {
      const { values } = moments(mean, COUNT, 99, 1);
      const counts = new Map<number, number>();
      for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
      // Every count with probability at least 1 %: observed frequency within five binomial errors.
      const mode = Math.floor(mean);
      for (
        let k = Math.max(0, mode - 3 * Math.ceil(Math.sqrt(mean)));
        k <= mode + 3 * Math.ceil(Math.sqrt(mean));
        k++
      ) {
        const p = poissonPmf(mean, k);
        if (p < 0.01) continue;
        const observed = (counts.get(k) ?? 0) / COUNT;
        expect(Math.abs(observed - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / COUNT));
      }
    },
  );

  it("builds a table where it pays: below PTRS's range always, above it when the draws outnumber the entries", () => {
    expect(poissonSampler(PTRS_FROM - 0.1, 1).bytes).toBeGreaterThan(0);
    expect(poissonSampler(PTRS_FROM, 1).bytes).toBe(0);
    // The largest month of the largest scenario: 50,000 calls expected, 20,000 paths.
    expect(poissonTableEntries(5e4)).toBeLessThan(20_000);
    expect(poissonSampler(5e4, 20_000).bytes).toBeGreaterThan(0);
    expect(poissonSampler(5e4, 1000).bytes).toBe(0);
    // No table beyond TABLE_LIMIT entries, however many draws.
    const tooLarge = 1e8;
    expect(poissonTableEntries(tooLarge)).toBeGreaterThan(TABLE_LIMIT);
    expect(poissonSampler(tooLarge).bytes).toBe(0);
  });

  it("gives the same draws for the same seed", () => {
    expect(moments(250, 1000, 5).values).toEqual(moments(250, 1000, 5).values);
    expect(moments(250, 1000, 5, 1).values).toEqual(moments(250, 1000, 5, 1).values);
    expect(moments(3, 1000, 5).values).toEqual(moments(3, 1000, 5).values);
  });

  it("always draws 0 for a mean of 0, and for a mean that is not positive", () => {
    const bits = sfc32Bits(1);
    for (const mean of [0, -1, Number.NaN]) {
      const sampler = poissonSampler(mean);
      expect(Array.from({ length: 100 }, () => sampler.draw(bits)).every((value) => value === 0)).toBe(
        true,
      );
    }
  });

  it("draws finite counts for the largest mean a scenario can produce", () => {
    // 10 issues × 5,000 seats grown by 200 % a year for 119 months, over (1 − 0.9): about 2.6e10.
    const { mean, values } = moments(2.6e10, 2000, 11);
    expect(values.every(Number.isFinite)).toBe(true);
    expect(Math.abs(mean - 2.6e10)).toBeLessThan(5 * Math.sqrt(2.6e10 / 2000));
  });
});

describe("logGamma", () => {
  it.each([
    [1, 0],
    [2, 0],
    [3, Math.log(2)],
    [7, Math.log(720)],
    [10, Math.log(362880)],
    [1.5, -0.12078223763524543], // ln(√π / 2)
    [6.5, 5.662562059857139],
    [30.5, 72.9534711841694],
    [100, 359.1342053695754], // ln(99!)
    [5001, 37591.14350887677], // ln(5000!)
  ])("logGamma(%d) = %d", (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 11);
  });
});
