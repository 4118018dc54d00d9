/**
 * Which managed plan an explanation is about. With several plans a figure's label alone can leave
 * it open: the difference and the break-even figures are always the focus plan's.
 */
import { t } from "@lingui/core/macro";
import { focusPlan } from "../../model/costs.ts";
import { planCount, planTerms } from "../../model/plans.ts";
import type { Figure, Scenario } from "../../model/index.ts";
import { planName } from "./label-text.ts";

export type FigurePlan = {
  /** The plan's number (1-based), and its name as the page writes it (planName). */
  plan: number;
  name: string;
  /** The scenario's number of plans, and its focus plan. */
  count: number;
  focus: number;
};

/** The plan whose figures the explanation works out: the figure's own, or the focus plan. */
export function figurePlan(scenario: Scenario, figure: Figure): FigurePlan {
  const focus = focusPlan(scenario);
  const plan = "plan" in figure && figure.plan !== undefined ? figure.plan : focus;
  return { plan, name: planName(planTerms(scenario, plan).msName), count: planCount(scenario), focus };
}

/** The plan in words, for a scenario of several plans; null with one plan, or for a figure of break-fix alone. */
export function planSentence(scenario: Scenario, figure: Figure): string | null {
  const { plan, name, count, focus } = figurePlan(scenario, figure);
  if (count === 1) return null;
  if ("side" in figure) {
    if (figure.side === "breakFix") return null;
    return plan === focus
      ? t`Plan ${plan} of ${count}: ${name}, the plan the verdict compares with break-fix.`
      : t`Plan ${plan} of ${count}: ${name}.`;
  }
  return t`Break-fix against ${name}, plan ${plan} of ${count}: the plan the verdict compares with break-fix.`;
}
