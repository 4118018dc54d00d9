/**
 * The per-call prices, per-call downtime and per-month expected call counts that both the
 * expected-value model (costs.ts) and the Monte Carlo simulation (simulate.ts) are built from,
 * so the two can never disagree about the arithmetic of MODEL.md: the formulas of formulas.ts,
 * evaluated on plain numbers.
 */
import { NUMBERS } from "./arithmetic.ts";
import * as formulas from "./formulas.ts";
import type { Scenario } from "./inputs.ts";

export { billedHours } from "./arithmetic.ts";

/** What one call of each kind costs and keeps staff from working, on one side. */
export type CallTerms = formulas.CallTerms<number>;

/** Expected counts in one month on one side. */
export type ExpectedCalls = formulas.ExpectedCalls<number>;

/** Staff in month m (1-based): monthly compounding of yearly growth, a whole number, at least 1. */
export function seatsInMonth(scenario: Scenario, month: number): number {
  return formulas.seatsInMonth(NUMBERS, scenario, month);
}

export function endpointsInMonth(scenario: Scenario, month: number): number {
  return formulas.endpointsInMonth(NUMBERS, scenario, month);
}

export function breakFixCallTerms(s: Scenario): CallTerms {
  return formulas.breakFixCallTerms(NUMBERS, s);
}

export function managedCallTerms(s: Scenario): CallTerms {
  return formulas.managedCallTerms(NUMBERS, s);
}

export function breakFixExpectedCalls(s: Scenario, seats: number): ExpectedCalls {
  return formulas.breakFixExpectedCalls(NUMBERS, s, seats);
}

export function managedExpectedCalls(s: Scenario, seats: number): ExpectedCalls {
  return formulas.managedExpectedCalls(NUMBERS, s, seats);
}

/** The managed agreement's fee for a month, without onboarding: never below the minimum. */
export function managedFee(s: Scenario, seats: number, endpoints: number): number {
  return formulas.managedFee(NUMBERS, s, seats, endpoints);
}

export function managedOnboarding(s: Scenario, month: number): number {
  return formulas.managedOnboarding(NUMBERS, s, month);
}

/** Work a plan bills outside its flat fee for given user and server calls (`s` seen through the plan). */
export function outsideWork(s: Scenario, userCalls: number, serverCalls: number): number {
  return formulas.outsideWork(NUMBERS, s, userCalls, serverCalls);
}

/** Staff-hours lost in a month for given call counts (calls may be expected or drawn). */
export function downtimeHours(
  terms: CallTerms,
  seats: number,
  userCalls: number,
  serverCalls: number,
  outages: number,
): number {
  return formulas.downtimeHours(NUMBERS, terms, seats, userCalls, serverCalls, outages);
}

/** Break-fix invoice for given call counts. */
export function breakFixInvoice(terms: CallTerms, userCalls: number, serverCalls: number, outages: number): number {
  return formulas.breakFixInvoice(NUMBERS, terms, userCalls, serverCalls, outages);
}
