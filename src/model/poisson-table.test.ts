import { describe, expect, it } from "vitest";
import { poissonTable } from "./poisson-table.ts";
import { logGamma, sfc32Bits, type Bits } from "./random.ts";

/**
 * The Poisson probability of k, worked out independently of the table: Loader's saddle-point
 * form (as in R's dpois), exp(−stirlerr(k) − bd0(k, mean)) / √(2πk), accurate to a few parts in
 * 10^15 however large the mean, where exp(k·ln mean − mean − ln k!) would lose eight digits.
 */
function poissonPmf(mean: number, k: number): number {
  if (k === 0) return Math.exp(-mean);
  return Math.exp(-stirlingError(k) - deviance(k, mean)) / Math.sqrt(2 * Math.PI * k);
}

/** ln k! − ((k + ½)·ln k − k + ½·ln 2π). */
function stirlingError(k: number): number {
  if (k <= 15) return logGamma(k + 1) - ((k + 0.5) * Math.log(k) - k + 0.5 * Math.log(2 * Math.PI));
  const inverseSquare = 1 / (k * k);
  return (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - inverseSquare / 1188) * inverseSquare) * inverseSquare) * inverseSquare) / k;
}

/** k·ln(k / mean) + mean − k, by a series where k is near the mean (no cancellation). */
function deviance(k: number, mean: number): number {
  if (Math.abs(k - mean) < 0.1 * (k + mean)) {
    let v = (k - mean) / (k + mean);
    let sum = (k - mean) * v;
    let term = 2 * k * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      term *= v;
      const next = sum + term / (2 * j + 1);
      if (next === sum) return next;
      sum = next;
    }
    return sum;
  }
  return k * Math.log(k / mean) + mean - k;
}

/** Counts far enough out that the Poisson mass beyond them is below 1e-40 for these means. */
function reach(mean: number): { low: number; high: number } {
  const spread = 14 * Math.sqrt(mean) + 40;
  return { low: Math.max(0, Math.floor(mean - spread)), high: Math.ceil(mean + spread) };
}

/**
 * Pearson's chi-square of `count` table draws against the Poisson distribution of `truth`: counts
 * are grouped, in order, into bins of at least 20 expected draws, and the first and last bins are
 * open-ended, so the two tails are tested too, pooled until they are big enough to test.
 * Returns the statistic's z-score by the Wilson–Hilferty approximation (about 3.7 at p = 10^-4).
 */
function chiSquareZ(drawMean: number, truth: number, count: number, seed: number): number {
  const table = poissonTable(drawMean);
  const bits = sfc32Bits(seed);
  const observed = new Map<number, number>();
  // Drawn in blocks, as the simulation draws.
  const block = new Float64Array(1000);
  for (let drawn = 0; drawn < count; drawn += block.length) {
    table.fill(bits, block, block.length);
    for (const k of block) observed.set(k, (observed.get(k) ?? 0) + 1);
  }
  const { low, high } = reach(Math.max(truth, drawMean));
  const bins: { expected: number; observed: number }[] = [];
  let bin = { expected: 0, observed: 0 };
  for (let k = 0; k <= high; k++) {
    bin.expected += (k < low ? 0 : poissonPmf(truth, k)) * count;
    bin.observed += observed.get(k) ?? 0;
    if (bin.expected >= 20) {
      bins.push(bin);
      bin = { expected: 0, observed: 0 };
    }
  }
  // The upper tail joins the last bin; nothing may have been drawn beyond the reach.
  const last = bins[bins.length - 1]!;
  last.expected += bin.expected;
  last.observed += bin.observed;
  expect([...observed.keys()].every((k) => k <= high)).toBe(true);
  const statistic = bins.reduce((sum, { expected, observed }) => sum + (observed - expected) ** 2 / expected, 0);
  const freedom = bins.length - 1;
  const spread = 2 / (9 * freedom);
  return (Math.cbrt(statistic / freedom) - (1 - spread)) / Math.sqrt(spread);
}

const SMALL = [0.01, 0.5, 3];
const MEDIUM = [30, 200];
// 50,000 is the most a scenario asks of one month (5,000 staff × 10 issues); the rest go beyond.
const HUGE = [1e4, 5e4, 1e6, 1e7];

describe("poissonTable", () => {
  it.each([...SMALL, ...MEDIUM, ...HUGE])(
    "draws with mean %d as the Poisson distribution does, tails included (chi-square, p > 10^-4)",
    (mean) => {
      expect(chiSquareZ(mean, mean, 200_000, 1234)).toBeLessThan(3.7);
    },
  );

  it.each([
    [3, 3.1],
    [200, 203],
    [5e4, 50_100],
  ])("is told apart by the same chi-square test from a neighbouring mean (%d drawn, %d tested)", (drawn, tested) => {
    expect(chiSquareZ(drawn, tested, 200_000, 1234)).toBeGreaterThan(10);
  });

  it.each([
    [3, 11], // 3 + 4.6 standard deviations: mass 2.9e-5
    [200, 257], // + 4 standard deviations: mass 4.0e-5
    [5e4, 50_900], // + 4 standard deviations: mass 3.4e-5
  ])("draws counts of at least the far upper tail of mean %d (from %d) as often as their mass says", (mean, from) => {
    const count = 2_000_000;
    const table = poissonTable(mean);
    const bits = sfc32Bits(77);
    let inTail = 0;
    for (let i = 0; i < count; i++) if (table.draw(bits) >= from) inTail++;
    let mass = 0;
    for (let k = from; k <= reach(mean).high; k++) mass += poissonPmf(mean, k);
    expect(Math.abs(inTail - mass * count)).toBeLessThan(5 * Math.sqrt(mass * count));
  });

  it.each([...SMALL, ...MEDIUM, ...HUGE, 29.999, 1e5 + 0.5])(
    "gives each count of mean %d its Poisson probability to eleven digits, and leaves out less than 2^-60",
    (mean) => {
      const table = poissonTable(mean);
      const { low, high } = reach(mean);
      let worst = 0;
      let inside = 0;
      let outside = 0;
      for (let k = low; k <= high; k++) {
        const exact = poissonPmf(mean, k);
        if (k >= table.first && k < table.first + table.length) inside += table.probability(k);
        else outside += exact;
        if (exact > 1e-12) worst = Math.max(worst, Math.abs(table.probability(k) / exact - 1));
      }
      expect(worst).toBeLessThan(1e-11);
      expect(Math.abs(inside - 1)).toBeLessThan(1e-12);
      expect(outside).toBeLessThan(2 ** -60);
    },
  );

  it("spans no more counts than the mass needs: about 19 standard deviations for a large mean", () => {
    for (const mean of [1e4, 5e4, 1e6]) {
      const { length } = poissonTable(mean);
      expect(length).toBeGreaterThan(17 * Math.sqrt(mean));
      expect(length).toBeLessThan(21 * Math.sqrt(mean));
    }
    expect(poissonTable(0.01).length).toBeLessThan(12);
  });

  it("uses one 32-bit number per draw but where a cumulative probability falls inside its 2^-32 step", () => {
    const table = poissonTable(5e4);
    const source = sfc32Bits(5);
    let calls = 0;
    const counted: Bits = {
      next: () => {
        calls++;
        return source.next();
      },
      fill: (out, count) => {
        calls += count;
        source.fill(out, count);
      },
    };
    for (let i = 0; i < 100_000; i++) table.draw(counted);
    // A second number is needed with probability about (table length) × 2^-32, here 1e-6.
    expect(calls).toBeGreaterThanOrEqual(100_000);
    expect(calls).toBeLessThan(100_003);
    calls = 0;
    const block = new Float64Array(1000);
    for (let i = 0; i < 100; i++) table.fill(counted, block, 1000);
    expect(calls).toBeGreaterThanOrEqual(100_000);
    expect(calls).toBeLessThan(100_003);
  });

  it("reads the next 32 bits when the first 32 fall on the step that holds F(k), and draws k or k + 1 by them", () => {
    const mean = 3;
    const table = poissonTable(mean);
    let cumulative = 0;
    for (let k = 0; k <= 8; k++) {
      cumulative += poissonPmf(mean, k);
      const scaled = cumulative * 2 ** 32;
      const step = Math.floor(scaled);
      // F(k) lies inside the step, away from its ends (F itself is known to about 1e-15 here).
      expect(scaled - step).toBeGreaterThan(1e-3);
      expect(scaled - step).toBeLessThan(1 - 1e-3);
      const scripted = (values: number[]): Bits => ({ next: () => values.shift()!, fill: () => {} });
      expect(table.draw(scripted([step, 0]))).toBe(k);
      expect(table.draw(scripted([step, 2 ** 32 - 1]))).toBe(k + 1);
      expect(table.draw(scripted([step - 1]))).toBe(k);
      expect(table.draw(scripted([step + 1]))).toBe(k + 1);
    }
  });

  it("fills a block with the draws it would make one by one (no draw here needs its second 32 bits)", () => {
    const table = poissonTable(250);
    const one = sfc32Bits(8);
    const block = new Float64Array(500);
    table.fill(sfc32Bits(8), block, 500);
    expect([...block]).toEqual(Array.from({ length: 500 }, () => table.draw(one)));
  });

  // A table of 61,000 entries needs its second 32 bits about once in 70,000 draws: a dozen here.
  // Blocks of 999 as well as 1,000: the inline loop takes draws two at a time and an odd last one alone.
  it.each([
    { size: 1000, seed: 31 },
    { size: 999, seed: 47 },
  ])("fills blocks of $size from sfc32 with its steps inline as from any source of bits, second 32 bits included", ({ size, seed }) => {
    const table = poissonTable(1e7);
    const inline = sfc32Bits(seed);
    const source = sfc32Bits(seed);
    let seconds = 0;
    const plain: Bits = {
      next: () => {
        seconds++;
        return source.next();
      },
      fill: (out, count) => source.fill(out, count),
    };
    const fromInline = new Float64Array(size);
    const fromPlain = new Float64Array(size);
    let differences = 0;
    for (let block = 0; block < 1000; block++) {
      table.fill(inline, fromInline, size);
      table.fill(plain, fromPlain, size);
      for (let n = 0; n < size; n++) if (fromInline[n] !== fromPlain[n]) differences++;
    }
    expect(differences).toBe(0);
    expect(seconds).toBeGreaterThan(3);
    expect(inline.next()).toBe(source.next());
  });

  it("gives the same draws for the same seed", () => {
    const draws = (seed: number) => {
      const table = poissonTable(250);
      const bits = sfc32Bits(seed);
      return Array.from({ length: 1000 }, () => table.draw(bits));
    };
    expect(draws(5)).toEqual(draws(5));
    expect(draws(5)).not.toEqual(draws(6));
  });

  it("draws the whole range of the first 32 bits without leaving the table", () => {
    for (const mean of [0.01, 3, 5e4]) {
      const table = poissonTable(mean);
      for (const [high, low] of [
        [0, 0],
        [2 ** 32 - 1, 2 ** 32 - 1],
      ]) {
        const values = [high!, low!];
        const k = table.draw({ next: () => values.shift()!, fill: () => {} });
        expect(k).toBeGreaterThanOrEqual(table.first);
        expect(k).toBeLessThan(table.first + table.length);
      }
    }
  });
});
