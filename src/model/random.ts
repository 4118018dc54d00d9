/**
 * A small seeded pseudo-random generator and exact Poisson samplers, written out here so that
 * the same seed gives the same numbers in Node and in every browser.
 */
import { poissonTable, poissonTableEntries } from "./poisson-table.ts";
import { Sfc32 } from "./sfc32.ts";

/** A source of uniform numbers in [0, 1). */
export type Uniform = () => number;

/** A source of uniform whole numbers in [0, 2^32): 32 random bits at a time. */
export type Bits = {
  next(): number;
  /** The next `count` numbers into out[0..count), the same as `count` calls of `next` give. */
  fill(out: Float64Array, count: number): void;
};

const TWO_32 = 4294967296;

/** sfc32 seeded with `seed` (sfc32.ts). */
export function sfc32Bits(seed: number): Sfc32 {
  return new Sfc32(seed);
}

/** The same generator as numbers in [0, 1), in steps of 2^-32. */
export function sfc32(seed: number): Uniform {
  const bits = sfc32Bits(seed);
  return () => bits.next() / TWO_32;
}

/** A Poisson sampler for one mean, with its constants (or its table) worked out once. */
export type PoissonSampler = {
  draw: (bits: Bits) => number;
  /** `count` draws into `out`, from the same distribution as `count` calls of `draw`. */
  fill: (bits: Bits, out: Float64Array, count: number) => void;
  /** Memory held by its table, in bytes (0 without one). */
  bytes: number;
};

const NOTHING: PoissonSampler = { draw: () => 0, fill: (_, out, count) => out.fill(0, 0, count), bytes: 0 };

/** The largest table built, in entries (about 24 bytes each): enough for means up to about 10 million. */
export const TABLE_LIMIT = 1 << 16;

/** PTRS is exact from this mean on; below it every mean gets a table (of at most a hundred entries). */
export const PTRS_FROM = 10;

/**
 * The sampler for `mean`, for `draws` draws: inversion through a table (one 32-bit number per
 * draw, poisson-table.ts) when the table is at most TABLE_LIMIT entries and no longer than the
 * draws it serves, so that building it never costs more than it saves; otherwise transformed
 * rejection (PTRS, about two numbers and a few logarithms per draw). Both are exact.
 */
export function poissonSampler(mean: number, draws = Number.POSITIVE_INFINITY): PoissonSampler {
  if (!(mean > 0)) return NOTHING;
  const entries = poissonTableEntries(mean);
  if (mean < PTRS_FROM || (entries <= TABLE_LIMIT && entries <= draws)) return poissonTable(mean);
  const draw = ptrsDraw(mean);
  const fill = (bits: Bits, out: Float64Array, count: number): void => {
    for (let n = 0; n < count; n++) out[n] = draw(bits);
  };
  return { draw, fill, bytes: 0 };
}

/**
 * Hörmann's PTRS (transformed rejection with squeeze, 1993), exact for means of 10 and more,
 * about two uniforms per draw whatever the mean. Constants as in the paper.
 */
function ptrsDraw(mean: number): (bits: Bits) => number {
  const sqrtMean = Math.sqrt(mean);
  const logMean = Math.log(mean);
  const b = 0.931 + 2.53 * sqrtMean;
  const a = -0.059 + 0.02483 * b;
  const logInvAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
  const vr = 0.9277 - 3.6224 / (b - 2);
  return (bits) => {
    for (;;) {
      const u = bits.next() / TWO_32 - 0.5;
      const v = bits.next() / TWO_32;
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (Math.log(v) + logInvAlpha - Math.log(a / (us * us) + b) <= -mean + k * logMean - logGamma(k + 1)) {
        return k;
      }
    }
  };
}

const STIRLING = [
  8.333333333333333e-2, -2.777777777777778e-3, 7.936507936507937e-4, -5.952380952380952e-4,
  8.417508417508418e-4, -1.917526917526918e-3, 6.41025641025641e-3, -2.955065359477124e-2,
  1.796443723688307e-1, -1.3924322169059,
] as const;
const LOG_TWO_PI = 1.8378770664093453;

/** log Γ(x) for x ≥ 1 by Stirling's series, shifted up to 7 for accuracy. */
export function logGamma(x: number): number {
  if (x === 1 || x === 2) return 0;
  const shift = x < 7 ? Math.floor(7 - x) : 0;
  let x0 = x + shift;
  const inverseSquare = 1 / (x0 * x0);
  let series = STIRLING[9];
  for (let i = 8; i >= 0; i--) series = series * inverseSquare + STIRLING[i]!;
  let result = series / x0 + 0.5 * LOG_TWO_PI + (x0 - 0.5) * Math.log(x0) - x0;
  for (let i = 0; i < shift; i++) {
    x0 -= 1;
    result -= Math.log(x0);
  }
  return result;
}
