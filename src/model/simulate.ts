/**
 * Monte Carlo bands (MODEL.md, "Uncertainty"; PLANS.md, "Simulation"): call counts drawn from
 * Poisson distributions with the expected values of terms.ts, for break-fix and each managed
 * plan; hours and prices fixed, so the mean matches computeCosts.
 */
import { focusPlan } from "./costs.ts";
import type { Scenario } from "./inputs.ts";
import { BandTrack, PercentileReader, type Bands } from "./percentiles.ts";
import { planCount, planScenario } from "./plans.ts";
import { poissonSampler, sfc32Bits, type PoissonSampler } from "./random.ts";
import {
  breakFixCallTerms,
  breakFixExpectedCalls,
  breakFixInvoice,
  endpointsInMonth,
  managedCallTerms,
  managedExpectedCalls,
  managedFee,
  managedOnboarding,
  outsideWork,
  seatsInMonth,
  type CallTerms,
} from "./terms.ts";

export type SideBands = { monthly: Bands; cumulative: Bands };

/** `managed` is the focus plan's bands; `plans` every plan's, plan 1 first. */
export type SimulationMonth = {
  month: number;
  breakFix: SideBands;
  managed: SideBands;
  plans: SideBands[];
};

export type SimulationResult = {
  months: SimulationMonth[];
  /** Share of paths in which break-fix costs more than the focus plan over the horizon. */
  probabilityBreakFixCostsMore: number;
  /** The same over months 1 to min(12, horizon). */
  probabilityBreakFixCostsMoreFirstYear: number;
  /** For each option (0 break-fix, k plan k), the share of paths in which it costs least over the horizon (ties to the lowest). */
  probabilityCheapest: number[];
  /**
   * Standard deviation of the monthly invoice over every month of every path (population
   * formula): how much the bill swings from one month to another. `managed…` is the focus plan's.
   */
  breakFixInvoiceStdDev: number;
  managedInvoiceStdDev: number;
  /** Each plan's, plan 1 first. */
  planInvoiceStdDevs: number[];
};

/** Each option's three Poisson means of one month (user calls, server calls, outages), break-fix first, in the order they are drawn. */
function monthMeans(views: readonly Scenario[], seats: number): number[] {
  const bf = breakFixExpectedCalls(views[0]!, seats);
  const means = [bf.userCalls, bf.serverCalls, bf.outages];
  for (const view of views) {
    const ms = managedExpectedCalls(view, seats);
    means.push(ms.userCalls, ms.serverCalls, ms.outages);
  }
  return means;
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
 * One month of every path, as `simulateMonths` hands it over: each option's month totals and
 * cumulative totals so far, one entry per path (index 0 break-fix, k plan k). Read, not changed:
 * they are carried on and rewritten for the next month.
 */
export type MonthRows = { monthly: Float64Array[]; cumulative: Float64Array[] };

type SimulationTotals = {
  breakFixCostsMorePaths: number;
  breakFixCostsMoreFirstYearPaths: number;
  /** Paths on which each option costs least over the horizon. */
  cheapestPaths: number[];
  /** Each option's invoice spread: index 0 break-fix, k plan k. */
  invoiceStdDevs: number[];
  /** The focus plan, 1-based. */
  focus: number;
  /** The most memory the Poisson tables held at once, in bytes. */
  peakTableBytes: number;
};

/** Paths drawn together: each of a month's distributions fills a block before the next. */
const BLOCK = 1024;

/** Sums of one option's invoice deviations from its expected invoice in one month. */
class Deviations {
  sum = 0;
  squares = 0;
  constructor(readonly expected: number) {}
  /** Adds this month's paths to the option's spread. */
  addTo(spread: Spread, pathCount: number): void {
    spread.addGroup(pathCount, this.expected + this.sum / pathCount, Math.max(0, this.squares - (this.sum * this.sum) / pathCount));
  }
}

/**
 * What one plan's month total is made of, as numbers that hold for every path: its month total
 * for drawn calls is then a few multiplications and additions, in the order terms.ts's formulas
 * make them (outsideWork, downtimeHours), so each path's total is the same number to the last bit.
 */
type PlanMonth = {
  fixedInvoice: number;
  billsOutside: boolean;
  outsideShare: number;
  userHours: number;
  serverHours: number;
  rate: number;
  userDowntime: number;
  serverDowntimePerSeat: number;
  outageDowntimePerSeat: number;
  deviations: Deviations;
};

/**
 * One month's figures for every path: the totals that follow from each path's drawn counts, added
 * block by block to the rows, and the sums that give the spread of each option's invoice.
 * Break-fix's per-path total is breakFixInvoice and downtimeHours of terms.ts written out with the
 * month's constants; simulate.test.ts holds them to those formulas bit for bit.
 */
export class MonthTotals {
  private readonly downtime: boolean;
  private readonly staffCost: number;
  private readonly bfLivedWithHours: number;
  private readonly bfTerms: CallTerms;
  readonly breakFix: Deviations;
  readonly plans: PlanMonth[];

  constructor(
    views: readonly Scenario[],
    readonly month: number,
    private readonly seats: number,
    means: readonly number[],
    bfTerms: CallTerms,
    planTerms: readonly CallTerms[],
  ) {
    const s = views[0]!;
    this.downtime = s.downtime;
    this.staffCost = s.staffCost;
    this.bfTerms = bfTerms;
    this.bfLivedWithHours = breakFixExpectedCalls(s, seats).livedWith * s.bfLiveWith;
    this.breakFix = new Deviations(breakFixInvoice(bfTerms, means[0]!, means[1]!, means[2]!));
    this.plans = views.map((view, index) => {
      const fixedInvoice = managedFee(view, seats, endpointsInMonth(view, month)) + managedOnboarding(view, month);
      const base = 3 * (index + 1);
      const terms = planTerms[index]!;
      return {
        fixedInvoice,
        billsOutside: view.msOutside > 0,
        outsideShare: view.msOutside / 100,
        userHours: view.msHours,
        serverHours: view.msSrvHours,
        rate: view.msRate,
        userDowntime: terms.userCallDowntimeHours,
        serverDowntimePerSeat: terms.serverCallDowntimeHoursPerSeat,
        outageDowntimePerSeat: terms.outageDowntimeHoursPerSeat,
        deviations: new Deviations(fixedInvoice + outsideWork(view, means[base]!, means[base + 1]!)),
      };
    });
  }

  /**
   * Adds paths start..start + count − 1 to the rows. Their drawn counts are in `draws`, each kind's
   * (break-fix's user calls, server calls and outages, then each plan's, as monthMeans orders
   * them) from its index × `stride` on. One array for every kind, not one each: V8 checks every
   * typed array a loop touches on each turn of the loop, and fewer arrays made these loops about a
   * tenth faster.
   */
  addBlock(draws: Float64Array, stride: number, start: number, count: number, rows: MonthRows): void {
    const { seats, bfLivedWithHours, downtime, staffCost, breakFix } = this;
    const terms = this.bfTerms;
    const userInvoice = terms.userCallInvoice;
    const serverInvoice = terms.serverCallInvoice;
    const outageInvoice = terms.outageInvoice;
    const userDowntime = terms.userCallDowntimeHours;
    const serverDowntimePerSeat = terms.serverCallDowntimeHoursPerSeat;
    const outageDowntimePerSeat = terms.outageDowntimeHoursPerSeat;
    const toServer = stride | 0;
    const toOutage = (2 * stride) | 0;
    const monthly = rows.monthly[0]!;
    const cumulative = rows.cumulative[0]!;
    const expected = breakFix.expected;
    let sum = breakFix.sum;
    let squares = breakFix.squares;
    for (let n = 0; n < count; n++) {
      const path = start + n;
      const u = draws[n]!;
      const v = draws[toServer + n]!;
      const o = draws[toOutage + n]!;
      const invoice = u * userInvoice + v * serverInvoice + o * outageInvoice;
      const total = downtime
        ? invoice + (u * userDowntime + v * serverDowntimePerSeat * seats + o * outageDowntimePerSeat * seats + bfLivedWithHours) * staffCost
        : invoice;
      monthly[path] = total;
      cumulative[path] = cumulative[path]! + total;
      const deviation = invoice - expected;
      sum += deviation;
      squares += deviation * deviation;
    }
    breakFix.sum = sum;
    breakFix.squares = squares;
    for (let index = 0; index < this.plans.length; index++) {
      const base = 3 * (index + 1);
      addPlanBlock(this.plans[index]!, draws, base * stride, stride, start, count, rows.monthly[index + 1]!, rows.cumulative[index + 1]!, seats, downtime, staffCost);
    }
  }
}

/**
 * One plan's part of MonthTotals.addBlock: outsideWork and downtimeHours of terms.ts written out.
 * Its user calls are in `draws` from `from` on, its server calls and outages one and two `stride`s on.
 */
function addPlanBlock(
  plan: PlanMonth,
  draws: Float64Array,
  from: number,
  stride: number,
  start: number,
  count: number,
  monthly: Float64Array,
  cumulative: Float64Array,
  seats: number,
  downtime: boolean,
  staffCost: number,
): void {
  const { fixedInvoice, billsOutside, outsideShare, userHours, serverHours, rate, userDowntime, serverDowntimePerSeat, outageDowntimePerSeat, deviations } = plan;
  const expected = deviations.expected;
  let sum = deviations.sum;
  let squares = deviations.squares;
  const toUser = from | 0;
  const toServer = (from + stride) | 0;
  const toOutage = (from + 2 * stride) | 0;
  for (let n = 0; n < count; n++) {
    const path = start + n;
    const u = draws[toUser + n]!;
    const v = draws[toServer + n]!;
    const invoice = billsOutside ? fixedInvoice + outsideShare * (u * userHours + v * serverHours) * rate : fixedInvoice;
    const total = downtime
      ? invoice + (u * userDowntime + v * serverDowntimePerSeat * seats + draws[toOutage + n]! * outageDowntimePerSeat * seats) * staffCost
      : invoice;
    monthly[path] = total;
    cumulative[path] = cumulative[path]! + total;
    const deviation = invoice - expected;
    sum += deviation;
    squares += deviation * deviation;
  }
  // Without work outside the fee every invoice is the expected one: nothing to add.
  if (billsOutside) {
    deviations.sum = sum;
    deviations.squares = squares;
  }
}

/**
 * Draws every path, a month at a time: all paths' draws for month 1, then month 2, and so on, so
 * that only the samplers of the months at hand are needed and every row is written in order.
 * Within a month, paths are drawn in blocks of BLOCK: the block's user calls, server calls and
 * outages of break-fix, then of plan 1, plan 2 …, each for every path of the block in turn (with
 * one plan, the order of MODEL.md's version 1, so its links keep their bands).
 */
function simulateMonths(s: Scenario, visit: (index: number, rows: MonthRows) => void): SimulationTotals {
  const pathCount = s.paths;
  const monthCount = s.months;
  const views = Array.from({ length: planCount(s) }, (_, index) => planScenario(s, index + 1));
  const focus = focusPlan(s);
  const optionCount = views.length + 1;
  const bfTerms = breakFixCallTerms(s);
  const planTerms = views.map(managedCallTerms);
  const bits = sfc32Bits(s.seed);
  const seatsByMonth = Array.from({ length: monthCount }, (_, index) => seatsInMonth(s, index + 1));
  const meansByMonth = seatsByMonth.map((seats) => monthMeans(views, seats));
  const samplers = new SamplerCache(meansByMonth, pathCount);

  const rows: MonthRows = {
    monthly: Array.from({ length: optionCount }, () => new Float64Array(pathCount)),
    cumulative: Array.from({ length: optionCount }, () => new Float64Array(pathCount)),
  };
  // One block of paths' draws at a time, small enough to stay in cache: each kind's in its part
  // of one array, which the samplers fill through a view of each part.
  const stride = Math.min(BLOCK, pathCount);
  const draws = new Float64Array(3 * optionCount * stride);
  const drawn = Array.from({ length: 3 * optionCount }, (_, kind) => draws.subarray(kind * stride, (kind + 1) * stride));
  const spreads = Array.from({ length: optionCount }, () => new Spread());
  const firstYear = Math.min(12, monthCount);
  let bfMoreOverFirstYear = 0;

  for (let index = 0; index < monthCount; index++) {
    const means = meansByMonth[index]!;
    const monthSamplers = samplers.take(means);
    const totals = new MonthTotals(views, index + 1, seatsByMonth[index]!, means, bfTerms, planTerms);
    for (let start = 0; start < pathCount; start += BLOCK) {
      const count = Math.min(BLOCK, pathCount - start);
      for (let j = 0; j < drawn.length; j++) monthSamplers[j]!.fill(bits, drawn[j]!, count);
      totals.addBlock(draws, stride, start, count, rows);
    }
    samplers.release(means);

    totals.breakFix.addTo(spreads[0]!, pathCount);
    totals.plans.forEach((plan, planIndex) => plan.deviations.addTo(spreads[planIndex + 1]!, pathCount));
    if (index + 1 === firstYear) bfMoreOverFirstYear = countGreater(rows.cumulative[0]!, rows.cumulative[focus]!);
    visit(index, rows);
  }

  return {
    breakFixCostsMorePaths: countGreater(rows.cumulative[0]!, rows.cumulative[focus]!),
    breakFixCostsMoreFirstYearPaths: bfMoreOverFirstYear,
    cheapestPaths: countCheapest(rows.cumulative),
    invoiceStdDevs: spreads.map((spread) => spread.standardDeviation()),
    focus,
    peakTableBytes: samplers.peakBytes,
  };
}

/** Paths on which the first figure is the larger. */
function countGreater(first: Float64Array, second: Float64Array): number {
  let count = 0;
  for (let path = 0; path < first.length; path++) if (first[path]! > second[path]!) count++;
  return count;
}

/** For each option, the paths on which its total is the lowest (ties to the lowest option). */
function countCheapest(totals: readonly Float64Array[]): number[] {
  const counts = totals.map(() => 0);
  const pathCount = totals[0]!.length;
  for (let path = 0; path < pathCount; path++) {
    let best = 0;
    for (let option = 1; option < totals.length; option++) if (totals[option]![path]! < totals[best]![path]!) best = option;
    counts[best]!++;
  }
  return counts;
}

/**
 * Every path's monthly and cumulative totals before they are summarised into bands: one row of
 * paths per month, so the value of month index i (0-based) on path p is at i × pathCount + p.
 * `managed…` are the focus plan's rows; `planMonthly` and `planCumulative` every plan's.
 */
export type SimulatedPaths = SimulationTotals & {
  pathCount: number;
  monthCount: number;
  breakFixMonthly: Float64Array;
  managedMonthly: Float64Array;
  breakFixCumulative: Float64Array;
  managedCumulative: Float64Array;
  planMonthly: Float64Array[];
  planCumulative: Float64Array[];
};

/** Draws every path of the simulation and keeps them all (simulate keeps only the bands). */
export function simulatePaths(s: Scenario): SimulatedPaths {
  const pathCount = s.paths;
  const size = pathCount * s.months;
  const optionCount = planCount(s) + 1;
  const monthly = Array.from({ length: optionCount }, () => new Float64Array(size));
  const cumulative = Array.from({ length: optionCount }, () => new Float64Array(size));
  const totals = simulateMonths(s, (index, rows) => {
    for (let option = 0; option < optionCount; option++) {
      monthly[option]!.set(rows.monthly[option]!, index * pathCount);
      cumulative[option]!.set(rows.cumulative[option]!, index * pathCount);
    }
  });
  return {
    pathCount,
    monthCount: s.months,
    breakFixMonthly: monthly[0]!,
    managedMonthly: monthly[totals.focus]!,
    breakFixCumulative: cumulative[0]!,
    managedCumulative: cumulative[totals.focus]!,
    planMonthly: monthly.slice(1),
    planCumulative: cumulative.slice(1),
    ...totals,
  };
}

/** The simulation summarised (MODEL.md's `simulate`), with the memory its Poisson tables took at most. */
export function simulateWithStats(s: Scenario): { result: SimulationResult; peakTableBytes: number } {
  const months: SimulationMonth[] = [];
  const percentiles = new PercentileReader(s.paths);
  const tracks = Array.from({ length: planCount(s) + 1 }, () => ({ monthly: new BandTrack(), cumulative: new BandTrack() }));
  const bands = (rows: MonthRows, option: number): SideBands => ({
    monthly: percentiles.bands(rows.monthly[option]!, tracks[option]!.monthly),
    cumulative: percentiles.bands(rows.cumulative[option]!, tracks[option]!.cumulative),
  });
  const focus = focusPlan(s);
  const totals = simulateMonths(s, (index, rows) => {
    const plans = rows.monthly.slice(1).map((_, plan) => bands(rows, plan + 1));
    months.push({ month: index + 1, breakFix: bands(rows, 0), managed: plans[focus - 1]!, plans });
  });
  const [breakFixInvoiceStdDev = 0, ...planInvoiceStdDevs] = totals.invoiceStdDevs;
  return {
    result: {
      months,
      probabilityBreakFixCostsMore: totals.breakFixCostsMorePaths / s.paths,
      probabilityBreakFixCostsMoreFirstYear: totals.breakFixCostsMoreFirstYearPaths / s.paths,
      probabilityCheapest: totals.cheapestPaths.map((count) => count / s.paths),
      breakFixInvoiceStdDev,
      managedInvoiceStdDev: planInvoiceStdDevs[totals.focus - 1]!,
      planInvoiceStdDevs,
    },
    peakTableBytes: totals.peakTableBytes,
  };
}

export function simulate(s: Scenario): SimulationResult {
  return simulateWithStats(s).result;
}
