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
import { Sfc32 } from "./sfc32.ts";

const TWO_32 = 4294967296;

/** The draws of a block whose second 32 bits are still to be drawn, and their first 32 bits (rare: they grow as needed). */
const settlingDraws: number[] = [];
const settlingBits: number[] = [];

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

  // Guide: for each of 2^b equal slices of the first 32 bits, the first entry that can answer, as
  // itself when no other entry's F falls in the slice (the answer is then that entry or the next,
  // one comparison decides), as its complement (negative) when more do (far in the tails, where
  // entries are narrower than slices: the entries are then walked). With about 16 slices per
  // entry, almost every draw takes one comparison and no branch.
  const guideBits = Math.min(16, Math.max(6, Math.ceil(Math.log2(length)) + 2));
  const shift = 32 - guideBits;
  const sliceWidth = 2 ** shift;
  const guide = new Int32Array(1 << guideBits);
  let entry = 0;
  for (let slice = 0; slice < guide.length; slice++) {
    const start = slice * sliceWidth;
    while (whole[entry]! < start) entry++;
    guide[slice] = entry + 1 < length && whole[entry + 1]! < start + sliceWidth ? ~entry : entry;
  }

  const draw = (bits: Bits): number => {
    const high = bits.next();
    let i = guide[high >>> shift]!;
    if (i < 0) i = ~i;
    while (whole[i]! < high) i++;
    if (whole[i] === high) i = settle(i, high, bits.next());
    return first + i;
  };
  // The same steps as draw, written out in a loop over numbers drawn all at once.
  const fillFrom = (bits: Bits, out: Float64Array, count: number): void => {
    bits.fill(out, count);
    for (let n = 0; n < count; n++) {
      const high = out[n]!;
      let i = guide[high >>> shift]!;
      if (i < 0) i = ~i;
      while (whole[i]! < high) i++;
      if (whole[i] === high) i = settle(i, high, bits.next());
      out[n] = first + i;
    }
  };
  // F's whole units less 2^31 as 32-bit integers, so that the loop below compares integers: the
  // last entry's 2^32 becomes 2^32 − 1, still at or above every first 32 bits.
  const signedWhole = new Int32Array(length);
  for (let i = 0; i < length; i++) signedWhole[i] = (Math.min(whole[i]!, TWO_32 - 1) - 2 ** 31) | 0;
  // The same again with sfc32's steps inline: each number is made where it is used. A draw whose
  // first bits fall on a step of F is put off, and its second bits drawn after the block's first
  // bits, in order, as fillFrom draws them.
  const fill = (bits: Bits, out: Float64Array, count: number): void => {
    if (!(bits instanceof Sfc32)) {
      fillFrom(bits, out, count);
      return;
    }
    const cdf = signedWhole;
    const slices = guide;
    const slice = shift;
    const offset = first;
    // Taken as 32-bit integers (`| 0`), so the loop works on integers, not on stored doubles.
    let a = bits.a | 0;
    let b = bits.b | 0;
    let c = bits.c | 0;
    let d = bits.d | 0;
    let putOff = 0;
    for (let n = 0; n < count; n++) {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      const high = t ^ -0x80000000; // the first 32 bits less 2^31
      let i = slices[t >>> slice]!;
      if (i >= 0) i += +(cdf[i]! < high);
      else for (i = ~i; cdf[i]! < high; ) i++;
      if (cdf[i] === high) {
        settlingDraws[putOff] = n;
        settlingBits[putOff++] = t >>> 0;
      }
      out[n] = offset + i;
    }
    bits.a = a;
    bits.b = b;
    bits.c = c;
    bits.d = d;
    for (let p = 0; p < putOff; p++) {
      const n = settlingDraws[p]!;
      const high = settlingBits[p]!;
      const i = out[n]! - first;
      if (whole[i] === high) out[n] = first + settle(i, high, bits.next());
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

  return { first, length, bytes: whole.byteLength + rest.byteLength + signedWhole.byteLength + guide.byteLength, draw, fill, probability };
}
