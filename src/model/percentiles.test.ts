import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BandTrack, bands, PercentileReader, selectNth } from "./percentiles.ts";

/** The nearest-rank percentile by sorting: the value at rank ⌈q × N⌉ (1-based). Compared with + 0, so −0 and 0 are one value. */
function bySorting(values: readonly number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (percent: number) => sorted[Math.max(1, Math.ceil((percent * sorted.length) / 100)) - 1]! + 0;
  return { p10: at(10), p50: at(50), p90: at(90) };
}

const plain = (result: { p10: number; p50: number; p90: number }) => ({
  p10: result.p10 + 0,
  p50: result.p50 + 0,
  p90: result.p90 + 0,
});

describe("bands", () => {
  it("reads percentiles by nearest rank, ⌈q × N⌉ of the sorted values", () => {
    // N = 10: ranks 1, 5, 9.  N = 30: ranks 3, 15, 27 (not 4: 10 % of 30 is exactly 3).  N = 7: 1, 4, 7.
    const reversed = (values: number[]) => Float64Array.from(values.reverse());
    const upTo = (n: number) => Array.from({ length: n }, (_, index) => index + 1);
    expect(bands(reversed(upTo(10)))).toEqual({ p10: 1, p50: 5, p90: 9 });
    expect(bands(reversed(upTo(30)))).toEqual({ p10: 3, p50: 15, p90: 27 });
    expect(bands(reversed(upTo(7)))).toEqual({ p10: 1, p50: 4, p90: 7 });
    expect(bands(Float64Array.of(42))).toEqual({ p10: 42, p50: 42, p90: 42 });
    // Long rows are read through a sample: the same ranks. N = 20,000: ranks 2,000, 10,000, 18,000.
    expect(bands(reversed(upTo(20_000)))).toEqual({ p10: 2000, p50: 10_000, p90: 18_000 });
  });

  it("still gives the exact percentiles when the sample misleads: every value it reads is the largest", () => {
    // 8,192 values sampled every 8th: the sample sees only the 1,024 values of 10^9.
    const values = Float64Array.from({ length: 8192 }, (_, index) => (index % 8 === 0 ? 1e9 : index));
    expect(bands(values)).toEqual(bySorting([...values]));
    expect(bands(values).p90).toBe(1e9);
  });

  it("leaves the values it reads as they were", () => {
    for (const length of [100, 20_000]) {
      const values = Float64Array.from({ length }, (_, index) => (index * 7919) % length);
      const before = values.slice();
      bands(values);
      expect(values.every((value, index) => value === before[index])).toBe(true);
    }
  });

  it("gives the sorted values' nearest-rank percentiles for short and long rows, ties, runs and lopsided rows", () => {
    const row = fc.oneof(
      // Short rows: selected directly.
      fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1, maxLength: 300 }),
      // Long rows, read through a sample: few distinct values (many ties), any values, and values
      // arranged so that the evenly spaced sample misleads (sorted, in runs, one outlier block).
      fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 4096, maxLength: 6000 }),
      fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 4096, maxLength: 6000 }),
      fc
        .tuple(fc.integer({ min: 4096, max: 6000 }), fc.integer({ min: 1, max: 64 }), fc.boolean())
        .map(([length, period, descending]) =>
          Array.from({ length }, (_, index) => {
            const value = index % period === 0 ? index : -index;
            return descending ? -value : value;
          }),
        ),
    );
    fc.assert(
      fc.property(row, (values) => {
        expect(plain(bands(Float64Array.from(values)))).toEqual(bySorting(values));
      }),
      { numRuns: 120 },
    );
  });

  it("reads row after row of one length with the same working space", () => {
    const reader = new PercentileReader(5000);
    for (let seed = 1; seed <= 20; seed++) {
      const values = Array.from({ length: 5000 }, (_, index) => Math.sin(index * seed) * seed);
      expect(plain(reader.bands(Float64Array.from(values)))).toEqual(bySorting(values));
    }
  });
});

describe("PercentileReader with a BandTrack", () => {
  /** A series of rows, each read with the brackets the rows before it left: the same bands as sorting each row. */
  function expectSeriesExact(rows: readonly Float64Array[]): BandTrack {
    const reader = new PercentileReader(rows[0]!.length);
    const track = new BandTrack();
    for (const row of rows) expect(plain(reader.bands(row, track))).toEqual(bySorting([...row]));
    return track;
  }

  /** A small seeded generator for the rows, so a failure can be reproduced. */
  function uniforms(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  it("reads running totals month after month exactly, as their percentiles drift", () => {
    const random = uniforms(3);
    const length = 6000;
    const totals = new Float64Array(length);
    const rows: Float64Array[] = [];
    for (let month = 0; month < 40; month++) {
      for (let path = 0; path < length; path++) totals[path]! += Math.round(random() * 40 + month) * 0.25;
      rows.push(totals.slice());
    }
    // Brackets were carried to the end: the rows were read without a sample.
    expect(expectSeriesExact(rows).carried).toBe(true);
  });

  it("stays exact when rows jump, shrink to one repeated value, come back and turn over", () => {
    const random = uniforms(11);
    const length = 5000;
    const row = (make: (path: number) => number) => Float64Array.from({ length }, (_, path) => make(path));
    const rows = [
      row(() => random() * 100),
      row(() => random() * 100),
      row(() => 1e6 + random()), // far away: the carried brackets miss
      row(() => 5227.1875), // one value: brackets of no width
      row(() => 5227.1875),
      row(() => 5227.1875 + Math.floor(random() * 3)), // a few values, many ties
      row(() => -random() * 1e-300),
      row((path) => (path % 2 === 0 ? 0 : 1)),
      row((path) => length - path),
      row(() => random() * 100),
    ];
    expectSeriesExact(rows);
  });

  it("gives any series of rows the bands of sorting each row", () => {
    const series = fc.array(
      fc.oneof(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 4096, maxLength: 4096 }),
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 4096, maxLength: 4096 }),
        fc.tuple(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), fc.nat()).map(([shift, scale, seed]) => {
          const random = uniforms(seed);
          return Array.from({ length: 4096 }, () => shift + scale * random());
        }),
      ),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(series, (rows) => {
        expectSeriesExact(rows.map((values) => Float64Array.from(values)));
      }),
      { numRuns: 40 },
    );
  });
});

describe("selectNth", () => {
  it("selects the same k-th smallest value as sorting does", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), {
          minLength: 1,
          maxLength: 200,
        }),
        fc.nat(),
        (values, pick) => {
          const k = pick % values.length;
          const sorted = [...values].sort((a, b) => a - b);
          // Compared as numbers: -0 and 0 are the same value, and neither order among them is wrong.
          expect(selectNth(Float64Array.from(values), k) + 0).toBe(sorted[k]! + 0);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("leaves no larger value before position k and no smaller one after it, so a range can be searched next", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { minLength: 1, maxLength: 200 }), fc.nat(), (values, pick) => {
        const array = Float64Array.from(values);
        const k = pick % values.length;
        const selected = selectNth(array, k);
        expect(array.subarray(0, k).every((value) => value <= selected)).toBe(true);
        expect(array.subarray(k + 1).every((value) => value >= selected)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
