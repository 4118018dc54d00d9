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

/**
 * Reads bands from rows of `count` values with working space set aside once: the values are only
 * read, never reordered.
 *
 * For long rows, one pass finds all three percentiles: a sample of the row places, around each
 * rank, a bracket of values that almost surely holds it; the pass counts the values below each
 * bracket and copies those inside it, and the rank is selected among the few copied. Where a
 * bracket misses its rank (rarely: the sample would have to be four standard deviations off), that
 * percentile is selected from a copy of the whole row. Either way the result is the exact value
 * at the rank: the sample only decides how much work it takes.
 */
export class PercentileReader {
  private readonly ranks: number[];
  private readonly inside: Float64Array[];
  private readonly sample = new Float64Array(SAMPLE_SIZE);

  constructor(private readonly count: number) {
    this.ranks = PERCENTILES.map((percent) => rankOf(percent, count));
    this.inside = PERCENTILES.map(() => new Float64Array(count));
  }

  bands(values: Float64Array): Bands {
    const [p10, p50, p90] = this.count < SAMPLED_FROM ? this.selectEach(values) : this.selectInOnePass(values);
    return { p10, p50, p90 };
  }

  /** Median first, then the 10th in the values below it and the 90th in those above. */
  private selectEach(values: Float64Array): [number, number, number] {
    const copy = this.inside[0]!;
    copy.set(values);
    const [low, middle, high] = this.ranks as [number, number, number];
    const p50 = selectNth(copy, middle);
    return [selectNth(copy, low, 0, middle), p50, selectNth(copy, high, middle, copy.length - 1)];
  }

  private selectInOnePass(values: Float64Array): [number, number, number] {
    const { count, sample, inside } = this;
    for (let i = 0; i < SAMPLE_SIZE; i++) sample[i] = values[Math.floor((i * count) / SAMPLE_SIZE)]!;
    // The brackets' ends are order statistics of the sample (beyond its ends, unbounded), selected
    // in rising order, each among the sample values from the one before on.
    const places = PERCENTILES.flatMap((percent, j) => {
      const place = ((this.ranks[j]! + 0.5) * SAMPLE_SIZE) / count;
      const q = percent / 100;
      const margin = BRACKET_DEVIATIONS * Math.sqrt(SAMPLE_SIZE * q * (1 - q)) + 2;
      return [Math.floor(place - margin), Math.ceil(place + margin)];
    });
    const ends = places.map((place) => (place < 0 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY));
    let from = 0;
    for (const i of places.map((_, i) => i).sort((x, y) => places[x]! - places[y]!)) {
      const place = places[i]!;
      if (place < 0 || place >= SAMPLE_SIZE) continue;
      ends[i] = selectNth(sample, place, from, SAMPLE_SIZE - 1);
      from = place;
    }
    const brackets = PERCENTILES.map((_, j) => ({ low: ends[2 * j]!, high: ends[2 * j + 1]! }));
    const [a, b, c] = brackets as [(typeof brackets)[0], (typeof brackets)[0], (typeof brackets)[0]];
    const [insideA, insideB, insideC] = inside as [Float64Array, Float64Array, Float64Array];
    let belowA = 0;
    let belowB = 0;
    let belowC = 0;
    let countA = 0;
    let countB = 0;
    let countC = 0;
    for (let i = 0; i < count; i++) {
      const value = values[i]!;
      if (value < a.low) belowA++;
      else if (value <= a.high) insideA[countA++] = value;
      if (value < b.low) belowB++;
      else if (value <= b.high) insideB[countB++] = value;
      if (value < c.low) belowC++;
      else if (value <= c.high) insideC[countC++] = value;
    }
    const below = [belowA, belowB, belowC];
    const counts = [countA, countB, countC];
    return this.ranks.map((rank, j) => {
      const at = rank - below[j]!;
      if (at >= 0 && at < counts[j]!) return selectNth(inside[j]!, at, 0, counts[j]! - 1);
      inside[j]!.set(values);
      return selectNth(inside[j]!, rank);
    }) as [number, number, number];
  }
}

/** Nearest-rank percentiles of `values` (see PercentileReader); `values` is left as it was. */
export function bands(values: Float64Array): Bands {
  return new PercentileReader(values.length).bands(values);
}

/**
 * The k-th smallest value (0-based) among values[from..to] by quickselect, which partially
 * reorders them: afterwards no value before position k is larger and none after it smaller.
 */
export function selectNth(values: Float64Array, k: number, from = 0, to = values.length - 1): number {
  let low = from;
  let high = to;
  while (high > low) {
    const middle = (low + high) >>> 1;
    const pivot = medianOfThree(values[low]!, values[middle]!, values[high]!);
    let i = low;
    let j = high;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) high = j;
    else if (k >= i) low = i;
    else return values[k]!;
  }
  return values[k]!;
}

function medianOfThree(a: number, b: number, c: number): number {
  return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
}
