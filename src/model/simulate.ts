/**
 * Monte Carlo bands (MODEL.md, "Uncertainty"): call counts drawn from Poisson distributions with
 * the expected values of terms.ts; hours and prices fixed, so the mean matches computeCosts.
 */
import type { Scenario } from "./inputs.ts";
import { poissonSampler, sfc32, type PoissonSampler, type Uniform } from "./random.ts";
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

export type Bands = { p10: number; p50: number; p90: number };

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

/** Everything one month of one path needs, worked out once for all paths. */
type MonthPlan = {
  seats: number;
  bfUser: PoissonSampler;
  bfServer: PoissonSampler;
  bfOutage: PoissonSampler;
  msUser: PoissonSampler;
  msServer: PoissonSampler;
  msOutage: PoissonSampler;
  bfLivedWithHours: number;
  msInvoice: number;
};

function planMonths(s: Scenario): MonthPlan[] {
  const plans: MonthPlan[] = [];
  for (let month = 1; month <= s.months; month++) {
    const seats = seatsInMonth(s, month);
    const bf = breakFixExpectedCalls(s, seats);
    const ms = managedExpectedCalls(s, seats);
    plans.push({
      seats,
      bfUser: poissonSampler(bf.userCalls),
      bfServer: poissonSampler(bf.serverCalls),
      bfOutage: poissonSampler(bf.outages),
      msUser: poissonSampler(ms.userCalls),
      msServer: poissonSampler(ms.serverCalls),
      msOutage: poissonSampler(ms.outages),
      bfLivedWithHours: bf.livedWith * s.bfLiveWith,
      msInvoice: managedFee(s, seats, endpointsInMonth(s, month)) + managedOnboarding(s, month),
    });
  }
  return plans;
}

/** Running mean and variance (Welford), stable where every value is the same. */
class RunningVariance {
  private count = 0;
  private mean = 0;
  private sumOfSquares = 0;
  add(value: number): void {
    this.count++;
    const delta = value - this.mean;
    this.mean += delta / this.count;
    this.sumOfSquares += delta * (value - this.mean);
  }
  standardDeviation(): number {
    return this.count === 0 ? 0 : Math.sqrt(Math.max(0, this.sumOfSquares / this.count));
  }
}

/** Which percentiles are reported, in whole percent. */
const PERCENTILES = [10, 50, 90] as const;

/**
 * Every path's monthly and cumulative totals before they are summarised into bands: one row of
 * paths per month, so the value of month index i (0-based) on path p is at i × pathCount + p.
 */
export type SimulatedPaths = {
  pathCount: number;
  monthCount: number;
  breakFixMonthly: Float64Array;
  managedMonthly: Float64Array;
  breakFixCumulative: Float64Array;
  managedCumulative: Float64Array;
  /** Paths on which break-fix costs more than managed over the horizon, and over the first year. */
  breakFixCostsMorePaths: number;
  breakFixCostsMoreFirstYearPaths: number;
  breakFixInvoiceStdDev: number;
  managedInvoiceStdDev: number;
};

/** Draws every path of the simulation; `simulate` summarises them. */
export function simulatePaths(s: Scenario): SimulatedPaths {
  const pathCount = s.paths;
  const monthCount = s.months;
  const plans = planMonths(s);
  const bfTerms = breakFixCallTerms(s);
  const msTerms = managedCallTerms(s);
  const random = sfc32(s.seed);

  // One row of paths per month, so each month's percentiles are read from one contiguous block.
  const bfMonthly = new Float64Array(pathCount * monthCount);
  const msMonthly = new Float64Array(pathCount * monthCount);
  const bfCumulative = new Float64Array(pathCount * monthCount);
  const msCumulative = new Float64Array(pathCount * monthCount);
  const bfInvoiceSpread = new RunningVariance();
  const msInvoiceSpread = new RunningVariance();
  const firstYear = Math.min(12, monthCount);
  let bfMoreOverHorizon = 0;
  let bfMoreOverFirstYear = 0;

  for (let path = 0; path < pathCount; path++) {
    let bfRunning = 0;
    let msRunning = 0;
    for (let index = 0; index < monthCount; index++) {
      const plan = plans[index]!;
      const bf = drawSide(bfTerms, plan.seats, plan.bfUser, plan.bfServer, plan.bfOutage, random);
      const bfInvoice = breakFixInvoice(bfTerms, bf.userCalls, bf.serverCalls, bf.outages);
      const bfTotal = s.downtime ? bfInvoice + (bf.hours + plan.bfLivedWithHours) * s.staffCost : bfInvoice;
      const ms = drawSide(msTerms, plan.seats, plan.msUser, plan.msServer, plan.msOutage, random);
      const msTotal = s.downtime ? plan.msInvoice + ms.hours * s.staffCost : plan.msInvoice;

      bfRunning += bfTotal;
      msRunning += msTotal;
      const cell = index * pathCount + path;
      bfMonthly[cell] = bfTotal;
      msMonthly[cell] = msTotal;
      bfCumulative[cell] = bfRunning;
      msCumulative[cell] = msRunning;
      bfInvoiceSpread.add(bfInvoice);
      msInvoiceSpread.add(plan.msInvoice);
      if (index === firstYear - 1 && bfRunning > msRunning) bfMoreOverFirstYear++;
    }
    if (bfRunning > msRunning) bfMoreOverHorizon++;
  }

  return {
    pathCount,
    monthCount,
    breakFixMonthly: bfMonthly,
    managedMonthly: msMonthly,
    breakFixCumulative: bfCumulative,
    managedCumulative: msCumulative,
    breakFixCostsMorePaths: bfMoreOverHorizon,
    breakFixCostsMoreFirstYearPaths: bfMoreOverFirstYear,
    breakFixInvoiceStdDev: bfInvoiceSpread.standardDeviation(),
    managedInvoiceStdDev: msInvoiceSpread.standardDeviation(),
  };
}

export function simulate(s: Scenario): SimulationResult {
  const paths = simulatePaths(s);
  const { pathCount, monthCount } = paths;
  const months: SimulationMonth[] = [];
  for (let index = 0; index < monthCount; index++) {
    const start = index * pathCount;
    const end = start + pathCount;
    months.push({
      month: index + 1,
      breakFix: {
        monthly: bands(paths.breakFixMonthly.subarray(start, end)),
        cumulative: bands(paths.breakFixCumulative.subarray(start, end)),
      },
      managed: {
        monthly: bands(paths.managedMonthly.subarray(start, end)),
        cumulative: bands(paths.managedCumulative.subarray(start, end)),
      },
    });
  }

  return {
    months,
    probabilityBreakFixCostsMore: paths.breakFixCostsMorePaths / pathCount,
    probabilityBreakFixCostsMoreFirstYear: paths.breakFixCostsMoreFirstYearPaths / pathCount,
    breakFixInvoiceStdDev: paths.breakFixInvoiceStdDev,
    managedInvoiceStdDev: paths.managedInvoiceStdDev,
  };
}

type DrawnCalls = { userCalls: number; serverCalls: number; outages: number; hours: number };

function drawSide(
  terms: CallTerms,
  seats: number,
  user: PoissonSampler,
  server: PoissonSampler,
  outage: PoissonSampler,
  random: Uniform,
): DrawnCalls {
  const userCalls = user(random);
  const serverCalls = server(random);
  const outages = outage(random);
  return { userCalls, serverCalls, outages, hours: downtimeHours(terms, seats, userCalls, serverCalls, outages) };
}

/** Nearest-rank percentiles: the value at rank ⌈q × N⌉ (1-based) of the sorted values. Reorders `values`. */
export function bands(values: Float64Array): Bands {
  const [p10, p50, p90] = PERCENTILES.map((percent) => {
    // Whole-number arithmetic, so 10 % of 30 paths is rank 3, not 3.0000000000000004 → 4.
    const rank = Math.max(1, Math.ceil((percent * values.length) / 100));
    return selectNth(values, rank - 1);
  }) as [number, number, number];
  return { p10, p50, p90 };
}

/** The k-th smallest value (0-based) by quickselect; partially reorders `values`. */
export function selectNth(values: Float64Array, k: number): number {
  let low = 0;
  let high = values.length - 1;
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
