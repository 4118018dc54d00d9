/**
 * Monte Carlo bands (MODEL.md, "Uncertainty"): call counts drawn from Poisson distributions with
 * the expected values of terms.ts; hours and prices fixed, so the mean matches computeCosts.
 */
import type { Scenario } from "./inputs.ts";
import { PercentileReader, type Bands } from "./percentiles.ts";
import { poissonSampler, sfc32Bits, type PoissonSampler } from "./random.ts";
import {
  breakFixCallTerms,
  breakFixExpectedCalls,
  breakFixInvoice,
  downtimeHours,
  endpointsInMonth,
  managedCallTerms,
  managedExpectedCalls,
  managedFee,
  managedOnboarding,
  seatsInMonth,
  type CallTerms,
} from "./terms.ts";

export type SimulationMonth = {
  month: number;
  breakFix: { monthly: Bands; cumulative: Bands };
  managed: { monthly: Bands; cumulative: Bands };
};

export type SimulationResult = {
  months: SimulationMonth[];
  /** Share of paths in which break-fix costs more than managed over the horizon. */
  probabilityBreakFixCostsMore: number;
  /** The same over months 1 to min(12, horizon). */
  probabilityBreakFixCostsMoreFirstYear: number;
  /**
   * Standard deviation of the monthly invoice over every month of every path (population
   * formula): how much the bill swings from one month to another.
   */
  breakFixInvoiceStdDev: number;
  managedInvoiceStdDev: number;
};

/** The six Poisson means of one month, in the order they are drawn on each path. */
function monthMeans(s: Scenario, seats: number): number[] {
  const bf = breakFixExpectedCalls(s, seats);
  const ms = managedExpectedCalls(s, seats);
  return [bf.userCalls, bf.serverCalls, bf.outages, ms.userCalls, ms.serverCalls, ms.outages];
}

/**
 * The samplers of one simulation, one per distinct mean, kept from the first month that draws
 * from a mean to the last: means repeat from month to month (always without growth), and a
 * sampler's table is built once. Tracks the memory its tables hold at once.
 */
class SamplerCache {
  private readonly monthsLeft = new Map<number, number>();
  private readonly live = new Map<number, PoissonSampler>();
  private liveBytes = 0;
  peakBytes = 0;

  constructor(
    means: readonly number[][],
    private readonly pathCount: number,
  ) {
    for (const month of means) {
      for (const mean of new Set(month)) this.monthsLeft.set(mean, (this.monthsLeft.get(mean) ?? 0) + 1);
    }
  }

  /** The samplers of one month's means, built where they are new. */
  take(means: readonly number[]): PoissonSampler[] {
    return means.map((mean) => {
      let sampler = this.live.get(mean);
      if (!sampler) {
        sampler = poissonSampler(mean, this.pathCount * this.monthsLeft.get(mean)!);
        this.live.set(mean, sampler);
        this.liveBytes += sampler.bytes;
        this.peakBytes = Math.max(this.peakBytes, this.liveBytes);
      }
      return sampler;
    });
  }

  /** The month that took `means` is drawn: samplers no later month needs are let go. */
  release(means: readonly number[]): void {
    for (const mean of new Set(means)) {
      const left = this.monthsLeft.get(mean)! - 1;
      this.monthsLeft.set(mean, left);
      if (left === 0) {
        this.liveBytes -= this.live.get(mean)!.bytes;
        this.live.delete(mean);
      }
    }
  }
}

/** Population mean and variance of many values, merged group by group (Chan et al.). */
class Spread {
  private count = 0;
  private mean = 0;
  private sumOfSquares = 0;
  /** Adds a group of `count` values with this mean and sum of squared deviations from it. */
  addGroup(count: number, mean: number, sumOfSquares: number): void {
    const total = this.count + count;
    const delta = mean - this.mean;
    this.mean += (delta * count) / total;
    this.sumOfSquares += sumOfSquares + ((delta * delta * this.count) / total) * count;
    this.count = total;
  }
  standardDeviation(): number {
    return this.count === 0 ? 0 : Math.sqrt(Math.max(0, this.sumOfSquares / this.count));
  }
}

/**
 * One month of every path, as `simulateMonths` hands it over: the month's totals and the
 * cumulative totals so far, one entry per path. Read, not changed: they are carried on and
 * rewritten for the next month.
 */
type MonthRows = {
  breakFixMonthly: Float64Array;
  managedMonthly: Float64Array;
  breakFixCumulative: Float64Array;
  managedCumulative: Float64Array;
};

type SimulationTotals = {
  breakFixCostsMorePaths: number;
  breakFixCostsMoreFirstYearPaths: number;
  breakFixInvoiceStdDev: number;
  managedInvoiceStdDev: number;
  /** The most memory the Poisson tables held at once, in bytes. */
  peakTableBytes: number;
};

/** Paths drawn together: each of a month's six distributions fills a block before the next. */
const BLOCK = 1024;

/**
 * One month's figures for every path: the totals that follow from each path's drawn counts, added
 * block by block to the rows, and the sums that give the spread of the break-fix invoice.
 */
class MonthTotals {
  private readonly bfLivedWithHours: number;
  readonly msInvoice: number;
  /** The expected break-fix invoice: deviations from it are summed (close to the month's mean, they cancel little). */
  readonly bfExpectedInvoice: number;
  bfDeviations = 0;
  bfSquaredDeviations = 0;

  constructor(
    private readonly s: Scenario,
    readonly month: number,
    private readonly seats: number,
    means: readonly number[],
    private readonly bfTerms: CallTerms,
    private readonly msTerms: CallTerms,
  ) {
    this.bfLivedWithHours = breakFixExpectedCalls(s, seats).livedWith * s.bfLiveWith;
    this.msInvoice = managedFee(s, seats, endpointsInMonth(s, month)) + managedOnboarding(s, month);
    this.bfExpectedInvoice = breakFixInvoice(bfTerms, means[0]!, means[1]!, means[2]!);
  }

  /** Adds paths start..start + count − 1, whose six counts are in `drawn` from index 0, to the rows. */
  addBlock(drawn: readonly Float64Array[], start: number, count: number, rows: MonthRows): void {
    const [bfUser, bfServer, bfOutage, msUser, msServer, msOutage] = drawn as Six<Float64Array>;
    const { breakFixMonthly, managedMonthly, breakFixCumulative, managedCumulative } = rows;
    const { bfTerms, msTerms, seats, bfLivedWithHours, msInvoice, bfExpectedInvoice } = this;
    const { downtime, staffCost } = this.s;
    let deviations = 0;
    let squaredDeviations = 0;
    for (let n = 0; n < count; n++) {
      const path = start + n;
      const bu = bfUser[n]!;
      const bs = bfServer[n]!;
      const bo = bfOutage[n]!;
      const bfInvoice = breakFixInvoice(bfTerms, bu, bs, bo);
      const bfTotal = downtime ? bfInvoice + (downtimeHours(bfTerms, seats, bu, bs, bo) + bfLivedWithHours) * staffCost : bfInvoice;
      const msTotal = downtime
        ? msInvoice + downtimeHours(msTerms, seats, msUser[n]!, msServer[n]!, msOutage[n]!) * staffCost
        : msInvoice;
      breakFixMonthly[path] = bfTotal;
      managedMonthly[path] = msTotal;
      breakFixCumulative[path] = breakFixCumulative[path]! + bfTotal;
      managedCumulative[path] = managedCumulative[path]! + msTotal;
      const deviation = bfInvoice - bfExpectedInvoice;
      deviations += deviation;
      squaredDeviations += deviation * deviation;
    }
    this.bfDeviations += deviations;
    this.bfSquaredDeviations += squaredDeviations;
  }
}

type Six<T> = [T, T, T, T, T, T];

/**
 * Draws every path, a month at a time: all paths' draws for month 1, then month 2, and so on, so
 * that only the samplers of the months at hand are needed and every row is written in order.
 * Within a month, paths are drawn in blocks of BLOCK: the block's user calls, server calls and
 * outages of break-fix, then of managed, each for every path of the block in turn.
 */
function simulateMonths(s: Scenario, visit: (index: number, rows: MonthRows) => void): SimulationTotals {
  const pathCount = s.paths;
  const monthCount = s.months;
  const bfTerms = breakFixCallTerms(s);
  const msTerms = managedCallTerms(s);
  const bits = sfc32Bits(s.seed);
  const seatsByMonth = Array.from({ length: monthCount }, (_, index) => seatsInMonth(s, index + 1));
  const meansByMonth = seatsByMonth.map((seats) => monthMeans(s, seats));
  const samplers = new SamplerCache(meansByMonth, pathCount);

  const rows: MonthRows = {
    breakFixMonthly: new Float64Array(pathCount),
    managedMonthly: new Float64Array(pathCount),
    breakFixCumulative: new Float64Array(pathCount),
    managedCumulative: new Float64Array(pathCount),
  };
  // One block of paths' draws at a time, each of the six kinds in a row, small enough to stay in cache.
  const drawn = Array.from({ length: 6 }, () => new Float64Array(Math.min(BLOCK, pathCount)));
  const bfInvoiceSpread = new Spread();
  const msInvoiceSpread = new Spread();
  const firstYear = Math.min(12, monthCount);
  let bfMoreOverFirstYear = 0;

  for (let index = 0; index < monthCount; index++) {
    const means = meansByMonth[index]!;
    const monthSamplers = samplers.take(means);
    const totals = new MonthTotals(s, index + 1, seatsByMonth[index]!, means, bfTerms, msTerms);
    for (let start = 0; start < pathCount; start += BLOCK) {
      const count = Math.min(BLOCK, pathCount - start);
      for (let j = 0; j < 6; j++) monthSamplers[j]!.fill(bits, drawn[j]!, count);
      totals.addBlock(drawn, start, count, rows);
    }
    samplers.release(means);

    const { bfDeviations, bfSquaredDeviations } = totals;
    bfInvoiceSpread.addGroup(
      pathCount,
      totals.bfExpectedInvoice + bfDeviations / pathCount,
      Math.max(0, bfSquaredDeviations - (bfDeviations * bfDeviations) / pathCount),
    );
    msInvoiceSpread.addGroup(pathCount, totals.msInvoice, 0);
    if (index + 1 === firstYear) bfMoreOverFirstYear = countGreater(rows.breakFixCumulative, rows.managedCumulative);
    visit(index, rows);
  }

  return {
    breakFixCostsMorePaths: countGreater(rows.breakFixCumulative, rows.managedCumulative),
    breakFixCostsMoreFirstYearPaths: bfMoreOverFirstYear,
    breakFixInvoiceStdDev: bfInvoiceSpread.standardDeviation(),
    managedInvoiceStdDev: msInvoiceSpread.standardDeviation(),
    peakTableBytes: samplers.peakBytes,
  };
}

/** Paths on which the first figure is the larger. */
function countGreater(first: Float64Array, second: Float64Array): number {
  let count = 0;
  for (let path = 0; path < first.length; path++) if (first[path]! > second[path]!) count++;
  return count;
}

/**
 * Every path's monthly and cumulative totals before they are summarised into bands: one row of
 * paths per month, so the value of month index i (0-based) on path p is at i × pathCount + p.
 */
export type SimulatedPaths = SimulationTotals & {
  pathCount: number;
  monthCount: number;
  breakFixMonthly: Float64Array;
  managedMonthly: Float64Array;
  breakFixCumulative: Float64Array;
  managedCumulative: Float64Array;
};

const ROW_KEYS = ["breakFixMonthly", "managedMonthly", "breakFixCumulative", "managedCumulative"] as const;

/** Draws every path of the simulation and keeps them all (simulate keeps only the bands). */
export function simulatePaths(s: Scenario): SimulatedPaths {
  const pathCount = s.paths;
  const size = pathCount * s.months;
  const kept = {
    breakFixMonthly: new Float64Array(size),
    managedMonthly: new Float64Array(size),
    breakFixCumulative: new Float64Array(size),
    managedCumulative: new Float64Array(size),
  };
  const totals = simulateMonths(s, (index, rows) => {
    for (const key of ROW_KEYS) kept[key].set(rows[key], index * pathCount);
  });
  return { pathCount, monthCount: s.months, ...kept, ...totals };
}

/** The simulation summarised (MODEL.md's `simulate`), with the memory its Poisson tables took at most. */
export function simulateWithStats(s: Scenario): { result: SimulationResult; peakTableBytes: number } {
  const months: SimulationMonth[] = [];
  const percentiles = new PercentileReader(s.paths);
  const bands = (row: Float64Array): Bands => percentiles.bands(row);
  const totals = simulateMonths(s, (index, rows) => {
    months.push({
      month: index + 1,
      breakFix: { monthly: bands(rows.breakFixMonthly), cumulative: bands(rows.breakFixCumulative) },
      managed: { monthly: bands(rows.managedMonthly), cumulative: bands(rows.managedCumulative) },
    });
  });
  return {
    result: {
      months,
      probabilityBreakFixCostsMore: totals.breakFixCostsMorePaths / s.paths,
      probabilityBreakFixCostsMoreFirstYear: totals.breakFixCostsMoreFirstYearPaths / s.paths,
      breakFixInvoiceStdDev: totals.breakFixInvoiceStdDev,
      managedInvoiceStdDev: totals.managedInvoiceStdDev,
    },
    peakTableBytes: totals.peakTableBytes,
  };
}

export function simulate(s: Scenario): SimulationResult {
  return simulateWithStats(s).result;
}
