/**
 * Every formula of MODEL.md's "Arithmetic", written once over an Arithmetic (arithmetic.ts): with
 * plain numbers they are the figures of computeCosts and simulate, with expressions they are the
 * same figures showing their working (explain.ts). Labels name each result for the explanation,
 * as codes with values (labels.ts): the page words them.
 */
import type { Arithmetic } from "./arithmetic.ts";
import type { Scenario } from "./inputs.ts";
import type { CallKind, Label, PlainLabelCode } from "./labels.ts";

export type Side = "breakFix" | "managed";

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
    "growthSinceMonth1",
    "factor",
    a.sum("onePlusYearlyGrowth", "factor", a.constant(1, "one", "number"), a.percent(s, "growth")),
    a.constant((month - 1) / 12, "yearsSinceMonth1", "number"),
  );
}

/** Staff in month m (1-based): monthly compounding of yearly growth, a whole number, at least 1. */
export function seatsInMonth<T>(a: Arithmetic<T>, s: Scenario, month: number): T {
  return a.max(
    "staffThisMonth",
    "people",
    a.constant(1, "atLeastOnePerson", "people"),
    a.round(
      "staffRounded",
      "people",
      a.product("staffGrown", "people", a.input(s, "seats"), growthFactor(a, s, month)),
    ),
  );
}

export function endpointsInMonth<T>(a: Arithmetic<T>, s: Scenario, month: number): T {
  return a.round(
    "endpointsThisMonth",
    "devices",
    a.product("endpointsGrown", "devices", a.input(s, "endpoints"), growthFactor(a, s, month)),
  );
}

/** The labels of one kind of call's break-fix price, made once rather than on every evaluation. */
function callLabels(call: CallKind): Record<"labour" | "billedHours" | "price" | "afterHours", Label> {
  return {
    labour: { code: "labourPerCallAtStandardRate", values: { call } },
    billedHours: { code: "hoursBilledPerCall", values: { call } },
    price: { code: "pricePerCall", values: { call } },
    afterHours: { code: "labourPerCallWithAfterHours", values: { call } },
  };
}

const CALL_LABELS: Readonly<Record<CallKind, ReturnType<typeof callLabels>>> = {
  user: callLabels("user"),
  server: callLabels("server"),
  outage: callLabels("outage"),
};

export function breakFixCallTerms<T>(a: Arithmetic<T>, s: Scenario): CallTerms<T> {
  const afterHoursFactor = a.sum(
    "afterHoursBlend",
    "factor",
    a.constant(1, "one", "number"),
    a.product(
      "afterHoursShareTimesExtra",
      "factor",
      a.percent(s, "bfAfter"),
      a.difference("multiplierLessOne", "factor", a.input(s, "bfAfterX"), a.constant(1, "one", "number")),
    ),
  );
  const rate = a.input(s, "bfRate");
  const minimum = a.input(s, "bfMin");
  const increment = a.input(s, "bfStep");
  const labour = (call: CallKind, hours: T) =>
    a.product(CALL_LABELS[call].labour, "moneyPerCall", rate, a.billedHours(CALL_LABELS[call].billedHours, hours, minimum, increment));
  const userCallLabour = labour("user", a.input(s, "bfHours"));
  const serverCallLabour = labour("server", a.input(s, "bfSrvHours"));
  const outageLabour = labour("outage", a.input(s, "bfOutageHours"));
  const callOut = a.input(s, "bfCallOut");
  const expectedCallOut = a.product("callOutFeePerCall", "moneyPerCall", a.percent(s, "bfOnsite"), callOut);
  const invoice = (call: CallKind, callLabour: T, callOutFee: T) =>
    a.sum(
      CALL_LABELS[call].price,
      "moneyPerCall",
      a.product(CALL_LABELS[call].afterHours, "moneyPerCall", callLabour, afterHoursFactor),
      callOutFee,
    );
  const loss = a.percent(s, "loss");
  const wait = a.input(s, "bfWait");
  return {
    userCallInvoice: invoice("user", userCallLabour, expectedCallOut),
    serverCallInvoice: invoice("server", serverCallLabour, expectedCallOut),
    outageInvoice: invoice("outage", outageLabour, callOut),
    userCallLabour,
    serverCallLabour,
    outageLabour,
    afterHoursFactor,
    userCallCallOut: expectedCallOut,
    serverCallCallOut: expectedCallOut,
    outageCallOut: callOut,
    userCallDowntimeHours: a.product(
      "staffHoursLostPerUserCall",
      "staffHours",
      a.sum("waitPlusRepairHours", "hours", wait, a.input(s, "bfHours")),
      loss,
    ),
    serverCallDowntimeHoursPerSeat: serverDowntimePerSeat(a, s, wait, a.input(s, "bfSrvHours"), loss),
    outageDowntimeHoursPerSeat: a.input(s, "bfDown"),
  };
}

function serverDowntimePerSeat<T>(a: Arithmetic<T>, s: Scenario, wait: T, repair: T, loss: T): T {
  return a.product(
    "staffHoursLostPerServerIncident",
    "hours",
    a.product("workLostWhileOpen", "hours", a.sum("waitPlusRepairHours", "hours", wait, repair), loss),
    a.percent(s, "srvImpact"),
  );
}

export function managedCallTerms<T>(a: Arithmetic<T>, s: Scenario): CallTerms<T> {
  const none = a.constant(0, "callsCoveredByFee", "moneyPerCall");
  const loss = a.percent(s, "loss");
  const wait = a.input(s, "msWait");
  return {
    userCallInvoice: none,
    serverCallInvoice: none,
    outageInvoice: none,
    userCallLabour: none,
    serverCallLabour: none,
    outageLabour: none,
    afterHoursFactor: a.constant(1, "noAfterHoursRates", "factor"),
    userCallCallOut: none,
    serverCallCallOut: none,
    outageCallOut: none,
    userCallDowntimeHours: a.product(
      "staffHoursLostPerUserCall",
      "staffHours",
      a.sum("responsePlusRepairHours", "hours", wait, a.input(s, "msHours")),
      loss,
    ),
    serverCallDowntimeHoursPerSeat: serverDowntimePerSeat(a, s, wait, a.input(s, "msSrvHours"), loss),
    outageDowntimeHoursPerSeat: a.input(s, "msDown"),
  };
}


function newProblems<T>(a: Arithmetic<T>, s: Scenario, seats: T): T {
  return a.product("newProblems", "problems", a.input(s, "issues"), seats);
}

export function breakFixExpectedCalls<T>(a: Arithmetic<T>, s: Scenario, seats: T): ExpectedCalls<T> {
  const recurrence = a.difference(
    "callsPerProblem",
    "fraction",
    a.constant(1, "one", "number"),
    a.percent(s, "bfRecur"),
  );
  const reported = a.percent(s, "bfReported");
  const problems = newProblems(a, s, seats);
  return {
    userCalls: a.quotient(
      "userCalls",
      "calls",
      a.product("problemsCalledIn", "problems", problems, reported),
      recurrence,
    ),
    serverCalls: a.quotient(
      "serverCalls",
      "calls",
      a.quotient(
        "serverIncidentsThisMonth",
        "calls",
        a.product("serverIncidentsAYear", "calls", a.input(s, "srvIssues"), a.input(s, "servers")),
        a.constant(12, "twelveMonths", "months"),
      ),
      recurrence,
    ),
    outages: a.quotient("majorOutages", "calls", a.input(s, "outages"), a.constant(12, "twelveMonths", "months")),
    livedWith: a.product(
      "problemsLivedWith",
      "problems",
      problems,
      a.difference("shareNotCalledIn", "fraction", a.constant(1, "one", "number"), reported),
    ),
  };
}

export function managedExpectedCalls<T>(a: Arithmetic<T>, s: Scenario, seats: T): ExpectedCalls<T> {
  const recurrence = a.difference(
    "callsPerProblem",
    "fraction",
    a.constant(1, "one", "number"),
    a.percent(s, "msRecur"),
  );
  const fewer = a.difference(
    "shareOfProblemsLeft",
    "fraction",
    a.constant(1, "one", "number"),
    a.percent(s, "msFewer"),
  );
  return {
    userCalls: a.quotient(
      "userCalls",
      "calls",
      a.product("problemsLeftAfterMaintenance", "problems", newProblems(a, s, seats), fewer),
      recurrence,
    ),
    serverCalls: a.quotient(
      "serverCalls",
      "calls",
      a.quotient(
        "serverIncidentsThisMonth",
        "calls",
        a.product(
          "serverIncidentsAYearAfterMaintenance",
          "calls",
          a.product("serverIncidentsAYear", "calls", a.input(s, "srvIssues"), a.input(s, "servers")),
          fewer,
        ),
        a.constant(12, "twelveMonths", "months"),
      ),
      recurrence,
    ),
    outages: a.quotient(
      "majorOutages",
      "calls",
      a.product(
        "majorOutagesAYearAfterMaintenance",
        "calls",
        a.input(s, "outages"),
        a.difference("shareOfOutagesLeft", "fraction", a.constant(1, "one", "number"), a.percent(s, "msFewerOutages")),
      ),
      a.constant(12, "twelveMonths", "months"),
    ),
    livedWith: a.constant(0, "noProblemsLivedWith", "problems"),
  };
}

/** The managed agreement's fee for a month, without onboarding: never below the minimum. */
export function managedFee<T>(a: Arithmetic<T>, s: Scenario, seats: T, endpoints: T): T {
  return a.max(
    "monthlyFee",
    "money",
    a.input(s, "msMin"),
    a.sum(
      "feeBySize",
      "money",
      a.product("feePerStaffMember", "money", a.input(s, "msSeat"), seats),
      a.product("feePerEndpoint", "money", a.input(s, "msEndpoint"), endpoints),
      a.product("feePerServer", "money", a.input(s, "msServer"), a.input(s, "servers")),
    ),
  );
}

export function managedOnboarding<T>(a: Arithmetic<T>, s: Scenario, month: number): T {
  return month === 1 ? a.input(s, "msOnboard") : a.constant(0, "noOnboardingAfterMonth1", "money");
}

/**
 * Work a plan bills outside its flat fee (PLANS.md): its share of user and server calls, in exact
 * technician hours at its hourly rate, on expected or drawn calls. Major outages stay inside the fee.
 */
export function outsideWork<T>(a: Arithmetic<T>, s: Scenario, userCalls: T, serverCalls: T): T {
  return a.product(
    "workOutsideFee",
    "money",
    a.product(
      "hoursOutsideFee",
      "hours",
      a.percent(s, "msOutside"),
      a.sum(
        "technicianHoursOnCalls",
        "hours",
        a.product("onUserCalls", "hours", userCalls, a.input(s, "msHours")),
        a.product("onServerCalls", "hours", serverCalls, a.input(s, "msSrvHours")),
      ),
    ),
    a.input(s, "msRate"),
  );
}

/** Staff-hours lost in a month for given call counts (calls may be expected or drawn). */
export function downtimeHours<T>(a: Arithmetic<T>, terms: CallTerms<T>, seats: T, userCalls: T, serverCalls: T, outages: T): T {
  return a.sum(
    "staffHoursLostToCalls",
    "staffHours",
    a.product("lostToUserCalls", "staffHours", userCalls, terms.userCallDowntimeHours),
    a.product(
      "lostToServerIncidents",
      "staffHours",
      a.product("perPersonAffected", "hours", serverCalls, terms.serverCallDowntimeHoursPerSeat),
      seats,
    ),
    a.product(
      "lostToMajorOutages",
      "staffHours",
      a.product("perPerson", "hours", outages, terms.outageDowntimeHoursPerSeat),
      seats,
    ),
  );
}

/** Each kind of call's count × its amount per call, summed: the break-fix invoice and its parts. */
function perCall<T>(a: Arithmetic<T>, label: PlainLabelCode, userCalls: T, serverCalls: T, outages: T, perUserCall: T, perServerCall: T, perOutage: T): T {
  return a.sum(
    label,
    "money",
    a.product("userCalls", "money", userCalls, perUserCall),
    a.product("serverCalls", "money", serverCalls, perServerCall),
    a.product("majorOutages", "money", outages, perOutage),
  );
}

/** Break-fix invoice for given call counts. */
export function breakFixInvoice<T>(a: Arithmetic<T>, terms: CallTerms<T>, userCalls: T, serverCalls: T, outages: T): T {
  return perCall(a, "invoice", userCalls, serverCalls, outages, terms.userCallInvoice, terms.serverCallInvoice, terms.outageInvoice);
}

function sideMonth<T>(
  a: Arithmetic<T>,
  s: Scenario,
  calls: ExpectedCalls<T>,
  invoice: T,
  hours: T,
  split: Pick<SideMonthOf<T>, "labour" | "afterHoursPremium" | "callOutFees" | "fee" | "onboarding" | "outsideWork">,
): SideMonthOf<T> {
  const downtimeCost = a.product("downtimeCost", "money", hours, a.input(s, "staffCost"));
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
      ? a.sum("totalInvoicePlusDowntime", "money", invoice, downtimeCost)
      : a.same("totalInvoiceOnly", "money", invoice),
  };
}

export function breakFixMonth<T>(a: Arithmetic<T>, s: Scenario, terms: CallTerms<T>, seats: T): SideMonthOf<T> {
  const calls = breakFixExpectedCalls(a, s, seats);
  const { userCalls, serverCalls, outages } = calls;
  const invoice = breakFixInvoice(a, terms, userCalls, serverCalls, outages);
  const labour = perCall(a, "labourAtStandardRates", userCalls, serverCalls, outages, terms.userCallLabour, terms.serverCallLabour, terms.outageLabour);
  const callOutFees = perCall(a, "callOutFees", userCalls, serverCalls, outages, terms.userCallCallOut, terms.serverCallCallOut, terms.outageCallOut);
  const hours = a.sum(
    "downtime",
    "staffHours",
    downtimeHours(a, terms, seats, userCalls, serverCalls, outages),
    a.product("lostToProblemsLivedWith", "staffHours", calls.livedWith, a.input(s, "bfLiveWith")),
  );
  const none = a.constant(0, "noneUnderBreakFix", "money");
  return sideMonth(a, s, calls, invoice, hours, {
    labour,
    afterHoursPremium: a.difference("afterHoursPremium", "money", invoice, labour, callOutFees),
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
  const none = a.constant(0, "noneCoveredByFee", "money");
  const invoice = a.sum("managedInvoice", "money", fee, onboarding, outside);
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

/** The name of the side's plan as labels carry it: the managed plan's own name; empty for break-fix. */
export function planName(s: Scenario, side: Side): string {
  return side === "breakFix" ? "" : s.msName;
}

export type SideSummaryOf<T> = { total: T; averageMonth: T; perSeatMonth: T; downtimeHours: T };

/**
 * A side's horizon figures (MODEL.md, "Outputs"), from its months. `plan` names the managed plan
 * in the labels (planName); the figures do not depend on it.
 */
export function sideSummary<T>(a: Arithmetic<T>, months: readonly MonthOf<T>[], side: Side, plan = ""): SideSummaryOf<T> {
  const count = months.length;
  const total = a.total(
    { code: "sideTotalOverHorizon", values: { side, plan, months: count } },
    "money",
    months.map((month) => month[side].total),
  );
  const seatMonths = a.total(
    { code: "staffSummedOverHorizon", values: { months: count } },
    "seatMonths",
    months.map((month) => month.seats),
  );
  return {
    total,
    averageMonth: a.quotient(
      { code: "sideAverageMonth", values: { side, plan } },
      "money",
      total,
      a.constant(count, { code: "horizon", values: { months: count } }, "months"),
    ),
    perSeatMonth: a.quotient({ code: "sidePerPersonPerMonth", values: { side, plan } }, "moneyPerSeatMonth", total, seatMonths),
    downtimeHours: a.total(
      { code: "sideDowntimeOverHorizon", values: { side, plan, months: count } },
      "staffHours",
      months.map((month) => month[side].downtimeHours),
    ),
  };
}

/** A side's running totals, month by month; `plan` as for sideSummary. */
export function runningTotals<T>(a: Arithmetic<T>, months: readonly MonthOf<T>[], side: Side, plan = ""): T[] {
  return a.runningTotals(
    (count) => ({ code: "sideTotalToMonth", values: { side, plan, month: count } }),
    "money",
    months.map((month) => month[side].total),
  );
}

/** Break-fix total − managed total: positive means managed saves money. */
export function difference<T>(a: Arithmetic<T>, breakFixTotal: T, managedTotal: T): T {
  return a.difference("difference", "money", breakFixTotal, managedTotal);
}

/**
 * How far apart one input's two differences lie (MODEL.md, sensitivity): |higher − lower|, written
 * as the larger of the two gaps.
 */
export function swing<T>(a: Arithmetic<T>, lower: T, higher: T): T {
  return a.max(
    "swing",
    "money",
    a.difference("higherLessLower", "money", higher, lower),
    a.difference("lowerLessHigher", "money", lower, higher),
  );
}

/** The first month from which managed's running total stays at or below break-fix's to the end. */
export function breakEven<T>(a: Arithmetic<T>, breakFixRunning: readonly T[], managedRunning: readonly T[]): T {
  return a.breakEvenMonth("breakEvenMonth", breakFixRunning, managedRunning);
}

const BREAK_FIX_TOTAL: Label = { code: "sideTotal", values: { side: "breakFix", plan: "" } };
const BREAK_FIX_SLOPE: Label = { code: "sideTotalAtOneIssueLessZero", values: { side: "breakFix", plan: "" } };

/** Horizon totals of both sides. */
export function horizonTotals<T>(a: Arithmetic<T>, s: Scenario): { breakFix: T; managed: T } {
  const months = horizonMonths(a, s);
  return {
    breakFix: a.total(BREAK_FIX_TOTAL, "money", months.map((month) => month.breakFix.total)),
    managed: a.total({ code: "sideTotal", values: { side: "managed", plan: s.msName } }, "money", months.map((month) => month.managed.total)),
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
    "slopeGap",
    "money",
    a.difference(BREAK_FIX_SLOPE, "money", atOne.breakFix, atZero.breakFix),
    a.difference(
      { code: "sideTotalAtOneIssueLessZero", values: { side: "managed", plan: s.msName } },
      "money",
      atOne.managed,
      atZero.managed,
    ),
  );
  return a.crossing(
    "breakEvenIssueRate",
    "issueRate",
    a.difference("headStart", "money", atZero.managed, atZero.breakFix),
    slopeGap,
    a.max("scaleOfTotals", "money", a.max("largerTotalAtOneIssue", "money", atOne.breakFix, atOne.managed), a.constant(1, "one", "money")),
  );
}
