/**
 * Every option side by side for the room: break-fix and each managed plan with its horizon total,
 * cost per person per month and break-even month against break-fix.
 */
import { t } from "@lingui/core/macro";
import { planBreakEvenMonths, type CostResult } from "../../model/index.ts";
import { planDisplayName } from "../../i18n/plan-names.ts";

export type LineupOption = {
  /** 0 break-fix, k plan k (PLANS.md's option numbers). */
  option: number;
  name: string;
  total: number;
  perSeatMonth: number;
  /** A plan's first month from which it stays at or below break-fix to date; null when none; absent for break-fix. */
  breakEvenMonth?: number | null;
  cheapest: boolean;
  /** The plan the verdict compares with break-fix. */
  focus: boolean;
};

export function lineup(costs: CostResult): LineupOption[] {
  const breakFix: LineupOption = {
    option: 0,
    name: t({ message: "Break-fix", comment: "Break-fix hourly support, named as one of the options" }),
    total: costs.breakFix.total,
    perSeatMonth: costs.breakFix.perSeatMonth,
    cheapest: costs.cheapest === 0,
    focus: false,
  };
  const breakEven = planBreakEvenMonths(costs);
  const plans = costs.plans.map((plan, index): LineupOption => ({
    option: index + 1,
    name: planDisplayName(plan.name, index + 1),
    total: plan.total,
    perSeatMonth: plan.perSeatMonth,
    breakEvenMonth: breakEven[index]!,
    cheapest: costs.cheapest === index + 1,
    focus: costs.focus === index + 1,
  }));
  return [breakFix, ...plans];
}
