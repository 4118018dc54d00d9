/**
 * The simulation's bands (MODEL.md, "Uncertainty"): the 10th, 50th and 90th percentile of a month's
 * values across paths, by nearest rank, the value at rank ⌈q × N⌉ (1-based) of the sorted values.
 */

export type Bands = { p10: number; p50: number; p90: number };

/** Which percentiles are reported, in whole percent. */
const PERCENTILES = [10, 50, 90] as const;

/** Below this many values the three ranks are selected directly; from it on, through a sample. */
const SAMPLED_FROM = 4096;

/** Values sampled to place the brackets. */
const SAMPLE_SIZE = 1024;

/** Half-width of a bracket around a rank's place in the sample, in its standard deviations. */
const BRACKET_DEVIATIONS = 3.5;

/** The 0-based rank of a percentile among `count` values. */
function rankOf(percent: number, count: number): number {
  // Whole-number arithmetic, so 10 % of 30 paths is rank 3, not 3.0000000000000004 → 4.
  return Math.max(1, Math.ceil((percent * count) / 100)) - 1;
}

/** Ranks on each side of a percentile that a bracket carried over from the row before aims to hold. */
const CARRIED_RANKS = 400;

/**
 * What a series of rows (one option's monthly totals, or its cumulative totals, month after month)
 * carries from one row to the next: brackets around where each percentile is expected, so the
 * next row needs no sample. Brackets move on by each percentile's recent change (cumulative
 * totals grow month by month, and monthly totals with the staff).
 */
export class BandTrack {
  /** Low and high end of each percentile's bracket for the next row; used when `carried`. */
  readonly brackets = new Float64Array(2 * PERCENTILES.length);
  carried = false;
  private readonly last = new Float64Array(PERCENTILES.length);
  private readonly before = new Float64Array(PERCENTILES.length);
  private rows = 0;

  /**
   * Takes a row's percentile j: its value, the bracket it was found in, and how many values of the
   * bracket lie below its place and above it. The next bracket holds about CARRIED_RANKS values
   * on each side at this row's density; without a density to go by (a bracket open at an end, or
   * a value alone at its end), the next row is sampled.
   */
  record(j: number, value: number, low: number, high: number, below: number, above: number): void {
    const drift = this.rows === 0 ? 0 : this.rows === 1 ? value - this.last[j]! : (value - this.before[j]!) / 2;
    this.before[j] = this.last[j]!;
    this.last[j] = value;
    const densities = [below / (value - low), above / (high - value)].filter((density) => density > 0 && Number.isFinite(density));
    let width = densities.length > 0 ? CARRIED_RANKS / Math.min(...densities) : low === high ? 0 : Number.NaN;
    if (!Number.isFinite(drift)) width = Number.NaN;
    this.brackets[2 * j] = value + drift - width;
    this.brackets[2 * j + 1] = value + drift + width;
    if (j === PERCENTILES.length - 1) {
      this.rows++;
      this.carried = this.brackets.every((end) => !Number.isNaN(end));
    }
  }
}

/**
 * Reads bands from rows of `count` values with working space set aside once: the values are only
 * read, never reordered.
 *
 * For long rows, one pass finds all three percentiles: around each rank, a bracket of values that
 * almost surely holds it; the pass counts the values below each bracket and copies those inside
 * it, and the rank is selected among the few copied. The brackets come from the row before in
 * the same series (BandTrack) or, for a series' first row and where a carried bracket misses its
 * rank, from a sample of the row. Where a sampled bracket misses its rank (rarely: the sample
 * would have to be four standard deviations off), that percentile is selected from a copy of the
 * whole row. Either way the result is the exact value at the rank: the brackets only decide how
 * much work it takes.
 */
export class PercentileReader {
  private readonly ranks: number[];
  /** The three brackets' copies, one after another, each with room for every value and one more. */
  private readonly copies: Float64Array;
  /** Each bracket's part of `copies`. */
  private readonly inside: Float64Array[];
  private readonly sample = new Float64Array(SAMPLE_SIZE);
  private readonly tally = new Int32Array(2 * PERCENTILES.length);
  private readonly ends = new Float64Array(2 * PERCENTILES.length);
  private readonly found = new Float64Array(PERCENTILES.length);

  constructor(private readonly count: number) {
    this.ranks = PERCENTILES.map((percent) => rankOf(percent, count));
    this.copies = new Float64Array(PERCENTILES.length * (count + 1));
    this.inside = PERCENTILES.map((_, j) => this.copies.subarray(j * (count + 1), (j + 1) * (count + 1)));
  }

  /** The row's bands; with `track`, the row is the next of that track's series. */
  bands(values: Float64Array, track?: BandTrack): Bands {
    if (this.count < SAMPLED_FROM) {
      const [p10, p50, p90] = this.selectEach(values);
      return { p10, p50, p90 };
    }
    const { ends, found } = this;
    let done = false;
    if (track?.carried) {
      ends.set(track.brackets);
      done = this.selectInBrackets(values, track);
    }
    if (!done) {
      this.sampleBrackets(values);
      if (!this.selectInBrackets(values, track)) this.selectMissed(values, track);
    }
    return { p10: found[0]!, p50: found[1]!, p90: found[2]! };
  }

  /** Median first, then the 10th in the values below it and the 90th in those above. */
  private selectEach(values: Float64Array): [number, number, number] {
    const copy = this.inside[0]!;
    copy.set(values);
    const [low, middle, high] = this.ranks as [number, number, number];
    const last = this.count - 1;
    const p50 = selectNth(copy, middle, 0, last);
    return [selectNth(copy, low, 0, middle), p50, selectNth(copy, high, middle, last)];
  }

  /** Brackets (`ends`) from a sample of the row: order statistics around each rank's place in it. */
  private sampleBrackets(values: Float64Array): void {
    const { count, sample, ends } = this;
    for (let i = 0; i < SAMPLE_SIZE; i++) sample[i] = values[Math.floor((i * count) / SAMPLE_SIZE)]!;
    // The brackets' ends are order statistics of the sample (beyond its ends, unbounded), selected
    // in rising order, each among the sample values from the one before on.
    const places = PERCENTILES.flatMap((percent, j) => {
      const place = ((this.ranks[j]! + 0.5) * SAMPLE_SIZE) / count;
      const q = percent / 100;
      const margin = BRACKET_DEVIATIONS * Math.sqrt(SAMPLE_SIZE * q * (1 - q)) + 2;
      return [Math.floor(place - margin), Math.ceil(place + margin)];
    });
    places.forEach((place, i) => (ends[i] = place < 0 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY));
    let from = 0;
    for (const i of places.map((_, i) => i).sort((x, y) => places[x]! - places[y]!)) {
      const place = places[i]!;
      if (place < 0 || place >= SAMPLE_SIZE) continue;
      ends[i] = selectNth(sample, place, from, SAMPLE_SIZE - 1);
      from = place;
    }
  }

  /**
   * One pass over the row with the brackets in `ends`, then each rank selected among its bracket's
   * copies into `found`. False when a bracket misses its rank: `found` is then incomplete.
   */
  private selectInBrackets(values: Float64Array, track: BandTrack | undefined): boolean {
    const { count, inside, tally, ends, found, ranks } = this;
    countAndCopy(values, count, ends[0]!, ends[1]!, ends[2]!, ends[3]!, ends[4]!, ends[5]!, this.copies, tally);
    for (let j = 0; j < ranks.length; j++) {
      const within = tally[2 * j + 1]!;
      const at = ranks[j]! - tally[2 * j]!;
      if (!(at >= 0 && at < within)) return false;
      found[j] = selectNth(inside[j]!, at, 0, within - 1);
    }
    if (track) for (let j = 0; j < ranks.length; j++) {
      const at = ranks[j]! - tally[2 * j]!;
      track.record(j, found[j]!, ends[2 * j]!, ends[2 * j + 1]!, at, tally[2 * j + 1]! - 1 - at);
    }
    return true;
  }

  /** After a pass with sampled brackets: the ranks they missed selected from copies of the whole row. */
  private selectMissed(values: Float64Array, track: BandTrack | undefined): void {
    const { count, inside, tally, found, ranks } = this;
    for (let j = 0; j < ranks.length; j++) {
      const within = tally[2 * j + 1]!;
      const at = ranks[j]! - tally[2 * j]!;
      if (at >= 0 && at < within) found[j] = selectNth(inside[j]!, at, 0, within - 1);
      else {
        inside[j]!.set(values);
        found[j] = selectNth(inside[j]!, ranks[j]!, 0, count - 1);
      }
    }
    // No bracket to carry on (NaN ends): the next row of the series is sampled.
    if (track) for (let j = 0; j < ranks.length; j++) track.record(j, found[j]!, Number.NaN, Number.NaN, 0, 0);
  }
}

/**
 * The pass of selectInBrackets, without a branch per value: for each bracket [low, high] it counts
 * the values below low and those at most high; their difference is how many fell inside, which
 * is where the next value inside is copied to (every value is written there, and kept by the
 * count moving on). `tally` gets, per bracket, the count below and the count copied. The copies
 * are made into one array, bracket j's from j × (count + 1) on, each with room for every value and
 * one more: V8 checks every typed array a loop touches on each turn of the loop (its kind, its
 * length, where its data lie), and one array in place of three made the pass about a sixth faster.
 */
function countAndCopy(
  values: Float64Array,
  count: number,
  lowA: number,
  highA: number,
  lowB: number,
  highB: number,
  lowC: number,
  highC: number,
  copies: Float64Array,
  tally: Int32Array,
): void {
  // Whole numbers from here on, so that V8 compares and adds integers.
  const length = count | 0;
  const toB = (length + 1) | 0;
  const toC = (2 * toB) | 0;
  let belowA = 0;
  let belowB = 0;
  let belowC = 0;
  let upToA = 0;
  let upToB = 0;
  let upToC = 0;
  for (let i = 0; i < length; i++) {
    const value = values[i]!;
    copies[upToA - belowA] = value;
    copies[toB + upToB - belowB] = value;
    copies[toC + upToC - belowC] = value;
    belowA += +(value < lowA);
    belowB += +(value < lowB);
    belowC += +(value < lowC);
    upToA += +(value <= highA);
    upToB += +(value <= highB);
    upToC += +(value <= highC);
  }
  tally[0] = belowA;
  tally[1] = upToA - belowA;
  tally[2] = belowB;
  tally[3] = upToB - belowB;
  tally[4] = belowC;
  tally[5] = upToC - belowC;
}

/** Nearest-rank percentiles of `values` (see PercentileReader); `values` is left as it was. */
export function bands(values: Float64Array): Bands {
  return new PercentileReader(values.length).bands(values);
}

/**
 * The k-th smallest value (0-based) among values[from..to] by quickselect, which partially
 * reorders them: afterwards no value before position k is larger and none after it smaller.
 *
 * Each round moves the values below the pivot to the front in one pass without a branch per
 * value (Lomuto's scheme, the comparison added to the count): the values near a percentile are
 * in no order, so a branch on each comparison, as Hoare's two scans from the ends take, was
 * mispredicted about every other time, and the passes that avoid it select twice as fast. Where
 * no value is below the pivot, a second pass moves those equal to it to the front, so that rows
 * of many ties shrink as fast as any.
 */
export function selectNth(values: Float64Array, k: number, from = 0, to = values.length - 1): number {
  let low = from;
  let high = to;
  while (high > low) {
    const pivot = medianOfThree(values[low]!, values[(low + high) >>> 1]!, values[high]!);
    let below = low;
    for (let i = low; i <= high; i++) {
      const value = values[i]!;
      values[i] = values[below]!;
      values[below] = value;
      below += +(value < pivot);
    }
    if (k < below) high = below - 1;
    else if (below > low) low = below;
    else {
      // Nothing below the pivot: values[low..equal) are the pivot's equals.
      let equal = low;
      for (let i = low; i <= high; i++) {
        const value = values[i]!;
        values[i] = values[equal]!;
        values[equal] = value;
        equal += +(value <= pivot);
      }
      // (No equal at all only where the pivot is NaN, which no row holds: stop rather than loop.)
      if (k < equal || equal === low) return values[k]!;
      low = equal;
    }
  }
  return values[k]!;
}

function medianOfThree(a: number, b: number, c: number): number {
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}
