/**
 * Expected monthly figures of both sides, their summaries, the difference, the break-even month
 * and the break-even issue rate (MODEL.md, "Arithmetic" and "Outputs").
 */
import type { Scenario } from "./inputs.ts";
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

/** One side's figures for one month. Money in the scenario's currency, time in hours. */
export type SideMonth = {
  userCalls: number;
  serverCalls: number;
  outages: number;
  /** Problems lived with rather than called in (break-fix only; 0 for managed). */
  livedWith: number;
  invoice: number;
  /** The invoice split: labour at standard rates, after-hours premium, call-out fees (break-fix). */
  labour: number;
  afterHoursPremium: number;
  callOutFees: number;
  /** The invoice split: monthly fee and one-time onboarding (managed). */
  fee: number;
  onboarding: number;
  downtimeHours: number;
  downtimeCost: number;
  /** Invoice plus downtime cost when downtime counts, else the invoice. */
  total: number;
  cumulative: number;
};

export type SideSummary = {
  total: number;
  averageMonth: number;
  /** Horizon total divided by the sum over months of that month's seats. */
  perSeatMonth: number;
  downtimeHours: number;
};

export type MonthFigures = { month: number; seats: number; breakFix: SideMonth; managed: SideMonth };

export type CostResult = {
  months: MonthFigures[];
  breakFix: SideSummary;
  managed: SideSummary;
  /** Break-fix total − managed total over the horizon: positive means managed saves money. */
  difference: number;
  /** Difference as a percentage of the break-fix total (0 when that total is 0, or so near 0 that the percentage overflows). */
  differencePercent: number;
  breakEvenMonth: number | null;
  breakEvenIssues: number | null;
};

type MonthSides = { seats: number; breakFix: Omit<SideMonth, "cumulative">; managed: Omit<SideMonth, "cumulative"> };

/** Expected figures of one month, before cumulative sums. */
function monthSides(s: Scenario, bfTerms: CallTerms, msTerms: CallTerms, month: number): MonthSides {
  const seats = seatsInMonth(s, month);
  const bfCalls = breakFixExpectedCalls(s, seats);
  const msCalls = managedExpectedCalls(s, seats);

  const bfInvoice = breakFixInvoice(bfTerms, bfCalls.userCalls, bfCalls.serverCalls, bfCalls.outages);
  const labour =
    bfCalls.userCalls * bfTerms.userCallLabour +
    bfCalls.serverCalls * bfTerms.serverCallLabour +
    bfCalls.outages * bfTerms.outageLabour;
  const callOutFees =
    bfCalls.userCalls * bfTerms.userCallCallOut +
    bfCalls.serverCalls * bfTerms.serverCallCallOut +
    bfCalls.outages * bfTerms.outageCallOut;
  const bfDowntimeHours =
    downtimeHours(bfTerms, seats, bfCalls.userCalls, bfCalls.serverCalls, bfCalls.outages) +
    bfCalls.livedWith * s.bfLiveWith;

  const fee = managedFee(s, seats, endpointsInMonth(s, month));
  const onboarding = managedOnboarding(s, month);
  const msDowntimeHours = downtimeHours(msTerms, seats, msCalls.userCalls, msCalls.serverCalls, msCalls.outages);

  const side = (
    calls: typeof bfCalls,
    invoice: number,
    hours: number,
    split: Pick<SideMonth, "labour" | "afterHoursPremium" | "callOutFees" | "fee" | "onboarding">,
  ): Omit<SideMonth, "cumulative"> => {
    const downtimeCost = hours * s.staffCost;
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
      downtimeHours: hours,
      downtimeCost,
      total: s.downtime ? invoice + downtimeCost : invoice,
    };
  };

  return {
    seats,
    breakFix: side(bfCalls, bfInvoice, bfDowntimeHours, {
      labour,
      afterHoursPremium: bfInvoice - labour - callOutFees,
      callOutFees,
      fee: 0,
      onboarding: 0,
    }),
    managed: side(msCalls, fee + onboarding, msDowntimeHours, {
      labour: 0,
      afterHoursPremium: 0,
      callOutFees: 0,
      fee,
      onboarding,
    }),
  };
}

/** Horizon totals of both sides: the quick path for sensitivity, size curve and break-even rate. */
export function horizonTotals(s: Scenario): { breakFix: number; managed: number } {
  const bfTerms = breakFixCallTerms(s);
  const msTerms = managedCallTerms(s);
  let breakFix = 0;
  let managed = 0;
  for (let month = 1; month <= s.months; month++) {
    const sides = monthSides(s, bfTerms, msTerms, month);
    breakFix += sides.breakFix.total;
    managed += sides.managed.total;
  }
  return { breakFix, managed };
}

function summarise(months: MonthFigures[], side: "breakFix" | "managed"): SideSummary {
  let total = 0;
  let seatMonths = 0;
  let hours = 0;
  for (const month of months) {
    total += month[side].total;
    seatMonths += month.seats;
    hours += month[side].downtimeHours;
  }
  return {
    total,
    averageMonth: total / months.length,
    perSeatMonth: total / seatMonths,
    downtimeHours: hours,
  };
}

/**
 * The first month from which managed's cumulative total stays at or below break-fix's to the end
 * of the horizon; null when even the last month is not.
 */
export function breakEvenMonth(months: readonly MonthFigures[]): number | null {
  let first: number | null = null;
  for (let index = months.length - 1; index >= 0; index--) {
    const month = months[index]!;
    if (month.managed.cumulative <= month.breakFix.cumulative) first = month.month;
    else break;
  }
  return first;
}

/**
 * The issue rate at which both horizon totals are equal. Totals are linear in `issues`, so two
 * evaluations give each side's line; none when the crossing is negative or the lines are parallel.
 */
export function breakEvenIssues(s: Scenario): number | null {
  const atZero = horizonTotals({ ...s, issues: 0 });
  const atOne = horizonTotals({ ...s, issues: 1 });
  const slopeGap = atOne.breakFix - atZero.breakFix - (atOne.managed - atZero.managed);
  const scale = Math.max(Math.abs(atOne.breakFix), Math.abs(atOne.managed), 1);
  if (Math.abs(slopeGap) <= scale * 1e-12) return null;
  const rate = (atZero.managed - atZero.breakFix) / slopeGap;
  if (!Number.isFinite(rate) || rate < 0) return null;
  return rate;
}

export function computeCosts(s: Scenario): CostResult {
  const months: MonthFigures[] = [];
  let bfCumulative = 0;
  let msCumulative = 0;
  const bfTerms = breakFixCallTerms(s);
  const msTerms = managedCallTerms(s);
  for (let month = 1; month <= s.months; month++) {
    const sides = monthSides(s, bfTerms, msTerms, month);
    bfCumulative += sides.breakFix.total;
    msCumulative += sides.managed.total;
    months.push({
      month,
      seats: sides.seats,
      breakFix: { ...sides.breakFix, cumulative: bfCumulative },
      managed: { ...sides.managed, cumulative: msCumulative },
    });
  }
  const breakFix = summarise(months, "breakFix");
  const managed = summarise(months, "managed");
  const difference = breakFix.total - managed.total;
  // 0 when the break-fix total is 0, and likewise when it is so close to 0 (a few 1e-324) that the
  // percentage overflows to Infinity.
  const percent = (difference / breakFix.total) * 100;
  return {
    months,
    breakFix,
    managed,
    difference,
    differencePercent: Number.isFinite(percent) ? percent : 0,
    breakEvenMonth: breakEvenMonth(months),
    breakEvenIssues: breakEvenIssues(s),
  };
}
