/**
 * Expected monthly figures of both sides, their summaries, the difference, the break-even month
 * and the break-even issue rate (MODEL.md, "Arithmetic" and "Outputs"): the formulas of
 * formulas.ts on plain numbers, so they are the very figures explain.ts shows the working of.
 */
import { NUMBERS } from "./arithmetic.ts";
import * as formulas from "./formulas.ts";
import type { SideMonthOf } from "./formulas.ts";
import type { Scenario } from "./inputs.ts";

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

/** Every field of a side's month, in the order of SideMonth (the CSV's columns, the explainable parts). */
export const SIDE_MONTH_FIELDS = [
  "userCalls",
  "serverCalls",
  "outages",
  "livedWith",
  "invoice",
  "labour",
  "afterHoursPremium",
  "callOutFees",
  "fee",
  "onboarding",
  "downtimeHours",
  "downtimeCost",
  "total",
  "cumulative",
] as const satisfies readonly (keyof SideMonth)[];

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

/** Horizon totals of both sides: the quick path for sensitivity, size curve and break-even rate. */
export function horizonTotals(s: Scenario): { breakFix: number; managed: number } {
  return formulas.horizonTotals(NUMBERS, s);
}

/**
 * The first month from which managed's cumulative total stays at or below break-fix's to the end
 * of the horizon; null when even the last month is not.
 */
export function breakEvenMonth(months: readonly MonthFigures[]): number | null {
  return noneAsNull(
    formulas.breakEven(
      NUMBERS,
      months.map((month) => month.breakFix.cumulative),
      months.map((month) => month.managed.cumulative),
    ),
  );
}

/**
 * The issue rate at which both horizon totals are equal. Totals are linear in `issues`, so two
 * evaluations give each side's line; none when the crossing is negative or the lines are parallel.
 */
export function breakEvenIssues(s: Scenario): number | null {
  return noneAsNull(formulas.breakEvenIssues(NUMBERS, s));
}

/** The formulas mark "no such month" or "no such rate" with NaN; the interface says null. */
function noneAsNull(value: number): number | null {
  return Number.isNaN(value) ? null : value;
}

function withRunningTotal(month: SideMonthOf<number>, cumulative: number): SideMonth {
  // Named fields rather than spreads: spreading objects here made each month about 20× slower.
  return {
    userCalls: month.userCalls,
    serverCalls: month.serverCalls,
    outages: month.outages,
    livedWith: month.livedWith,
    invoice: month.invoice,
    labour: month.labour,
    afterHoursPremium: month.afterHoursPremium,
    callOutFees: month.callOutFees,
    fee: month.fee,
    onboarding: month.onboarding,
    downtimeHours: month.downtimeHours,
    downtimeCost: month.downtimeCost,
    total: month.total,
    cumulative,
  };
}

export function computeCosts(s: Scenario): CostResult {
  const figures = formulas.horizonMonths(NUMBERS, s);
  const bfRunning = formulas.runningTotals(NUMBERS, figures, "breakFix");
  const msRunning = formulas.runningTotals(NUMBERS, figures, "managed");
  const months: MonthFigures[] = figures.map((month, index) => ({
    month: month.month,
    seats: month.seats,
    breakFix: withRunningTotal(month.breakFix, bfRunning[index]!),
    managed: withRunningTotal(month.managed, msRunning[index]!),
  }));
  const breakFix = formulas.sideSummary(NUMBERS, figures, "breakFix");
  const managed = formulas.sideSummary(NUMBERS, figures, "managed");
  const difference = formulas.difference(NUMBERS, breakFix.total, managed.total);
  // 0 when the break-fix total is 0, and likewise when it is so close to 0 (a few 1e-324) that the
  // percentage overflows to Infinity.
  const percent = (difference / breakFix.total) * 100;
  return {
    months,
    breakFix,
    managed,
    difference,
    differencePercent: Number.isFinite(percent) ? percent : 0,
    breakEvenMonth: noneAsNull(formulas.breakEven(NUMBERS, bfRunning, msRunning)),
    breakEvenIssues: breakEvenIssues(s),
  };
}
