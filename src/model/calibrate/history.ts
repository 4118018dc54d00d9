/**
 * The user's months against the model (CALIBRATE.md, "Invoices"): for each calendar month of the
 * records, what the user saw (spend or tickets), the model's expected value for a month and its
 * 10–90 % band, with the fitted inputs applied.
 *
 * The months are modelled as the period the records cover: the scenario with the fit applied, its
 * seats set to the staff the fit used, no headcount growth, the horizon as long as the history,
 * downtime left out (so a month's total is its invoice), and no onboarding fee (the records are of
 * support already running).
 * - Break-fix invoices: the break-fix invoice; the expected value from computeCosts, the band from
 *   simulate's monthly 10th and 90th percentiles.
 * - Managed invoices: the managed invoice, which draws nothing at random: the band is the value.
 * - Tickets: the source's expected calls a month, user calls plus server calls when a category
 *   column is mapped (server tickets are in the history then), else user calls; the band is the
 *   10th and 90th percentiles of a Poisson count with that mean (the smallest k whose cumulative
 *   probability reaches 0.1 and 0.9, the nearest-rank rule the simulation's percentiles use).
 * A month is inside the band when p10 ≤ actual ≤ p90, compared to the cent.
 * The first and last months are usually partly covered by the records; they are compared whole.
 */
import { computeCosts } from "../costs.ts";
import type { Scenario } from "../inputs.ts";
import { logGamma } from "../random.ts";
import { simulate } from "../simulate.ts";
import { breakFixExpectedCalls, managedExpectedCalls } from "../terms.ts";
import { calibrationScenario } from "./calibration-scenario.ts";
import { roundHalfAwayFromZero } from "./round.ts";
import type { Fit, HistoryBand } from "./types.ts";

const MAX_SEATS = 5000;

/** The smallest k with P(X ≤ k) ≥ q for X ~ Poisson(mean). */
export function poissonQuantile(mean: number, q: number): number {
  if (!(mean > 0)) return 0;
  // Below mean − 12 sd the cumulative probability is under 1e-30: start there.
  let k = Math.max(0, Math.floor(mean - 12 * Math.sqrt(mean) - 12));
  let cumulative = 0;
  for (;; k++) {
    cumulative += Math.exp(k * Math.log(mean) - mean - logGamma(k + 1));
    if (cumulative >= q) return k;
    if (k > mean + 50 * Math.sqrt(mean) + 50) return k;
  }
}

/** The scenario the history's months are modelled with. */
export function historyScenario(scenario: Scenario, fit: Fit): Scenario {
  return {
    ...calibrationScenario(scenario, fit),
    seats: Math.min(MAX_SEATS, Math.max(1, Math.round(fit.staff))),
    growth: 0,
    downtime: false,
    msOnboard: 0,
    months: fit.history.length,
  };
}

function expectedMonths(scenario: Scenario, fit: Fit): { expected: number; p10: number; p90: number }[] {
  const s = historyScenario(scenario, fit);
  if (fit.kind === "tickets") {
    const calls = fit.source === "breakFix" ? breakFixExpectedCalls(s, s.seats) : managedExpectedCalls(s, s.seats);
    const expected = calls.userCalls + (fit.categoryMapped ? calls.serverCalls : 0);
    const band = { expected, p10: poissonQuantile(expected, 0.1), p90: poissonQuantile(expected, 0.9) };
    return fit.history.map(() => band);
  }
  const costs = computeCosts(s).months;
  if (fit.source === "managed") {
    return costs.map(({ managed }) => ({ expected: managed.invoice, p10: managed.invoice, p90: managed.invoice }));
  }
  const simulated = simulate(s).months;
  return costs.map(({ breakFix }, index) => ({
    expected: breakFix.invoice,
    p10: simulated[index]!.breakFix.monthly.p10,
    p90: simulated[index]!.breakFix.monthly.p90,
  }));
}

export function historyBands(scenario: Scenario, fit: Fit): { history: HistoryBand[]; inside: number } {
  if (fit.history.length === 0) return { history: [], inside: 0 };
  const model = expectedMonths(scenario, fit);
  const history = fit.history.map(({ month, value }, index) => ({ month, actual: value, ...model[index]! }));
  const cents = (value: number) => roundHalfAwayFromZero(value);
  const inside = history.filter(({ actual, p10, p90 }) => cents(p10) <= cents(actual) && cents(actual) <= cents(p90)).length;
  return { history, inside };
}
