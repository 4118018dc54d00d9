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
 * The first 32 bits of `count` draws from a table (`count` even), with sfc32's steps inline: each
 * number is made where it is used, and the generator is left after the last. `lookup` is the
 * table's guide, then from `cdfFrom` on F's whole units less 2^31 (Table). Leaves in `out` the
 * count each draw's first bits give, and returns 0 unless the first bits of some draw fell on a
 * step of F, whose count the next 32 bits then decide (rarely: about one draw in 2^32 per entry).
 *
 * Written for what V8 makes of it, together about a quarter faster than a closure per table that
 * listed the draws to settle: one function for every table, so one optimized code; the numbers
 * taken in made 32-bit integers once (`| 0`), so the loop neither checks nor converts them; guide
 * and F in one array, as V8 checks each typed array a loop touches on every turn of the loop; the
 * draws on a step only flagged, not listed; and two draws a turn, written out twice, which shares
 * each turn's own costs (checks, the generator's state moved between registers) between two.
 * It is too long for V8 to inline into its callers, which is as well: a shorter loop of one draw a
 * turn, inlined into simulateMonths among its loops and values, ran about a sixth slower.
 */
function fillFirstBits(
  bits: Sfc32,
  out: Float64Array,
  drawCount: number,
  lookup: Int32Array,
  cdfFrom: number,
  guideShift: number,
  firstCount: number,
): number {
  const count = drawCount | 0;
  const cdf = cdfFrom | 0;
  const shift = guideShift | 0;
  const first = firstCount | 0;
  let a = bits.a | 0;
  let b = bits.b | 0;
  let c = bits.c | 0;
  let d = bits.d | 0;
  let onStep = 0;
  for (let n = 0; n < count; n += 2) {
    let t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    let high = t ^ -0x80000000; // the first 32 bits less 2^31
    let i = lookup[t >>> shift]!;
    if (i >= 0) {
      // The slice holds no step of F but entry i's, if any: the count is i or i + 1, and the
      // first bits can fall on a step only where they meet entry i's.
      const step = lookup[cdf + i]!;
      onStep |= +(step === high);
      i += +(step < high);
    } else {
      for (i = ~i; lookup[cdf + i]! < high; ) i++;
      onStep |= +(lookup[cdf + i] === high);
    }
    out[n] = first + i;
    // The same again for the next draw.
    t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    high = t ^ -0x80000000;
    i = lookup[t >>> shift]!;
    if (i >= 0) {
      const step = lookup[cdf + i]!;
      onStep |= +(step === high);
      i += +(step < high);
    } else {
      for (i = ~i; lookup[cdf + i]! < high; ) i++;
      onStep |= +(lookup[cdf + i] === high);
    }
    out[n + 1] = first + i;
  }
  bits.a = a;
  bits.b = b;
  bits.c = c;
  bits.d = d;
  return onStep;
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

  return new Table(first, whole, rest, guide, shift);
}

/**
 * A table's draws. Methods of one class rather than closures made per table: V8 keeps type
 * feedback per closure, so with a closure per table, each new table's fill (every simulation
 * makes new ones) started without it, and a rare path first met there (a walk in the tails, a
 * draw to settle) threw the optimized code out, again and again. Flagging the draws to settle, as
 * fillFirstBits does, made such a closure fill about 40 % slower than listing them; in one
 * function for every table it made filling faster.
 */
class Table implements PoissonTable {
  readonly length: number;
  readonly bytes: number;
  /**
   * The guide, then (from `cdfFrom` on) F's whole units less 2^31 as 32-bit integers, so that
   * fillFirstBits compares integers: the last entry's 2^32 becomes 2^32 − 1, still at or above
   * every first 32 bits.
   */
  private readonly lookup: Int32Array;
  private readonly cdfFrom: number;
  /** Whether every count of the table is a 32-bit integer, as fillFirstBits needs. */
  private readonly countsFitInt32: boolean;

  constructor(
    readonly first: number,
    private readonly whole: Float64Array,
    private readonly rest: Float64Array,
    guide: Int32Array,
    private readonly shift: number,
  ) {
    const length = whole.length;
    this.length = length;
    this.cdfFrom = guide.length;
    this.lookup = new Int32Array(guide.length + length);
    this.lookup.set(guide);
    for (let i = 0; i < length; i++) this.lookup[guide.length + i] = (Math.min(whole[i]!, TWO_32 - 1) - 2 ** 31) | 0;
    this.countsFitInt32 = first + length <= 2 ** 31;
    this.bytes = whole.byteLength + rest.byteLength + this.lookup.byteLength;
  }

  draw(bits: Bits): number {
    const high = bits.next();
    let i = this.entry(high);
    if (this.whole[i] === high) i = this.settle(i, high, bits.next());
    return this.first + i;
  }

  /** The entry that first 32 bits `high` give, before the next 32 bits are looked at. */
  private entry(high: number): number {
    const { lookup, whole } = this;
    let i = lookup[high >>> this.shift]!;
    if (i < 0) i = ~i;
    while (whole[i]! < high) i++;
    return i;
  }

  /**
   * With sfc32, its steps inline (fillFirstBits). Where a draw's first bits fell on a step of F,
   * the block's first bits are made again from the generator as it was, and each such draw's
   * second bits drawn after the whole block's first bits, in order, as fillFrom draws them.
   */
  fill(bits: Bits, out: Float64Array, count: number): void {
    if (!(bits instanceof Sfc32) || !this.countsFitInt32) {
      this.fillFrom(bits, out, count);
      return;
    }
    const { first, whole } = this;
    const { a, b, c, d } = bits;
    const even = count - (count % 2);
    let onStep = fillFirstBits(bits, out, even, this.lookup, this.cdfFrom, this.shift, first);
    if (even < count) {
      // The odd one out: its first bits next, as fillFirstBits would have taken them.
      const high = bits.next();
      const i = this.entry(high);
      out[even] = first + i;
      onStep |= +(whole[i] === high);
    }
    if (onStep === 0) return;
    const again = Sfc32.at(a, b, c, d);
    for (let n = 0; n < count; n++) {
      const high = again.next();
      const i = out[n]! - first;
      if (whole[i] === high) out[n] = first + this.settle(i, high, bits.next());
    }
  }

  /** The same steps as draw, written out in a loop over numbers drawn all at once. */
  private fillFrom(bits: Bits, out: Float64Array, count: number): void {
    const { whole, first } = this;
    bits.fill(out, count);
    for (let n = 0; n < count; n++) {
      const high = out[n]!;
      let i = this.entry(high);
      if (whole[i] === high) i = this.settle(i, high, bits.next());
      out[n] = first + i;
    }
  }

  /** F(i) lies within the 2^-32 slice the first bits fell in: the next 32 bits decide. */
  private settle(from: number, high: number, low: number): number {
    const { whole, rest } = this;
    let i = from;
    while (whole[i] === high && low >= rest[i]!) i++;
    return i;
  }

  probability(count: number): number {
    const { whole, rest } = this;
    const i = count - this.first;
    if (!(i >= 0 && i < this.length)) return 0;
    // Whole units and remainders subtracted apart, each exactly, then joined.
    return i === 0
      ? (whole[0]! * TWO_32 + rest[0]!) / TWO_32 / TWO_32
      : ((whole[i]! - whole[i - 1]!) * TWO_32 + (rest[i]! - rest[i - 1]!)) / TWO_32 / TWO_32;
  }
}
