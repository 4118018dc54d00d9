/** The verdict in plain words, for either winner: pure, so it is tested without a page. */
import { defaultPlanName, planScenario, type CostResult, type Scenario, type SimulationResult } from "../../model/index.ts";
import { plural } from "@lingui/core/macro";
import { formatMoney, formatNumber, formatPercent, type Currency } from "../../lib/format.ts";

export type Winner = "managed" | "breakFix" | "tie";

export const SIDE_NAMES = { managed: "Managed (flat fee)", breakFix: "Break-fix (hourly)" } as const;

/** The default name a plan has when nobody named it. */
const UNNAMED_PLAN = defaultPlanName(1);

/** True while the focus plan has the name the model gives plan 1 when nobody named it. */
function focusUnnamed(costs: CostResult): boolean {
  return (costs.plans[costs.focus - 1]?.name ?? UNNAMED_PLAN) === UNNAMED_PLAN;
}

/** How a sentence names the focus plan: "Managed support" while it has its default name, else its own name. */
export function planSubject(costs: CostResult): string {
  return focusUnnamed(costs) ? "Managed support" : costs.plans[costs.focus - 1]!.name;
}

/** How a table names a plan: "Managed (flat fee)" while it has its default name, else its own name. */
export function planLabel(name: string): string {
  return name === UNNAMED_PLAN ? SIDE_NAMES.managed : name;
}

/** Differences under half a currency unit read as a tie rather than a win by $0. */
export function winnerOf(costs: CostResult): Winner {
  if (Math.abs(costs.difference) < 0.5) return "tie";
  return costs.difference > 0 ? "managed" : "breakFix";
}

function horizon(months: number): string {
  return plural(months, { one: "# month", other: "# months" });
}

/** A sentence around one figure, so the page can make the figure a control. */
export type SentenceParts = { before: string; figure: string; after: string };

export const joinParts = ({ before, figure, after }: SentenceParts): string => `${before}${figure}${after}`;

/** The headline around the saving (the difference of the totals). */
export function headlineParts(costs: CostResult, months: number, currency: Currency): SentenceParts {
  const winner = winnerOf(costs);
  if (winner === "tie") return { before: "Both cost ", figure: "the same", after: ` over ${horizon(months)}.` };
  const saving = formatMoney(Math.abs(costs.difference), currency);
  const plan = planSubject(costs);
  if (winner === "managed") {
    return {
      before: `${plan} saves `,
      figure: saving,
      after: ` over ${horizon(months)}: ${formatPercent(costs.differencePercent)} less than break-fix.`,
    };
  }
  const percentOfManaged = costs.managed.total === 0 ? 0 : (-costs.difference / costs.managed.total) * 100;
  return {
    before: "Break-fix costs ",
    figure: saving,
    after: ` less over ${horizon(months)}: ${formatPercent(percentOfManaged)} less than ${focusUnnamed(costs) ? "managed" : plan}.`,
  };
}

export function headline(costs: CostResult, months: number, currency: Currency): string {
  return joinParts(headlineParts(costs, months, currency));
}

/** The break-even sentence around the break-even month (or its absence). */
export function breakEvenParts(costs: CostResult, months: number): SentenceParts {
  const month = costs.breakEvenMonth;
  if (month === 1 && winnerOf(costs) === "tie") {
    return { before: "Neither is cheaper: the two cost the same to date in ", figure: "every month", after: "." };
  }
  const plan = planSubject(costs);
  if (month === null) {
    return { before: `${plan} `, figure: "does not pay for itself", after: ` within ${horizon(months)}.` };
  }
  if (month === 1) return { before: `${plan} is the cheaper choice from `, figure: "the first month", after: "." };
  return { before: `${plan} pays for itself in `, figure: `month ${month}`, after: ` and stays cheaper to month ${months}.` };
}

export function breakEvenSentence(costs: CostResult, months: number): string {
  return joinParts(breakEvenParts(costs, months));
}

/** Where the issue rate would have to be for the other side to win, around that rate. */
export function issueRateParts(costs: CostResult, scenario: Scenario): SentenceParts {
  const winner = winnerOf(costs);
  const rate = costs.breakEvenIssues;
  const yours = ` issues per person per month (you entered ${formatNumber(scenario.issues)}).`;
  if (rate === null) {
    if (winner === "tie") return { before: "The two cost the same ", figure: "whatever the issue rate", after: "." };
    return {
      before: `${winner === "managed" ? planSubject(costs) : "Break-fix"} stays cheaper `,
      figure: "however many or few issues you have",
      after: ".",
    };
  }
  const rateText = formatNumber(rate, 2);
  // Below the crossing, the side that wins now wins if we are below it; otherwise the other side.
  const belowWinner: Winner =
    scenario.issues < rate ? (winner === "tie" ? "breakFix" : winner) : winner === "managed" ? "breakFix" : "managed";
  const side = belowWinner === "breakFix" ? "Break-fix" : planSubject(costs);
  return { before: `${side} stays cheaper while you have fewer than `, figure: rateText, after: yours };
}

export function issueRateSentence(costs: CostResult, scenario: Scenario): string {
  return joinParts(issueRateParts(costs, scenario));
}

/** "than Standard" when break-fix is compared with a named plan; nothing for the one unnamed plan. */
function thanPlan(costs: CostResult): string {
  const plan = planSubject(costs);
  return costs.plans.length === 1 && focusUnnamed(costs) ? "" : ` than ${plan}`;
}

export function riskSentence(simulation: SimulationResult, scenario: Scenario, costs: CostResult): string {
  const more = formatPercent(simulation.probabilityBreakFixCostsMore * 100);
  const firstYear = formatPercent(simulation.probabilityBreakFixCostsMoreFirstYear * 100);
  const paths = formatNumber(scenario.paths, 0);
  const firstYearSpan = Math.min(12, scenario.months);
  return `In ${more} of ${paths} simulated futures break-fix costs more${thanPlan(costs)} over ${horizon(scenario.months)} (${firstYear} over the first ${horizon(firstYearSpan)}).`;
}

/** The option a sentence names: "break-fix", or the plan's name. */
export function optionName(costs: CostResult, option: number): string {
  return option === 0 ? "break-fix" : costs.plans[option - 1]!.name;
}

/** With several plans: how often the cheapest option (by expected totals) is cheapest in the simulated futures. */
export function cheapestSentence(simulation: SimulationResult, costs: CostResult): string {
  const share = formatPercent((simulation.probabilityCheapest[costs.cheapest] ?? 0) * 100);
  return `In ${share} of simulated futures ${optionName(costs, costs.cheapest)} is cheapest.`;
}

export function cheapestPlaceholder(costs: CostResult): string {
  return `In ––% of simulated futures ${optionName(costs, costs.cheapest)} is cheapest.`;
}

/**
 * Stand where riskSentence and volatilitySentence will, in their exact words with dashes for the
 * figures, so the sentences keep their length and nothing below them moves when figures arrive.
 */
export function riskPlaceholder(scenario: Scenario, costs: CostResult): string {
  const paths = formatNumber(scenario.paths, 0);
  const firstYearSpan = Math.min(12, scenario.months);
  return `In ––% of ${paths} simulated futures break-fix costs more${thanPlan(costs)} over ${horizon(scenario.months)} (––% over the first ${horizon(firstYearSpan)}).`;
}

/**
 * A flat fee draws nothing at random: whatever it swings comes from the onboarding fee and
 * headcount changes, both known in advance; only work billed outside the fee follows the calls.
 * Said, so the two figures are not read alike.
 */
function managedSwingCause(scenario: Scenario, costs: CostResult): string {
  return planScenario(scenario, costs.focus).msOutside > 0
    ? ", from the onboarding fee, headcount changes and the work billed outside the fee"
    : ", all of it the onboarding fee and headcount changes, known in advance";
}

/** "a managed one", or "one under Standard" for a named plan. */
function managedMonth(costs: CostResult): string {
  const plan = planSubject(costs);
  return focusUnnamed(costs) ? "a managed one" : `one under ${plan}`;
}

export function volatilityPlaceholder(currency: Currency, scenario: Scenario, costs: CostResult): string {
  const dashes = formatMoney(8888, currency).replace(/8/g, "–");
  return `A break-fix month typically swings by ${dashes} from the average invoice; ${managedMonth(costs)} by ${dashes}${managedSwingCause(scenario, costs)}.`;
}

export function volatilitySentence(simulation: SimulationResult, currency: Currency, scenario: Scenario, costs: CostResult): string {
  const managed = simulation.managedInvoiceStdDev;
  const managedSwing =
    managed < 0.5 ? `${managedMonth(costs)} not at all` : `${managedMonth(costs)} by ${formatMoney(managed, currency)}${managedSwingCause(scenario, costs)}`;
  return `A break-fix month typically swings by ${formatMoney(simulation.breakFixInvoiceStdDev, currency)} from the average invoice; ${managedSwing}.`;
}
