/**
 * Every formula of MODEL.md's "Arithmetic", written once over an Arithmetic (arithmetic.ts): with
 * plain numbers they are the figures of computeCosts and simulate, with expressions they are the
 * same figures showing their working (explain.ts). Labels name each result for the explanation.
 */
import type { Arithmetic } from "./arithmetic.ts";
import type { Scenario } from "./inputs.ts";

export type Side = "breakFix" | "managed";

/** The label of the number 1 in "1 − share that recur" and the like. */
const ONE = "1";

/** What one call of each kind costs and keeps staff from working, on one side. */
export type CallTerms<T> = {
  /** Invoice per user call, server call and major outage (zero on the managed side). */
  readonly userCallInvoice: T;
  readonly serverCallInvoice: T;
  readonly outageInvoice: T;
  /** Invoice split per call: labour at the standard rate, after-hours premium, call-out fees. */
  readonly userCallLabour: T;
  readonly serverCallLabour: T;
  readonly outageLabour: T;
  readonly afterHoursFactor: T;
  readonly userCallCallOut: T;
  readonly serverCallCallOut: T;
  readonly outageCallOut: T;
  /** Staff-hours lost per user call. */
  readonly userCallDowntimeHours: T;
  /** Staff-hours lost per server call, per staff member (multiplied by seats in the month). */
  readonly serverCallDowntimeHoursPerSeat: T;
  /** Staff-hours lost per major outage, per staff member. */
  readonly outageDowntimeHoursPerSeat: T;
};

/** Expected counts in one month on one side. */
export type ExpectedCalls<T> = {
  readonly userCalls: T;
  readonly serverCalls: T;
  readonly outages: T;
  /** Problems staff live with rather than pay for a call (break-fix only). */
  readonly livedWith: T;
};

/** One side's figures for one month, before running totals. */
export type SideMonthOf<T> = {
  userCalls: T;
  serverCalls: T;
  outages: T;
  livedWith: T;
  invoice: T;
  labour: T;
  afterHoursPremium: T;
  callOutFees: T;
  fee: T;
  onboarding: T;
  /** Work a plan bills by the hour outside its flat fee (managed only; 0 for break-fix). */
  outsideWork: T;
  downtimeHours: T;
  downtimeCost: T;
  total: T;
};

/** One month of break-fix and one managed plan (the plan of the scenario or view it was computed from). */
export type MonthOf<T> = { month: number; seats: T; breakFix: SideMonthOf<T>; managed: SideMonthOf<T> };

function growthFactor<T>(a: Arithmetic<T>, s: Scenario, month: number): T {
  return a.power(
    "Growth since month 1",
    "factor",
    a.sum("1 + yearly growth", "factor", a.constant(1, ONE, "number"), a.percent(s, "growth")),
    a.constant((month - 1) / 12, "Years since month 1", "number"),
  );
}

/** Staff in month m (1-based): monthly compounding of yearly growth, a whole number, at least 1. */
export function seatsInMonth<T>(a: Arithmetic<T>, s: Scenario, month: number): T {
  return a.max(
    "Staff this month",
    "people",
    a.constant(1, "At least 1 person", "people"),
    a.round(
      "Staff, rounded to whole people",
      "people",
      a.product("Staff grown", "people", a.input(s, "seats"), growthFactor(a, s, month)),
    ),
  );
}

export function endpointsInMonth<T>(a: Arithmetic<T>, s: Scenario, month: number): T {
  return a.round(
    "Endpoints this month",
    "devices",
    a.product("Endpoints grown", "devices", a.input(s, "endpoints"), growthFactor(a, s, month)),
  );
}

export function breakFixCallTerms<T>(a: Arithmetic<T>, s: Scenario): CallTerms<T> {
  const afterHoursFactor = a.sum(
    "After-hours blend",
    "factor",
    a.constant(1, ONE, "number"),
    a.product(
      "After-hours share × (multiplier − 1)",
      "factor",
      a.percent(s, "bfAfter"),
      a.difference("Multiplier − 1", "factor", a.input(s, "bfAfterX"), a.constant(1, ONE, "number")),
    ),
  );
  const rate = a.input(s, "bfRate");
  const minimum = a.input(s, "bfMin");
  const increment = a.input(s, "bfStep");
  const labour = (what: string, hours: T) =>
    a.product(`Labour per ${what} at the standard rate`, "moneyPerCall", rate, a.billedHours(`Hours billed per ${what}`, hours, minimum, increment));
  const userCallLabour = labour("user call", a.input(s, "bfHours"));
  const serverCallLabour = labour("server call", a.input(s, "bfSrvHours"));
  const outageLabour = labour("major outage", a.input(s, "bfOutageHours"));
  const callOut = a.input(s, "bfCallOut");
  const expectedCallOut = a.product("Call-out fee per call (share on site × fee)", "moneyPerCall", a.percent(s, "bfOnsite"), callOut);
  const invoice = (what: string, callLabour: T, callOutFee: T) =>
    a.sum(
      `Price of a ${what}`,
      "moneyPerCall",
      a.product(`Labour per ${what} with the after-hours blend`, "moneyPerCall", callLabour, afterHoursFactor),
      callOutFee,
    );
  const loss = a.percent(s, "loss");
  const wait = a.input(s, "bfWait");
  return {
    userCallInvoice: invoice("user call", userCallLabour, expectedCallOut),
    serverCallInvoice: invoice("server call", serverCallLabour, expectedCallOut),
    outageInvoice: invoice("major outage", outageLabour, callOut),
    userCallLabour,
    serverCallLabour,
    outageLabour,
    afterHoursFactor,
    userCallCallOut: expectedCallOut,
    serverCallCallOut: expectedCallOut,
    outageCallOut: callOut,
    userCallDowntimeHours: a.product(
      "Staff-hours lost per user call",
      "staffHours",
      a.sum("Wait + repair hours", "hours", wait, a.input(s, "bfHours")),
      loss,
    ),
    serverCallDowntimeHoursPerSeat: serverDowntimePerSeat(a, s, wait, a.input(s, "bfSrvHours"), loss),
    outageDowntimeHoursPerSeat: a.input(s, "bfDown"),
  };
}

function serverDowntimePerSeat<T>(a: Arithmetic<T>, s: Scenario, wait: T, repair: T, loss: T): T {
  return a.product(
    "Staff-hours lost per server incident, per person",
    "hours",
    a.product("Work lost while it is open", "hours", a.sum("Wait + repair hours", "hours", wait, repair), loss),
    a.percent(s, "srvImpact"),
  );
}

export function managedCallTerms<T>(a: Arithmetic<T>, s: Scenario): CallTerms<T> {
  const none = a.constant(0, "Nothing: calls are covered by the fee", "moneyPerCall");
  const loss = a.percent(s, "loss");
  const wait = a.input(s, "msWait");
  return {
    userCallInvoice: none,
    serverCallInvoice: none,
    outageInvoice: none,
    userCallLabour: none,
    serverCallLabour: none,
    outageLabour: none,
    afterHoursFactor: a.constant(1, "No after-hours rates", "factor"),
    userCallCallOut: none,
    serverCallCallOut: none,
    outageCallOut: none,
    userCallDowntimeHours: a.product(
      "Staff-hours lost per user call",
      "staffHours",
      a.sum("Response + repair hours", "hours", wait, a.input(s, "msHours")),
      loss,
    ),
    serverCallDowntimeHoursPerSeat: serverDowntimePerSeat(a, s, wait, a.input(s, "msSrvHours"), loss),
    outageDowntimeHoursPerSeat: a.input(s, "msDown"),
  };
}


function newProblems<T>(a: Arithmetic<T>, s: Scenario, seats: T): T {
  return a.product("New problems", "problems", a.input(s, "issues"), seats);
}

export function breakFixExpectedCalls<T>(a: Arithmetic<T>, s: Scenario, seats: T): ExpectedCalls<T> {
  const recurrence = a.difference(
    "Calls per problem: 1 ÷ (1 − share that recur)",
    "fraction",
    a.constant(1, ONE, "number"),
    a.percent(s, "bfRecur"),
  );
  const reported = a.percent(s, "bfReported");
  const problems = newProblems(a, s, seats);
  return {
    userCalls: a.quotient(
      "User calls",
      "calls",
      a.product("Problems called in", "problems", problems, reported),
      recurrence,
    ),
    serverCalls: a.quotient(
      "Server calls",
      "calls",
      a.quotient(
        "Server incidents this month",
        "calls",
        a.product("Server incidents a year", "calls", a.input(s, "srvIssues"), a.input(s, "servers")),
        a.constant(12, "12 months", "months"),
      ),
      recurrence,
    ),
    outages: a.quotient("Major outages", "calls", a.input(s, "outages"), a.constant(12, "12 months", "months")),
    livedWith: a.product(
      "Problems lived with",
      "problems",
      problems,
      a.difference("Share not called in", "fraction", a.constant(1, ONE, "number"), reported),
    ),
  };
}

export function managedExpectedCalls<T>(a: Arithmetic<T>, s: Scenario, seats: T): ExpectedCalls<T> {
  const recurrence = a.difference(
    "Calls per problem: 1 ÷ (1 − share that recur)",
    "fraction",
    a.constant(1, ONE, "number"),
    a.percent(s, "msRecur"),
  );
  const fewer = a.difference(
    "Share of problems left after maintenance",
    "fraction",
    a.constant(1, ONE, "number"),
    a.percent(s, "msFewer"),
  );
  return {
    userCalls: a.quotient(
      "User calls",
      "calls",
      a.product("Problems left after maintenance", "problems", newProblems(a, s, seats), fewer),
      recurrence,
    ),
    serverCalls: a.quotient(
      "Server calls",
      "calls",
      a.quotient(
        "Server incidents this month",
        "calls",
        a.product(
          "Server incidents a year after maintenance",
          "calls",
          a.product("Server incidents a year", "calls", a.input(s, "srvIssues"), a.input(s, "servers")),
          fewer,
        ),
        a.constant(12, "12 months", "months"),
      ),
      recurrence,
    ),
    outages: a.quotient(
      "Major outages",
      "calls",
      a.product(
        "Major outages a year after maintenance",
        "calls",
        a.input(s, "outages"),
        a.difference("Share of outages left", "fraction", a.constant(1, ONE, "number"), a.percent(s, "msFewerOutages")),
      ),
      a.constant(12, "12 months", "months"),
    ),
    livedWith: a.constant(0, "None: problems are reported, not lived with", "problems"),
  };
}

/** The managed agreement's fee for a month, without onboarding: never below the minimum. */
export function managedFee<T>(a: Arithmetic<T>, s: Scenario, seats: T, endpoints: T): T {
  return a.max(
    "Monthly fee (at least the minimum)",
    "money",
    a.input(s, "msMin"),
    a.sum(
      "Fee by size",
      "money",
      a.product("Per staff member", "money", a.input(s, "msSeat"), seats),
      a.product("Per endpoint", "money", a.input(s, "msEndpoint"), endpoints),
      a.product("Per server", "money", a.input(s, "msServer"), a.input(s, "servers")),
    ),
  );
}

export function managedOnboarding<T>(a: Arithmetic<T>, s: Scenario, month: number): T {
  return month === 1 ? a.input(s, "msOnboard") : a.constant(0, "No onboarding after month 1", "money");
}

/**
 * Work a plan bills outside its flat fee (PLANS.md): its share of user and server calls, in exact
 * technician hours at its hourly rate, on expected or drawn calls. Major outages stay inside the fee.
 */
export function outsideWork<T>(a: Arithmetic<T>, s: Scenario, userCalls: T, serverCalls: T): T {
  return a.product(
    "Work billed outside the fee",
    "money",
    a.product(
      "Hours billed outside the fee",
      "hours",
      a.percent(s, "msOutside"),
      a.sum(
        "Technician hours on calls",
        "hours",
        a.product("On user calls", "hours", userCalls, a.input(s, "msHours")),
        a.product("On server calls", "hours", serverCalls, a.input(s, "msSrvHours")),
      ),
    ),
    a.input(s, "msRate"),
  );
}

/** Staff-hours lost in a month for given call counts (calls may be expected or drawn). */
export function downtimeHours<T>(a: Arithmetic<T>, terms: CallTerms<T>, seats: T, userCalls: T, serverCalls: T, outages: T): T {
  return a.sum(
    "Staff-hours lost to calls",
    "staffHours",
    a.product("Lost to user calls", "staffHours", userCalls, terms.userCallDowntimeHours),
    a.product(
      "Lost to server incidents",
      "staffHours",
      a.product("Per person affected", "hours", serverCalls, terms.serverCallDowntimeHoursPerSeat),
      seats,
    ),
    a.product(
      "Lost to major outages",
      "staffHours",
      a.product("Per person", "hours", outages, terms.outageDowntimeHoursPerSeat),
      seats,
    ),
  );
}

/** Each kind of call's count × its amount per call, summed: the break-fix invoice and its parts. */
function perCall<T>(a: Arithmetic<T>, label: string, userCalls: T, serverCalls: T, outages: T, perUserCall: T, perServerCall: T, perOutage: T): T {
  return a.sum(
    label,
    "money",
    a.product("User calls", "money", userCalls, perUserCall),
    a.product("Server calls", "money", serverCalls, perServerCall),
    a.product("Major outages", "money", outages, perOutage),
  );
}

/** Break-fix invoice for given call counts. */
export function breakFixInvoice<T>(a: Arithmetic<T>, terms: CallTerms<T>, userCalls: T, serverCalls: T, outages: T): T {
  return perCall(a, "Invoice", userCalls, serverCalls, outages, terms.userCallInvoice, terms.serverCallInvoice, terms.outageInvoice);
}

function sideMonth<T>(
  a: Arithmetic<T>,
  s: Scenario,
  calls: ExpectedCalls<T>,
  invoice: T,
  hours: T,
  split: Pick<SideMonthOf<T>, "labour" | "afterHoursPremium" | "callOutFees" | "fee" | "onboarding" | "outsideWork">,
): SideMonthOf<T> {
  const downtimeCost = a.product("Downtime cost", "money", hours, a.input(s, "staffCost"));
  // Named fields rather than spreads: spreading objects here made each month about 20× slower.
  return {
    userCalls: calls.userCalls,
    serverCalls: calls.serverCalls,
    outages: calls.outages,
    livedWith: calls.livedWith,
    invoice,
    labour: split.labour,
    afterHoursPremium: split.afterHoursPremium,
    callOutFees: split.callOutFees,
    fee: split.fee,
    onboarding: split.onboarding,
    outsideWork: split.outsideWork,
    downtimeHours: hours,
    downtimeCost,
    total: s.downtime
      ? a.sum("Total: invoice + downtime", "money", invoice, downtimeCost)
      : a.same("Total: the invoice (downtime not counted)", "money", invoice),
  };
}

export function breakFixMonth<T>(a: Arithmetic<T>, s: Scenario, terms: CallTerms<T>, seats: T): SideMonthOf<T> {
  const calls = breakFixExpectedCalls(a, s, seats);
  const { userCalls, serverCalls, outages } = calls;
  const invoice = breakFixInvoice(a, terms, userCalls, serverCalls, outages);
  const labour = perCall(a, "Labour at standard rates", userCalls, serverCalls, outages, terms.userCallLabour, terms.serverCallLabour, terms.outageLabour);
  const callOutFees = perCall(a, "Call-out fees", userCalls, serverCalls, outages, terms.userCallCallOut, terms.serverCallCallOut, terms.outageCallOut);
  const hours = a.sum(
    "Downtime",
    "staffHours",
    downtimeHours(a, terms, seats, userCalls, serverCalls, outages),
    a.product("Lost to problems lived with", "staffHours", calls.livedWith, a.input(s, "bfLiveWith")),
  );
  const none = a.constant(0, "None under break-fix", "money");
  return sideMonth(a, s, calls, invoice, hours, {
    labour,
    afterHoursPremium: a.difference("After-hours premium: invoice − labour − call-out fees", "money", invoice, labour, callOutFees),
    callOutFees,
    fee: none,
    onboarding: none,
    outsideWork: none,
  });
}

export function managedMonth<T>(a: Arithmetic<T>, s: Scenario, terms: CallTerms<T>, seats: T, month: number): SideMonthOf<T> {
  const calls = managedExpectedCalls(a, s, seats);
  const fee = managedFee(a, s, seats, endpointsInMonth(a, s, month));
  const onboarding = managedOnboarding(a, s, month);
  const outside = outsideWork(a, s, calls.userCalls, calls.serverCalls);
  const hours = downtimeHours(a, terms, seats, calls.userCalls, calls.serverCalls, calls.outages);
  const none = a.constant(0, "None: covered by the fee", "money");
  const invoice = a.sum("Invoice: fee + onboarding + work outside the fee", "money", fee, onboarding, outside);
  return sideMonth(a, s, calls, invoice, hours, {
    labour: none,
    afterHoursPremium: none,
    callOutFees: none,
    fee,
    onboarding,
    outsideWork: outside,
  });
}

/** Both sides' figures for one month. */
export function monthFigures<T>(
  a: Arithmetic<T>,
  s: Scenario,
  bfTerms: CallTerms<T>,
  msTerms: CallTerms<T>,
  month: number,
): MonthOf<T> {
  const seats = seatsInMonth(a, s, month);
  return {
    month,
    seats,
    breakFix: breakFixMonth(a, s, bfTerms, seats),
    managed: managedMonth(a, s, msTerms, seats, month),
  };
}

/** Every month of the horizon, break-fix and the scenario's (or view's) managed plan. */
export function horizonMonths<T>(a: Arithmetic<T>, s: Scenario): MonthOf<T>[] {
  const bfTerms = breakFixCallTerms(a, s);
  const msTerms = managedCallTerms(a, s);
  const months: MonthOf<T>[] = [];
  for (let month = 1; month <= s.months; month++) months.push(monthFigures(a, s, bfTerms, msTerms, month));
  return months;
}

/** Staff in each month of the horizon, month 1 first. */
export function horizonSeats<T>(a: Arithmetic<T>, s: Scenario): T[] {
  return Array.from({ length: s.months }, (_, index) => seatsInMonth(a, s, index + 1));
}

/** Break-fix's months alone, for the staff of each month (`horizonSeats`). */
export function breakFixMonths<T>(a: Arithmetic<T>, s: Scenario, seats: readonly T[]): SideMonthOf<T>[] {
  const terms = breakFixCallTerms(a, s);
  return seats.map((staff) => breakFixMonth(a, s, terms, staff));
}

/** One managed plan's months alone: `s` is the scenario seen through that plan (plans.ts). */
export function managedMonths<T>(a: Arithmetic<T>, s: Scenario, seats: readonly T[]): SideMonthOf<T>[] {
  const terms = managedCallTerms(a, s);
  return seats.map((staff, index) => managedMonth(a, s, terms, staff, index + 1));
}

export const SIDE_LABELS: Readonly<Record<Side, string>> = { breakFix: "Break-fix", managed: "Managed" };

/** What a side is called in an explanation: "Break-fix", or the managed plan's own name. */
export function sideName(s: Scenario, side: Side): string {
  return side === "breakFix" ? SIDE_LABELS.breakFix : s.msName;
}

const horizon = (count: number) => (count === 1 ? "1 month" : `${count} months`);

export type SideSummaryOf<T> = { total: T; averageMonth: T; perSeatMonth: T; downtimeHours: T };

/** A side's horizon figures (MODEL.md, "Outputs"), from its months. */
export function sideSummary<T>(
  a: Arithmetic<T>,
  months: readonly MonthOf<T>[],
  side: Side,
  name: string = SIDE_LABELS[side],
): SideSummaryOf<T> {
  const count = months.length;
  const total = a.total(`${name} total over ${horizon(count)}`, "money", months.map((month) => month[side].total));
  const seatMonths = a.total(
    `Staff summed over ${horizon(count)} (person-months)`,
    "seatMonths",
    months.map((month) => month.seats),
  );
  return {
    total,
    averageMonth: a.quotient(`${name} average month`, "money", total, a.constant(count, horizon(count), "months")),
    perSeatMonth: a.quotient(`${name} per person per month`, "moneyPerSeatMonth", total, seatMonths),
    downtimeHours: a.total(
      `${name} downtime over ${horizon(count)}`,
      "staffHours",
      months.map((month) => month[side].downtimeHours),
    ),
  };
}

/** A side's running totals, month by month. */
export function runningTotals<T>(
  a: Arithmetic<T>,
  months: readonly MonthOf<T>[],
  side: Side,
  name: string = SIDE_LABELS[side],
): T[] {
  return a.runningTotals(
    (count) => `${name} total to month ${count}`,
    "money",
    months.map((month) => month[side].total),
  );
}

/** Break-fix total − managed total: positive means managed saves money. */
export function difference<T>(a: Arithmetic<T>, breakFixTotal: T, managedTotal: T): T {
  return a.difference("Difference: break-fix total − managed total", "money", breakFixTotal, managedTotal);
}

/**
 * How far apart one input's two differences lie (MODEL.md, sensitivity): |higher − lower|, written
 * as the larger of the two gaps.
 */
export function swing<T>(a: Arithmetic<T>, lower: T, higher: T): T {
  return a.max(
    "Swing: the larger of the two gaps",
    "money",
    a.difference("Higher − lower", "money", higher, lower),
    a.difference("Lower − higher", "money", lower, higher),
  );
}

/** The first month from which managed's running total stays at or below break-fix's to the end. */
export function breakEven<T>(a: Arithmetic<T>, breakFixRunning: readonly T[], managedRunning: readonly T[]): T {
  return a.breakEvenMonth("Break-even month", breakFixRunning, managedRunning);
}

/** Horizon totals of both sides. */
export function horizonTotals<T>(a: Arithmetic<T>, s: Scenario): { breakFix: T; managed: T } {
  const months = horizonMonths(a, s);
  return {
    breakFix: a.total("Break-fix total", "money", months.map((month) => month.breakFix.total)),
    managed: a.total(`${sideName(s, "managed")} total`, "money", months.map((month) => month.managed.total)),
  };
}

/**
 * The issue rate at which both horizon totals are equal. Totals are linear in `issues`, so two
 * evaluations give each side's line; none (NaN) when the crossing is negative or the lines are parallel.
 */
export function breakEvenIssues<T>(a: Arithmetic<T>, s: Scenario): T {
  const atZero = horizonTotals(a, { ...s, issues: 0 });
  const atOne = horizonTotals(a, { ...s, issues: 1 });
  const slopeGap = a.difference(
    "What one more issue per person per month adds to break-fix, less what it adds to managed",
    "money",
    a.difference("Break-fix: total at 1 issue − total at 0", "money", atOne.breakFix, atZero.breakFix),
    a.difference(`${sideName(s, "managed")}: total at 1 issue − total at 0`, "money", atOne.managed, atZero.managed),
  );
  return a.crossing(
    "Break-even issue rate",
    "issueRate",
    a.difference("Managed's head start cost: managed − break-fix at 0 issues", "money", atZero.managed, atZero.breakFix),
    slopeGap,
    a.max("Scale of the totals", "money", a.max("Larger total at 1 issue", "money", atOne.breakFix, atOne.managed), a.constant(1, ONE, "money")),
  );
}
