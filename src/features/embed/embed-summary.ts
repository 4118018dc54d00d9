/** The figures the embed sends its host page with each event: every plan's, and which option is cheapest. */
import { planBreakEvenMonths, type CostResult, type Scenario } from "../../model/index.ts";
import type { ScenarioSummary } from "../../embed-loader/messages.ts";

export const BREAK_FIX_NAME = "Break-fix";

/**
 * `costs` are the scenario's figures as shown. A plan's break-even month is the model's for that
 * plan against break-fix: the same figure the verdict would give with that plan chosen.
 */
export function embedSummary(scenario: Scenario, costs: CostResult, currency: string): ScenarioSummary {
  const breakEven = planBreakEvenMonths(costs);
  const plans = costs.plans.map((plan, index) => ({
    name: plan.name,
    total: plan.total,
    perSeatMonth: plan.perSeatMonth,
    breakEvenMonth: breakEven[index]!,
  }));
  return {
    breakFixTotal: costs.breakFix.total,
    managedTotal: costs.managed.total,
    difference: costs.difference,
    breakEvenMonth: costs.breakEvenMonth,
    months: scenario.months,
    currency,
    plans,
    focus: costs.focus,
    cheapest: costs.cheapest,
    cheapestName: costs.cheapest === 0 ? BREAK_FIX_NAME : plans[costs.cheapest - 1]!.name,
  };
}
