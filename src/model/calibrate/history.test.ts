import { describe, expect, it } from "vitest";
import { defaultScenario } from "../inputs.ts";
import { logGamma } from "../random.ts";
import { historyBands, poissonQuantile } from "./history.ts";
import type { Fit, MonthlyPoint } from "./types.ts";

/** The default scenario: bfRate 150, bfAfter 15 % at 1.5×, bfOnsite 30 % at 90, bfHours 1.5, bfSrvHours 4, bfOutageHours 24, 2 servers. */
const scenario = defaultScenario();

function fitOf(partial: Partial<Fit> & Pick<Fit, "kind" | "source" | "history">): Fit {
  return {
    firstDate: 0, lastDate: 0, days: 0, months: partial.history.length, count: 0, staff: 20,
    fitted: [], notFitted: [], skipped: [], categoryMapped: false, userTickets: 0, serverTickets: 0,
    ...partial,
  };
}

const months = (values: number[]): MonthlyPoint[] => values.map((value, index) => ({ month: `2025-${String(index + 1).padStart(2, "0")}`, value }));

function poissonCdf(k: number, mean: number): number {
  let sum = 0;
  for (let i = 0; i <= k; i++) sum += Math.exp(i * Math.log(mean) - mean - logGamma(i + 1));
  return sum;
}

describe("poissonQuantile", () => {
  it.each([0.4, 3, 12.48, 75, 2500])("is the smallest count whose cumulative probability reaches the level (mean %d)", (mean) => {
    for (const level of [0.1, 0.9]) {
      const k = poissonQuantile(mean, level);
      expect(poissonCdf(k, mean)).toBeGreaterThanOrEqual(level);
      if (k > 0) expect(poissonCdf(k - 1, mean)).toBeLessThan(level);
    }
  });

  it("is 0 for a mean of 0", () => {
    expect(poissonQuantile(0, 0.9)).toBe(0);
  });
});

describe("historyBands", () => {
  it("sets tickets against the source's expected calls a month and their Poisson band", () => {
    const fit = fitOf({
      kind: "tickets",
      source: "breakFix",
      history: months([10, 12, 30]),
      fitted: [{ key: "issues", value: 0.78, unclamped: 0.78, clamped: false, basis: { code: "tickets", tickets: 1, months: 1 } }],
    });
    const { history, inside } = historyBands(scenario, fit);
    // 0.78 × 20 staff × 0.60 reported / (1 − 0.25) = 12.48 calls a month.
    expect(history.map((point) => point.expected)).toEqual([12.48, 12.48, 12.48].map((value) => expect.closeTo(value, 10)));
    // SciPy: P(X ≤ 8; 12.48) = 0.1260 ≥ 0.1 > P(X ≤ 7) = 0.0705; P(X ≤ 17) = 0.9168 ≥ 0.9 > P(X ≤ 16) = 0.8706.
    expect(history[0]).toMatchObject({ month: "2025-01", actual: 10, p10: 8, p90: 17 });
    expect(inside).toBe(2);
  });

  it("adds the server calls when a category column is mapped", () => {
    const fit = fitOf({
      kind: "tickets",
      source: "managed",
      categoryMapped: true,
      history: months([5]),
      fitted: [
        { key: "issues", value: 0.5, unclamped: 0.5, clamped: false, basis: { code: "tickets", tickets: 1, months: 1 } },
        { key: "srvIssues", value: 6, unclamped: 6, clamped: false, basis: { code: "serverTickets", tickets: 1, months: 1, servers: 1 } },
      ],
    });
    // Users 0.5 × 20 × (1 − 0.40) / (1 − 0.05) = 6.315789; servers 6 × 2 × 0.60 / 12 / 0.95 = 0.631579.
    expect(historyBands(scenario, fit).history[0]!.expected).toBeCloseTo(6.947368, 6);
  });

  it("sets break-fix invoices against the model's break-fix invoice and its simulated 10–90 % band", () => {
    const fit = fitOf({
      kind: "invoices",
      source: "breakFix",
      history: months([2764, 0, 9000, 2500, 2600, 2800]),
      fitted: [{ key: "bfRate", value: 150, unclamped: 150, clamped: false, basis: { code: "invoiceLines", lines: 5, hours: 1 } }],
    });
    const { history, inside } = historyBands(scenario, fit);
    // User calls 0.5 × 20 × 0.6 / 0.75 = 8 at 150 × 1.075 × 1.5 + 0.3 × 90 = 268.875: 2151;
    // server calls 3 × 2 / 12 / 0.75 = 0.6667 at 150 × 1.075 × 4 + 27 = 672: 448;
    // outages 0.5 / 12 at 150 × 1.075 × 24 + 90 = 3960: 165. In all 2764 a month, with no onboarding.
    for (const point of history) {
      expect(point.expected).toBeCloseTo(2764, 6);
      expect(point.p10).toBeLessThan(point.expected);
      expect(point.p90).toBeGreaterThan(point.expected);
    }
    expect(history[1]!.actual).toBe(0);
    expect(inside).toBe(history.filter(({ actual, p10, p90 }) => p10 <= actual && actual <= p90).length);
    expect(inside).toBeGreaterThanOrEqual(3);
    expect(inside).toBeLessThanOrEqual(4);
  });

  it("sets managed invoices against the managed invoice, a band of one value, without the onboarding fee", () => {
    const fit = fitOf({ kind: "invoices", source: "managed", history: months([2500, 2500.004, 2600]) });
    const { history, inside } = historyBands(scenario, fit);
    // max(500, 110 × 20 + 150 × 2) = 2500 every month.
    expect(history.map(({ expected, p10, p90 }) => [expected, p10, p90])).toEqual([[2500, 2500, 2500], [2500, 2500, 2500], [2500, 2500, 2500]]);
    expect(inside).toBe(2);
  });

  it("is empty for an empty history", () => {
    expect(historyBands(scenario, fitOf({ kind: "tickets", source: "breakFix", history: [] }))).toEqual({ history: [], inside: 0 });
  });
});
