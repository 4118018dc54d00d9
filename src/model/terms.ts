/**
 * The per-call prices, per-call downtime and per-month expected call counts that both the
 * expected-value model (costs.ts) and the Monte Carlo simulation (simulate.ts) are built from,
 * so the two can never disagree about the arithmetic of MODEL.md.
 */
import type { Scenario } from "./inputs.ts";

/** A whole percent as a fraction: 25 → 0.25. */
const fraction = (percent: number): number => percent / 100;

/** Hours billed for a call of `hours` technician hours under break-fix terms. */
export function billedHours(hours: number, minimumHours: number, incrementHours: number): number {
  // The 1e-9 keeps 1.5 h at 0.25 h increments from rounding up to 1.75 through float error.
  // An increment so small (below about 1e-305 h) that the count of increments overflows to
  // Infinity bills exact time, the limit of the rounding, rather than Infinity or NaN.
  const increments = hours / incrementHours;
  const rounded =
    incrementHours > 0 && Number.isFinite(increments) ? Math.ceil(increments - 1e-9) * incrementHours : hours;
  return Math.max(minimumHours, rounded);
}

/** Staff in month m (1-based): monthly compounding of yearly growth, a whole number, at least 1. */
export function seatsInMonth(scenario: Scenario, month: number): number {
  return Math.max(1, Math.round(scenario.seats * growthFactor(scenario, month)));
}

export function endpointsInMonth(scenario: Scenario, month: number): number {
  return Math.round(scenario.endpoints * growthFactor(scenario, month));
}

function growthFactor(scenario: Scenario, month: number): number {
  return (1 + fraction(scenario.growth)) ** ((month - 1) / 12);
}

/** What one call of each kind costs and keeps staff from working, on one side. */
export type CallTerms = {
  /** Invoice per user call, server call and major outage (zero on the managed side). */
  readonly userCallInvoice: number;
  readonly serverCallInvoice: number;
  readonly outageInvoice: number;
  /** Invoice split per call: labour at the standard rate, after-hours premium, call-out fees. */
  readonly userCallLabour: number;
  readonly serverCallLabour: number;
  readonly outageLabour: number;
  readonly afterHoursFactor: number;
  readonly userCallCallOut: number;
  readonly serverCallCallOut: number;
  readonly outageCallOut: number;
  /** Staff-hours lost per user call. */
  readonly userCallDowntimeHours: number;
  /** Staff-hours lost per server call, per staff member (multiplied by seats in the month). */
  readonly serverCallDowntimeHoursPerSeat: number;
  /** Staff-hours lost per major outage, per staff member. */
  readonly outageDowntimeHoursPerSeat: number;
};

export function breakFixCallTerms(s: Scenario): CallTerms {
  const afterHoursFactor = 1 + fraction(s.bfAfter) * (s.bfAfterX - 1);
  const onsite = fraction(s.bfOnsite);
  const userCallLabour = s.bfRate * billedHours(s.bfHours, s.bfMin, s.bfStep);
  const serverCallLabour = s.bfRate * billedHours(s.bfSrvHours, s.bfMin, s.bfStep);
  const outageLabour = s.bfRate * billedHours(s.bfOutageHours, s.bfMin, s.bfStep);
  const loss = fraction(s.loss);
  return {
    userCallInvoice: userCallLabour * afterHoursFactor + onsite * s.bfCallOut,
    serverCallInvoice: serverCallLabour * afterHoursFactor + onsite * s.bfCallOut,
    outageInvoice: outageLabour * afterHoursFactor + s.bfCallOut,
    userCallLabour,
    serverCallLabour,
    outageLabour,
    afterHoursFactor,
    userCallCallOut: onsite * s.bfCallOut,
    serverCallCallOut: onsite * s.bfCallOut,
    outageCallOut: s.bfCallOut,
    userCallDowntimeHours: (s.bfWait + s.bfHours) * loss,
    serverCallDowntimeHoursPerSeat: (s.bfWait + s.bfSrvHours) * loss * fraction(s.srvImpact),
    outageDowntimeHoursPerSeat: s.bfDown,
  };
}

export function managedCallTerms(s: Scenario): CallTerms {
  const loss = fraction(s.loss);
  return {
    userCallInvoice: 0,
    serverCallInvoice: 0,
    outageInvoice: 0,
    userCallLabour: 0,
    serverCallLabour: 0,
    outageLabour: 0,
    afterHoursFactor: 1,
    userCallCallOut: 0,
    serverCallCallOut: 0,
    outageCallOut: 0,
    userCallDowntimeHours: (s.msWait + s.msHours) * loss,
    serverCallDowntimeHoursPerSeat: (s.msWait + s.msSrvHours) * loss * fraction(s.srvImpact),
    outageDowntimeHoursPerSeat: s.msDown,
  };
}

/** Expected counts in one month on one side. */
export type ExpectedCalls = {
  readonly userCalls: number;
  readonly serverCalls: number;
  readonly outages: number;
  /** Problems staff live with rather than pay for a call (break-fix only). */
  readonly livedWith: number;
};

export function breakFixExpectedCalls(s: Scenario, seats: number): ExpectedCalls {
  const recurrence = 1 - fraction(s.bfRecur);
  const reported = fraction(s.bfReported);
  return {
    userCalls: (s.issues * seats * reported) / recurrence,
    serverCalls: (s.srvIssues * s.servers) / 12 / recurrence,
    outages: s.outages / 12,
    livedWith: s.issues * seats * (1 - reported),
  };
}

export function managedExpectedCalls(s: Scenario, seats: number): ExpectedCalls {
  const recurrence = 1 - fraction(s.msRecur);
  const fewer = 1 - fraction(s.msFewer);
  return {
    userCalls: (s.issues * seats * fewer) / recurrence,
    serverCalls: (s.srvIssues * s.servers * fewer) / 12 / recurrence,
    outages: (s.outages * (1 - fraction(s.msFewerOutages))) / 12,
    livedWith: 0,
  };
}

/** The managed agreement's fee for a month, without onboarding: never below the minimum. */
export function managedFee(s: Scenario, seats: number, endpoints: number): number {
  return Math.max(s.msMin, s.msSeat * seats + s.msEndpoint * endpoints + s.msServer * s.servers);
}

export function managedOnboarding(s: Scenario, month: number): number {
  return month === 1 ? s.msOnboard : 0;
}

/** Staff-hours lost in a month for given call counts (calls may be expected or drawn). */
export function downtimeHours(
  terms: CallTerms,
  seats: number,
  userCalls: number,
  serverCalls: number,
  outages: number,
): number {
  return (
    userCalls * terms.userCallDowntimeHours +
    serverCalls * terms.serverCallDowntimeHoursPerSeat * seats +
    outages * terms.outageDowntimeHoursPerSeat * seats
  );
}

/** Break-fix invoice for given call counts. */
export function breakFixInvoice(
  terms: CallTerms,
  userCalls: number,
  serverCalls: number,
  outages: number,
): number {
  return (
    userCalls * terms.userCallInvoice +
    serverCalls * terms.serverCallInvoice +
    outages * terms.outageInvoice
  );
}
