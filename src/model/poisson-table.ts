/**
 * Exact Poisson draws by inversion through a table: the distribution's cumulative probabilities
 * are worked out once for a mean, after which each draw costs one 32-bit random number and, on
 * average, little more than one comparison, however large the mean.
 *
 * The draw is the smallest count k whose cumulative probability F(k) exceeds a uniform number U.
 * U has 64 bits: the first 32 pick a guide entry and settle the count except in the rare case
 * (about one draw in 2^32 per table entry) where F(k) falls between two neighbouring values of
 * those 32 bits; only then are the next 32 bits drawn to decide. F is kept in 64-bit fixed point,
 * as whole multiples of 2^-32 (`whole`) and the remainder below (`rest`, in units of 2^-64), both
 * exact in doubles. Below the mode F(k) is summed up from the lower tail and from it on 1 − F(k)
 * from the upper tail, so that tail probabilities keep their full precision; the table spans every
 * count down to where the mass left beyond it is below 2^-66 (a quarter of U's resolution) on each
 * side, and the mass beyond is left out.
 */
import type { Bits } from "./random.ts";

const TWO_32 = 4294967296;

/** Mass left out beyond each end of the table, relative to the whole distribution. */
const TAIL_CUT = 2 ** -66;

export type PoissonTable = {
  /** The count of the table's first entry. */
  readonly first: number;
  /** Entries (counts) in the table. */
  readonly length: number;
  /** Memory held by the table's arrays, in bytes. */
  readonly bytes: number;
  /** One draw. */
  draw(bits: Bits): number;
  /**
   * `count` draws into `out`: the first 32 bits of all of them are taken together, and the second
   * 32 bits of the rare draw that needs them after those. The same distribution as `count` calls
   * of `draw`, and the same numbers unless a draw needs its second 32 bits.
   */
  fill(bits: Bits, out: Float64Array, count: number): void;
  /** The probability that a draw gives `count`: the table's step of F there (0 outside the table). */
  probability(count: number): number;
};

/**
 * Table entries needed for `mean`, roughly: about 19 standard deviations (the counts whose mass is
 * above 2^-66) plus a few for small means. Lets a caller decide whether a table pays before building it.
 */
export function poissonTableEntries(mean: number): number {
  return Math.ceil(19.5 * Math.sqrt(mean) + 4 * Math.log2(2 + mean) + 16);
}

/**
 * Relative probabilities of every count that matters, scaled so the mode weighs 1: the ratios of
 * neighbouring Poisson probabilities, p(k + 1) / p(k) = mean / (k + 1), walked outward from the
 * mode, need no factorial, no exponential of a large number and never underflow near the middle.
 * Stops on each side once a geometric bound on everything beyond falls below TAIL_CUT of the mass.
 */
function weights(mean: number): { first: number; values: Float64Array; mode: number } {
  const mode = Math.floor(mean);
  // The mass is at least the mode's weight times √(2π·mean) / 2 or so; 1 is a safe floor.
  const total = Math.max(1, Math.sqrt(2 * Math.PI * mean) * 0.5);
  const below: number[] = [];
  let weight = 1;
  for (let k = mode; k > 0; k--) {
    const ratio = k / mean; // p(k − 1) / p(k); falls as k falls
    weight *= ratio;
    below.push(weight);
    if (ratio < 1 && (weight * ratio) / (1 - ratio) < TAIL_CUT * total) break;
  }
  const above: number[] = [];
  weight = 1;
  for (let k = mode + 1; ; k++) {
    const ratio = mean / k; // p(k) / p(k − 1); falls as k rises
    weight *= ratio;
    above.push(weight);
    const next = mean / (k + 1);
    if (next < 1 && (weight * next) / (1 - next) < TAIL_CUT * total) break;
  }
  const values = new Float64Array(below.length + 1 + above.length);
  for (let i = 0; i < below.length; i++) values[below.length - 1 - i] = below[i]!;
  values[below.length] = 1;
  values.set(above, below.length + 1);
  return { first: mode - below.length, values, mode };
}

export function poissonTable(mean: number): PoissonTable {
  const { first, values, mode } = weights(mean);
  const length = values.length;
  const split = mode - first; // entries before it are summed from below, from it on from above

  // The whole mass, each half summed from its tail inward (smallest terms first).
  let lowerMass = 0;
  for (let i = 0; i < split; i++) lowerMass += values[i]!;
  let upperMass = 0;
  for (let i = length - 1; i >= split; i--) upperMass += values[i]!;
  const mass = lowerMass + upperMass;

  // F(i) in 64-bit fixed point: whole[i] · 2^32 + rest[i], in units of 2^-64.
  const whole = new Float64Array(length);
  const rest = new Float64Array(length);
  let below = 0;
  for (let i = 0; i < split; i++) {
    below += values[i]!;
    const scaled = (below / mass) * TWO_32;
    whole[i] = Math.floor(scaled);
    rest[i] = (scaled - whole[i]!) * TWO_32;
  }
  let beyond = 0;
  for (let i = length - 1; i >= split; i--) {
    // F = 1 − S, S = beyond / mass: 2^32 − ⌈S·2^32⌉ whole units and the complement of S's rest.
    const scaled = (beyond / mass) * TWO_32;
    const up = Math.ceil(scaled);
    whole[i] = TWO_32 - up;
    rest[i] = (up - scaled) * TWO_32;
    if (rest[i]! >= TWO_32) {
      // The complement rounded up to a whole unit (S's rest below 2^-53 of one): it is that unit.
      whole[i]! += 1;
      rest[i] = 0;
    }
    beyond += values[i]!;
  }
  // Everything beyond the last entry was left out: F is exactly 1 there, so every draw stops.
  whole[length - 1] = TWO_32;
  rest[length - 1] = 0;

  // Guide: for each of 2^b equal slices of the first 32 bits, the first entry that can answer.
  const guideBits = Math.min(20, Math.max(4, Math.ceil(Math.log2(length))));
  const shift = 32 - guideBits;
  const guide = new Int32Array(1 << guideBits);
  let entry = 0;
  for (let slice = 0; slice < guide.length; slice++) {
    const start = slice * 2 ** shift;
    while (whole[entry]! < start) entry++;
    guide[slice] = entry;
  }

  const draw = (bits: Bits): number => {
    const high = bits.next();
    let i = guide[high >>> shift]!;
    while (whole[i]! < high) i++;
    if (whole[i] === high) i = settle(i, high, bits.next());
    return first + i;
  };
  // The same steps as draw, written out in a loop over numbers drawn all at once.
  const fill = (bits: Bits, out: Float64Array, count: number): void => {
    bits.fill(out, count);
    for (let n = 0; n < count; n++) {
      const high = out[n]!;
      let i = guide[high >>> shift]!;
      while (whole[i]! < high) i++;
      if (whole[i] === high) i = settle(i, high, bits.next());
      out[n] = first + i;
    }
  };
  /** F(i) lies within the 2^-32 slice the first bits fell in: the next 32 bits decide. */
  const settle = (from: number, high: number, low: number): number => {
    let i = from;
    while (whole[i] === high && low >= rest[i]!) i++;
    return i;
  };

  const probability = (count: number): number => {
    const i = count - first;
    if (!(i >= 0 && i < length)) return 0;
    // Whole units and remainders subtracted apart, each exactly, then joined.
    return i === 0
      ? (whole[0]! * TWO_32 + rest[0]!) / TWO_32 / TWO_32
      : ((whole[i]! - whole[i - 1]!) * TWO_32 + (rest[i]! - rest[i - 1]!)) / TWO_32 / TWO_32;
  };

  return { first, length, bytes: whole.byteLength + rest.byteLength + guide.byteLength, draw, fill, probability };
}
