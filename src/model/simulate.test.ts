import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeCosts } from "./costs.ts";
import { defaultScenario, type Scenario } from "./inputs.ts";
import { parseScenario } from "./scenario.ts";
import { poissonSampler } from "./random.ts";
import { planCount, planScenario } from "./plans.ts";
import { MonthTotals, simulate, simulatePaths, simulateWithStats, type MonthRows } from "./simulate.ts";
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
  outsideWork,
  seatsInMonth,
} from "./terms.ts";
import { QUICK_SIMULATION, scenarioArbitrary } from "./test-arbitraries.ts";

describe("simulate", () => {
  it("gives pinned figures for the default scenario, so that a faster simulate can prove it draws the same paths", () => {
    // Recorded when the draws became table inversions taken month by month (seed 1, 2,000 paths).
    // Bands are reproducible within a version: a change that draws other paths changes these, on purpose.
    const result = simulate(defaultScenario());
    expect(result.months[0]!.plans).toEqual([result.months[0]!.managed]);
    expect({ ...result.months[0]!, plans: undefined }).toEqual({
      month: 1,
      breakFix: {
        monthly: { p10: 3305.25, p50: 5209.5, p90: 8215.5 },
        cumulative: { p10: 3305.25, p50: 5209.5, p90: 8215.5 },
      },
      managed: {
        monthly: { p10: 5148.4375, p50: 5227.1875, p90: 5457.8125 },
        cumulative: { p10: 5148.4375, p50: 5227.1875, p90: 5457.8125 },
      },
    });
    expect(result.months[11]!.breakFix.cumulative).toEqual({
      p10: 59291.25,
      p50: 71379,
      p90: 100542.75,
    });
    expect(result.months[11]!.managed.cumulative).toEqual({
      p10: 40734.6875,
      p50: 41339.375,
      p90: 45656.5625,
    });
    expect(result.months[35]!.breakFix.monthly).toEqual({
      p10: 3305.25,
      p50: 5559.75,
      p90: 8215.5,
    });
    expect(result.months[35]!.breakFix.cumulative).toEqual({
      p10: 194031,
      p50: 225149.25,
      p90: 266687.25,
    });
    expect(result.months[35]!.managed.cumulative).toEqual({
      p10: 119112.5,
      p50: 121092.5,
      p90: 127946.5625,
    });
    expect(result.probabilityBreakFixCostsMore).toBe(1);
    expect(result.probabilityBreakFixCostsMoreFirstYear).toBe(1);
    expect(result.breakFixInvoiceStdDev).toBeCloseTo(1290.5402123020308, 9);
    expect(result.managedInvoiceStdDev).toBeCloseTo(328.6710990610909, 9);
  });

  it("gives pinned figures for a larger, growing office with downtime off", () => {
    const scenario = {
      ...defaultScenario(),
      seats: 400,
      endpoints: 480,
      servers: 10,
      months: 6,
      paths: 500,
      seed: 42,
      growth: 20,
      downtime: false,
    };
    const result = simulate(scenario);
    expect({ ...result.months[5]!, plans: undefined }).toEqual({
      month: 6,
      breakFix: {
        monthly: { p10: 43557.375, p50: 48800.25, p90: 54177.75 },
        cumulative: { p10: 270620.25, p50: 282718.125, p90: 293607.75 },
      },
      managed: {
        monthly: { p10: 49020, p50: 49020, p90: 49020 },
        cumulative: { p10: 285340, p50: 285340, p90: 285340 },
      },
    });
    expect(result.probabilityBreakFixCostsMore).toBe(0.384);
    expect(result.breakFixInvoiceStdDev).toBeCloseTo(3869.265072549236, 9);
    expect(result.managedInvoiceStdDev).toBeCloseTo(923.7363741289438, 9);
  });

  it("gives the same bands for the same seed and different bands for another seed", () => {
    const scenario = { ...defaultScenario(), paths: 300, months: 12 };
    expect(simulate(scenario)).toEqual(simulate(scenario));
    expect(simulate({ ...scenario, seed: 2 }).months[11]).not.toEqual(
      simulate(scenario).months[11],
    );
  });

  it("reports the invoices' spread over every month of every path, as computed from the paths themselves", () => {
    // With downtime off a month's total is its invoice, so the paths give the spread directly.
    const scenario = { ...defaultScenario(), downtime: false, growth: 40, months: 24, paths: 1500, seed: 3 };
    const paths = simulatePaths(scenario);
    const result = simulate(scenario);
    const deviation = (values: Float64Array) => {
      const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
      return Math.sqrt(values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / values.length);
    };
    expect(result.breakFixInvoiceStdDev).toBeGreaterThan(0);
    expect(result.breakFixInvoiceStdDev / deviation(paths.breakFixMonthly) - 1).toBeCloseTo(0, 10);
    expect(result.managedInvoiceStdDev / deviation(paths.managedMonthly) - 1).toBeCloseTo(0, 10);
  });

  it("has one entry per month of the horizon", () => {
    const result = simulate({ ...defaultScenario(), months: 5, paths: 200 });
    expect(result.months.map((month) => month.month)).toEqual([1, 2, 3, 4, 5]);
  });

  it.each([
    [250, 4],
    [5000, 2], // long enough rows for the percentiles to be read through a sample
  ])("reports the bands of the drawn paths by nearest rank (%d paths)", (pathCount, monthCount) => {
    const scenario = { ...defaultScenario(), months: monthCount, paths: pathCount, seed: 9 };
    const paths = simulatePaths(scenario);
    const result = simulate(scenario);
    const rank = (values: Float64Array, percent: number) =>
      [...values].sort((a, b) => a - b)[Math.ceil((percent * values.length) / 100) - 1];
    for (let index = 0; index < monthCount; index++) {
      const row = (values: Float64Array) => values.slice(index * pathCount, (index + 1) * pathCount);
      const expected = (values: Float64Array) => ({
        p10: rank(row(values), 10),
        p50: rank(row(values), 50),
        p90: rank(row(values), 90),
      });
      expect(result.months[index]!.breakFix.monthly).toEqual(expected(paths.breakFixMonthly));
      expect(result.months[index]!.breakFix.cumulative).toEqual(expected(paths.breakFixCumulative));
      expect(result.months[index]!.managed.monthly).toEqual(expected(paths.managedMonthly));
      expect(result.months[index]!.managed.cumulative).toEqual(expected(paths.managedCumulative));
    }
  });

  it("holds the Poisson tables of one month at a time, not the whole horizon's", () => {
    // 5,000 staff with 10 issues each a month (50,000 calls expected, the most a scenario asks
    // for at the start) growing 200 % a year: every month draws user calls from new means, and
    // the last month's are the largest.
    const scenario = { ...defaultScenario(), seats: 5000, endpoints: 6000, issues: 10, growth: 200, months: 12, paths: 8000 };
    const { peakTableBytes } = simulateWithStats(scenario);
    const seats = seatsInMonth(scenario, 12);
    const bf = breakFixExpectedCalls(scenario, seats);
    const ms = managedExpectedCalls(scenario, seats);
    const lastMonth = new Set([bf.userCalls, bf.serverCalls, bf.outages, ms.userCalls, ms.serverCalls, ms.outages]);
    const lastMonthBytes = [...lastMonth].reduce((sum, mean) => sum + poissonSampler(mean).bytes, 0);
    expect(lastMonthBytes).toBeGreaterThan(100_000);
    expect(peakTableBytes).toBe(lastMonthBytes);
  });

  it("has no spread where nothing is random, and the managed invoice's spread is the onboarding month's", () => {
    // No issues, servers or outages and downtime off: break-fix bills 0 every month of every path;
    // managed bills max(500, 110 × 25) = 2750, plus 2000 in month 1. Over 12 months the managed
    // invoice has mean 2750 + 2000/12 and population deviation 2000 × √11 / 12 = 552.7708.
    const scenario = {
      ...defaultScenario(),
      issues: 0,
      servers: 0,
      outages: 0,
      downtime: false,
      months: 12,
      paths: 200,
    };
    const result = simulate(scenario);
    expect(result.breakFixInvoiceStdDev).toBe(0);
    expect(result.managedInvoiceStdDev).toBeCloseTo((2000 * Math.sqrt(11)) / 12, 6);
    expect(result.months[0]!.managed.monthly).toEqual({ p10: 4750, p50: 4750, p90: 4750 });
    expect(result.months[11]!.managed.cumulative).toEqual({ p10: 35000, p50: 35000, p90: 35000 });
    expect(result.months[11]!.breakFix.cumulative).toEqual({ p10: 0, p50: 0, p90: 0 });
    expect(result.probabilityBreakFixCostsMore).toBe(0);
  });

  it("counts the first year as the whole horizon when the horizon is shorter than a year", () => {
    const result = simulate({ ...defaultScenario(), months: 3, paths: 400, seed: 5, issues: 0.3 });
    expect(result.probabilityBreakFixCostsMore).toBeGreaterThan(0);
    expect(result.probabilityBreakFixCostsMore).toBeLessThan(1);
    expect(result.probabilityBreakFixCostsMoreFirstYear).toBe(result.probabilityBreakFixCostsMore);
  });

  it("keeps p10 ≤ p50 ≤ p90 in every month, on both sides, monthly and cumulative, and cumulative bands never fall", () => {
    fc.assert(
      fc.property(scenarioArbitrary(QUICK_SIMULATION), (scenario) => {
        const result = simulate(scenario);
        let previous = {
          breakFix: { p10: 0, p50: 0, p90: 0 },
          managed: { p10: 0, p50: 0, p90: 0 },
        };
        for (const month of result.months) {
          for (const side of ["breakFix", "managed"] as const) {
            for (const band of [month[side].monthly, month[side].cumulative]) {
              expect(band.p10).toBeLessThanOrEqual(band.p50);
              expect(band.p50).toBeLessThanOrEqual(band.p90);
            }
            expect(month[side].cumulative.p10).toBeGreaterThanOrEqual(previous[side].p10);
            expect(month[side].cumulative.p50).toBeGreaterThanOrEqual(previous[side].p50);
            expect(month[side].cumulative.p90).toBeGreaterThanOrEqual(previous[side].p90);
          }
          previous = { breakFix: month.breakFix.cumulative, managed: month.managed.cumulative };
        }
        for (const probability of [
          result.probabilityBreakFixCostsMore,
          result.probabilityBreakFixCostsMoreFirstYear,
        ]) {
          expect(probability).toBeGreaterThanOrEqual(0);
          expect(probability).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("the simulation's mean matches the expected figures", () => {
  /** Mean over paths of each month's total, on each side. */
  function meanMonthlyTotals(scenario: Scenario) {
    const paths = simulatePaths(scenario);
    const mean = (values: Float64Array, index: number) => {
      let sum = 0;
      for (let path = 0; path < paths.pathCount; path++)
        sum += values[index * paths.pathCount + path]!;
      return sum / paths.pathCount;
    };
    return Array.from({ length: paths.monthCount }, (_, index) => ({
      breakFix: mean(paths.breakFixMonthly, index),
      managed: mean(paths.managedMonthly, index),
      breakFixCumulative: mean(paths.breakFixCumulative, index),
      managedCumulative: mean(paths.managedCumulative, index),
    }));
  }

  const cases: [string, Scenario][] = [
    ["the default scenario", { ...defaultScenario(), paths: 20000 }],
    [
      // Means above 30: user calls are drawn by PTRS on both sides.
      "a 400-person office growing 30 % a year",
      {
        ...defaultScenario(),
        paths: 20000,
        seats: 400,
        endpoints: 480,
        servers: 10,
        growth: 30,
        months: 24,
        issues: 0.8,
        seed: 77,
      },
    ],
    [
      "a small office with frequent outages, patchy fixes and downtime off",
      {
        ...defaultScenario(),
        paths: 20000,
        seats: 10,
        endpoints: 12,
        outages: 6,
        bfRecur: 60,
        msRecur: 20,
        months: 12,
        downtime: false,
        seed: 123,
      },
    ],
  ];

  it.each(cases)(
    "for %s, each month's mean total over 20,000 paths is within 2 % of the expected total",
    (_, scenario) => {
      const expected = computeCosts(scenario).months;
      const simulated = meanMonthlyTotals(scenario);
      expected.forEach((month, index) => {
        const mean = simulated[index]!;
        expect(Math.abs(mean.breakFix - month.breakFix.total)).toBeLessThanOrEqual(
          0.02 * month.breakFix.total,
        );
        expect(Math.abs(mean.managed - month.managed.total)).toBeLessThanOrEqual(
          0.02 * month.managed.total,
        );
        expect(Math.abs(mean.breakFixCumulative - month.breakFix.cumulative)).toBeLessThanOrEqual(
          0.02 * month.breakFix.cumulative,
        );
        expect(Math.abs(mean.managedCumulative - month.managed.cumulative)).toBeLessThanOrEqual(
          0.02 * month.managed.cumulative,
        );
      });
    },
  );
});

describe("simulate with several plans", () => {
  const { scenario } = parseScenario(
    new URLSearchParams("paths=4000&months=12&seed=7&plans=3&p2.msSeat=90&p2.msOutside=40&p2.msRate=130&p3.msSeat=140&p3.msFewer=60"),
  );
  const result = simulate(scenario);
  const paths = simulatePaths(scenario);
  const expected = computeCosts(scenario);

  it("gives each option's share of paths in which it costs least, adding up to 1", () => {
    expect(result.probabilityCheapest).toHaveLength(4);
    expect(result.probabilityCheapest.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 12);
    // Counted from the kept paths' horizon totals, ties to the lowest option.
    const last = (rows: Float64Array, path: number) => rows[(paths.monthCount - 1) * paths.pathCount + path]!;
    const counts = [0, 0, 0, 0];
    for (let path = 0; path < paths.pathCount; path++) {
      const totals = [last(paths.breakFixCumulative, path), ...paths.planCumulative.map((rows) => last(rows, path))];
      counts[totals.indexOf(Math.min(...totals))]!++;
    }
    expect(result.probabilityCheapest).toEqual(counts.map((count) => count / paths.pathCount));
  });

  it("keeps each plan's simulated mean at its expected figures, outside work included", () => {
    for (let plan = 0; plan < 3; plan++) {
      const rows = paths.planMonthly[plan]!;
      for (const index of [0, 11]) {
        let sum = 0;
        for (let path = 0; path < paths.pathCount; path++) sum += rows[index * paths.pathCount + path]!;
        const mean = sum / paths.pathCount;
        const want = expected.months[index]!.plans[plan]!.total;
        expect(Math.abs(mean - want) / want).toBeLessThan(0.02);
      }
    }
  });

  it("reports the focus plan's bands and spread as managed's, and only a plan billing outside work has a swinging invoice", () => {
    expect(expected.focus).toBe(2);
    expect(result.months[5]!.managed).toEqual(result.months[5]!.plans[1]);
    expect(result.managedInvoiceStdDev).toBe(result.planInvoiceStdDevs[1]);
    // Plans 1 and 3 bill a flat fee: their invoices differ only by onboarding in month 1.
    const flat = (fee: number, onboarding: number) => {
      const mean = (11 * fee + (fee + onboarding)) / 12;
      return Math.sqrt((11 * (fee - mean) ** 2 + (fee + onboarding - mean) ** 2) / 12);
    };
    expect(result.planInvoiceStdDevs[0]).toBeCloseTo(flat(3050, 2000), 6);
    expect(result.planInvoiceStdDevs[1]).toBeGreaterThan(flat(2550, 2000));
  });
});

describe("a path's month total", () => {
  it("is the formulas' figure for the drawn counts, to the last bit, for every option", () => {
    const counts = fc.array(fc.tuple(fc.nat(3000), fc.nat(300), fc.nat(5)), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(scenarioArbitrary({}, { min: 1, max: 4 }), fc.integer({ min: 1, max: 120 }), counts, (s, month, drawn) => {
        const views = Array.from({ length: planCount(s) }, (_, index) => planScenario(s, index + 1));
        const seats = seatsInMonth(s, month);
        const bfTerms = breakFixCallTerms(s);
        const planTerms = views.map(managedCallTerms);
        const bf = breakFixExpectedCalls(s, seats);
        const means = [bf.userCalls, bf.serverCalls, bf.outages];
        for (const view of views) {
          const ms = managedExpectedCalls(view, seats);
          means.push(ms.userCalls, ms.serverCalls, ms.outages);
        }
        // Each option's counts are the drawn ones shifted by the option, so options differ.
        const columns = means.map((_, kind) => Float64Array.from(drawn, (path) => path[kind % 3]! + Math.floor(kind / 3)));
        const rows: MonthRows = {
          monthly: means.filter((_, kind) => kind % 3 === 0).map(() => new Float64Array(drawn.length)),
          cumulative: means.filter((_, kind) => kind % 3 === 0).map(() => new Float64Array(drawn.length).fill(100)),
        };
        const draws = new Float64Array(columns.length * drawn.length);
        columns.forEach((column, kind) => draws.set(column, kind * drawn.length));
        new MonthTotals(views, month, seats, means, bfTerms, planTerms).addBlock(draws, drawn.length, 0, drawn.length, rows);
        for (let path = 0; path < drawn.length; path++) {
          const [u, v, o] = [0, 1, 2].map((kind) => columns[kind]![path]!) as [number, number, number];
          const invoice = breakFixInvoice(bfTerms, u, v, o);
          const expected = s.downtime ? invoice + (downtimeHours(bfTerms, seats, u, v, o) + bf.livedWith * s.bfLiveWith) * s.staffCost : invoice;
          expect(Object.is(rows.monthly[0]![path], expected)).toBe(true);
          expect(Object.is(rows.cumulative[0]![path], 100 + expected)).toBe(true);
          views.forEach((view, index) => {
            const base = 3 * (index + 1);
            const [pu, pv, po] = [0, 1, 2].map((kind) => columns[base + kind]![path]!) as [number, number, number];
            const fixed = managedFee(view, seats, endpointsInMonth(view, month)) + managedOnboarding(view, month);
            const planInvoice = view.msOutside > 0 ? fixed + outsideWork(view, pu, pv) : fixed;
            const planTotal = s.downtime ? planInvoice + downtimeHours(planTerms[index]!, seats, pu, pv, po) * s.staffCost : planInvoice;
            expect(Object.is(rows.monthly[index + 1]![path], planTotal)).toBe(true);
          });
        }
      }),
      { numRuns: 150 },
    );
  });
});
