/**
 * A small seeded pseudo-random generator and an exact Poisson sampler, written out here so that
 * the same seed gives the same numbers in Node and in every browser.
 */

/** A source of uniform numbers in [0, 1). */
export type Uniform = () => number;

/**
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, 32-bit), seeded through splitmix32
 * so that neighbouring seeds give unrelated streams. Period at least 2^32; passes PractRand.
 */
export function sfc32(seed: number): Uniform {
  let state = seed >>> 0;
  const splitmix32 = (): number => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
  let a = splitmix32();
  let b = splitmix32();
  let c = splitmix32();
  let d = 1;
  const next: Uniform = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Discard the first outputs, as the generator's author recommends, to mix the seed in.
  for (let i = 0; i < 12; i++) next();
  return next;
}

/** Below this mean, inversion by sequential search; from it on, transformed rejection (PTRS). */
export const INVERSION_LIMIT = 30;

/** A Poisson sampler for one mean, with its constants worked out once. */
export type PoissonSampler = (random: Uniform) => number;

export function poissonSampler(mean: number): PoissonSampler {
  if (!(mean > 0)) return () => 0;
  return mean < INVERSION_LIMIT ? inversionSampler(mean) : ptrsSampler(mean);
}

/** Exact inversion: walk the cumulative distribution until it passes a uniform draw. */
function inversionSampler(mean: number): PoissonSampler {
  const atZero = Math.exp(-mean);
  return (random) => {
    const u = random();
    let k = 0;
    let probability = atZero;
    let cumulative = probability;
    // Stops when the tail underflows too, in case rounding leaves the sum just short of u.
    while (u > cumulative && probability > 0) {
      k++;
      probability *= mean / k;
      cumulative += probability;
    }
    return k;
  };
}

/**
 * Hörmann's PTRS (transformed rejection with squeeze, 1993), exact for means of 10 and more,
 * about two uniforms per draw whatever the mean. Constants as in the paper.
 */
function ptrsSampler(mean: number): PoissonSampler {
  const sqrtMean = Math.sqrt(mean);
  const logMean = Math.log(mean);
  const b = 0.931 + 2.53 * sqrtMean;
  const a = -0.059 + 0.02483 * b;
  const logInvAlpha = Math.log(1.1239 + 1.1328 / (b - 3.4));
  const vr = 0.9277 - 3.6224 / (b - 2);
  return (random) => {
    for (;;) {
      const u = random() - 0.5;
      const v = random();
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
