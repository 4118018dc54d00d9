/**
 * The options every chart compares: break-fix (option 0) and the managed plans (option k for
 * plan k), each with its name and its look, so that a plan looks the same in every chart.
 */
import { planCount, planTerms, type Scenario, type Side } from "../../model/index.ts";
import { SIDE_COLOURS, SIDE_DASHES, breakFixName, planColour, planDash } from "./chart-theme.ts";
import { planDisplayName } from "../../i18n/plan-names.ts";

/** Break-fix, or plan k ("plan2"): where a chart's rows keep the option's figures, and its look's class. */
export type OptionKey = "breakFix" | `plan${number}`;

export type ChartOption = {
  key: OptionKey;
  /** "Break-fix", or the plan's own name: text, never markup. */
  name: string;
  colour: string;
  dash: string | undefined;
  /** Which figures explain its values: break-fix's, or plan `plan`'s (1-based). */
  side: Side;
  plan?: number;
};

/** Break-fix, then the plans named `planNames`, plan 1 first: index k is option k. */
export function chartOptions(planNames: readonly string[]): ChartOption[] {
  return [
    { key: "breakFix", name: breakFixName(), colour: SIDE_COLOURS.breakFix, dash: SIDE_DASHES.breakFix, side: "breakFix" },
    ...planNames.map((name, index): ChartOption => ({
      key: `plan${index + 1}`,
      name: planDisplayName(name, index + 1),
      colour: planColour(index + 1),
      dash: planDash(index + 1),
      side: "managed",
      plan: index + 1,
    })),
  ];
}

/** What an explanation of one of the option's figures names besides the figure: its side and plan. */
export function optionFigure(option: ChartOption): { side: Side; plan?: number } {
  return option.plan === undefined ? { side: option.side } : { side: option.side, plan: option.plan };
}

/** The scenario's plans' names, plan 1 first. */
export function planNames(scenario: Scenario): string[] {
  return Array.from({ length: planCount(scenario) }, (_, index) => planTerms(scenario, index + 1).msName);
}
