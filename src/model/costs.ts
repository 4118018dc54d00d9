/**
 * Expected monthly figures of both sides, their summaries, the difference, the break-even month
 * and the break-even issue rate (MODEL.md, "Arithmetic" and "Outputs"): the formulas of
 * formulas.ts on plain numbers, so they are the very figures explain.ts shows the working of.
 */
import { NUMBERS } from "./arithmetic.ts";
import * as formulas from "./formulas.ts";
import type { MonthOf, SideMonthOf } from "./formulas.ts";
import type { Scenario } from "./inputs.ts";
import { lowestIndex, planCount, planScenario, resolveFocus } from "./plans.ts";

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
  /** Work billed by the hour outside the flat fee (managed plans; 0 for break-fix). */
  outsideWork: number;
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
  "outsideWork",
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

/** A managed plan's summary, with the plan's name (PLANS.md). */
export type PlanSummary = SideSummary & { name: string };

/** `managed` is the focus plan's month; `plans` every plan's, plan 1 first. */
export type MonthFigures = { month: number; seats: number; breakFix: SideMonth; managed: SideMonth; plans: SideMonth[] };

export type CostResult = {
  months: MonthFigures[];
  breakFix: SideSummary;
  /** The focus plan's summary: every figure that speaks of "managed" is the focus plan's. */
  managed: SideSummary;
  /** Every plan's summary, plan 1 first. */
  plans: PlanSummary[];
  /** The plan the verdict compares with break-fix, 1-based: `focus`, or the cheapest plan when it is 0. */
  focus: number;
  /** The option with the lowest horizon total to the cent: 0 break-fix, k plan k (ties to the lowest). */
  cheapest: number;
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

/** Every option's months: break-fix's once, then each plan's, for the same staff month by month. */
function optionMonths(s: Scenario): { seats: number[]; breakFix: SideMonthOf<number>[]; plans: SideMonthOf<number>[][] } {
  const seats = formulas.horizonSeats(NUMBERS, s);
  const plans: SideMonthOf<number>[][] = [];
  for (let plan = 1; plan <= planCount(s); plan++) plans.push(formulas.managedMonths(NUMBERS, planScenario(s, plan), seats));
  return { seats, breakFix: formulas.breakFixMonths(NUMBERS, s, seats), plans };
}

function horizonTotal(months: readonly SideMonthOf<number>[]): number {
  let total = 0;
  for (const month of months) total += month.total;
  return total;
}

/** The focus plan (PLANS.md), 1-based: `focus`, or the plan with the lowest horizon total. */
export function focusPlan(s: Scenario): number {
  return s.focus >= 1 ? s.focus : resolveFocus(s, optionTotals(s).slice(1));
}

/** Every option's horizon total: index 0 break-fix, k plan k. */
export function optionTotals(s: Scenario): number[] {
  const { breakFix, plans } = optionMonths(s);
  return [horizonTotal(breakFix), ...plans.map(horizonTotal)];
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
    outsideWork: month.outsideWork,
    downtimeHours: month.downtimeHours,
    downtimeCost: month.downtimeCost,
    total: month.total,
    cumulative,
  };
}

export function computeCosts(s: Scenario): CostResult {
  const options = optionMonths(s);
  const figuresOf = (plan: SideMonthOf<number>[]): MonthOf<number>[] =>
    options.seats.map((seats, index) => ({ month: index + 1, seats, breakFix: options.breakFix[index]!, managed: plan[index]! }));
  const planFigures = options.plans.map(figuresOf);
  const bfRunning = formulas.runningTotals(NUMBERS, planFigures[0]!, "breakFix");
  const planRunning = planFigures.map((figures) => formulas.runningTotals(NUMBERS, figures, "managed"));
  const breakFix = formulas.sideSummary(NUMBERS, planFigures[0]!, "breakFix");
  const plans: PlanSummary[] = planFigures.map((figures, index) => ({
    ...formulas.sideSummary(NUMBERS, figures, "managed"),
    name: planScenario(s, index + 1).msName,
  }));
  const focus = resolveFocus(s, plans.map((plan) => plan.total));
  const months: MonthFigures[] = options.seats.map((seats, index) => {
    const planMonths = options.plans.map((plan, planIndex) => withRunningTotal(plan[index]!, planRunning[planIndex]![index]!));
    return {
      month: index + 1,
      seats,
      breakFix: withRunningTotal(options.breakFix[index]!, bfRunning[index]!),
      managed: planMonths[focus - 1]!,
      plans: planMonths,
    };
  });
  const managed = plans[focus - 1]!;
  const difference = formulas.difference(NUMBERS, breakFix.total, managed.total);
  // 0 when the break-fix total is 0, and likewise when it is so close to 0 (a few 1e-324) that the
  // percentage overflows to Infinity.
  const percent = (difference / breakFix.total) * 100;
  return {
    months,
    breakFix,
    managed: { total: managed.total, averageMonth: managed.averageMonth, perSeatMonth: managed.perSeatMonth, downtimeHours: managed.downtimeHours },
    plans,
    focus,
    cheapest: lowestIndex([breakFix.total, ...plans.map((plan) => plan.total)]),
    difference,
    differencePercent: Number.isFinite(percent) ? percent : 0,
    breakEvenMonth: noneAsNull(formulas.breakEven(NUMBERS, bfRunning, planRunning[focus - 1]!)),
    breakEvenIssues: breakEvenIssues(planScenario(s, focus)),
  };
}

/** Each plan's break-even month against break-fix (as `breakEvenMonth` is the focus plan's), plan 1 first. */
export function planBreakEvenMonths(result: CostResult): (number | null)[] {
  const breakFix = result.months.map((month) => month.breakFix.cumulative);
  return result.plans.map((_, index) =>
    noneAsNull(formulas.breakEven(NUMBERS, breakFix, result.months.map((month) => month.plans[index]!.cumulative))),
  );
}

/** The plain numbers with rounding left out: `endpointsInMonth` of one endpoint is then the month's growth factor itself. */
const UNROUNDED: typeof NUMBERS = { ...NUMBERS, round: (_label, _unit, value) => value };

/**
 * Every option's horizon total (as `optionTotals`) for any staff and endpoint count, with
 * everything that does not depend on them worked out once. Per month, break-fix's total and each
 * plan's total less its fee and onboarding are linear in the month's staff: their two
 * coefficients come from the formulas at 0 and 1 staff, so the horizon needs only the sum of the
 * months' staff. The fee, `max(msMin, …)`, is not linear: it is taken month by month, from its
 * coefficients found the same way. (The slopes are read over SLOPE_STEP staff rather than one, so
 * that a large fixed part's rounding error is not multiplied into every person-month.) Each month's staff and endpoints are rounded exactly as the
 * formulas round them. The totals agree with `optionTotals` to within rounding error (a small
 * fraction of a cent).
 */
const SLOPE_STEP = 2 ** 20;

export class LinearTotals {
  private readonly factors: Float64Array;
  private readonly breakFix: { atZero: number; perSeat: number };
  private readonly plans: { atZero: number; perSeat: number; onboarding: number; minimum: number; feeAtZero: number; feePerSeat: number; feePerEndpoint: number }[];

  /** `plans`: how many of the scenario's plans to total (all of them unless fewer are asked for). */
  constructor(s: Scenario, plans = planCount(s)) {
    const oneEndpoint = { ...s, endpoints: 1 };
    this.factors = Float64Array.from({ length: s.months }, (_, index) => formulas.endpointsInMonth(UNROUNDED, oneEndpoint, index + 1));
    const bfTerms = formulas.breakFixCallTerms(NUMBERS, s);
    const bfAtZero = formulas.breakFixMonth(NUMBERS, s, bfTerms, 0).total;
    this.breakFix = { atZero: bfAtZero, perSeat: (formulas.breakFixMonth(NUMBERS, s, bfTerms, SLOPE_STEP).total - bfAtZero) / SLOPE_STEP };
    this.plans = Array.from({ length: plans }, (_, index) => {
      const view = planScenario(s, index + 1);
      const terms = formulas.managedCallTerms(NUMBERS, view);
      const withoutFee = (seats: number) => {
        const month = formulas.managedMonth(NUMBERS, view, terms, seats, 1);
        return month.total - month.fee - month.onboarding;
      };
      const atZero = withoutFee(0);
      const noMinimum = { ...view, msMin: Number.NEGATIVE_INFINITY };
      const feeAtZero = formulas.managedFee(NUMBERS, noMinimum, 0, 0);
      return {
        atZero,
        perSeat: (withoutFee(SLOPE_STEP) - atZero) / SLOPE_STEP,
        onboarding: formulas.managedOnboarding(NUMBERS, view, 1),
        minimum: view.msMin,
        feeAtZero,
        feePerSeat: (formulas.managedFee(NUMBERS, noMinimum, SLOPE_STEP, 0) - feeAtZero) / SLOPE_STEP,
        feePerEndpoint: (formulas.managedFee(NUMBERS, noMinimum, 0, SLOPE_STEP) - feeAtZero) / SLOPE_STEP,
      };
    });
  }

  /** Horizon totals, index 0 break-fix, k plan k, with `seats` staff and `endpoints` endpoints in month 1. */
  totals(seats: number, endpoints: number): number[] {
    const { factors, breakFix, plans } = this;
    const months = factors.length;
    const fees = new Float64Array(plans.length);
    let seatMonths = 0;
    for (let month = 0; month < months; month++) {
      const factor = factors[month]!;
      const staff = Math.max(1, Math.round(seats * factor));
      const devices = Math.round(endpoints * factor);
      seatMonths += staff;
      for (let plan = 0; plan < plans.length; plan++) {
        const { minimum, feeAtZero, feePerSeat, feePerEndpoint } = plans[plan]!;
        fees[plan]! += Math.max(minimum, feeAtZero + feePerSeat * staff + feePerEndpoint * devices);
      }
    }
    const result = [months * breakFix.atZero + breakFix.perSeat * seatMonths];
    plans.forEach((plan, index) => result.push(months * plan.atZero + plan.perSeat * seatMonths + plan.onboarding + fees[index]!));
    return result;
  }
}
