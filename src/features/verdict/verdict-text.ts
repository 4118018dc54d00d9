/**
 * The verdict in plain words, for either winner: pure, so it is tested without a page.
 *
 * Each sentence is one message. A span of months is a plural inside its sentence rather than a
 * phrase of its own: languages decline it by the words around it (German "über 36 Monate" but
 * "innerhalb von 36 Monaten").
 */
import { i18n } from "@lingui/core";
import { msg, plural, t } from "@lingui/core/macro";
import { defaultPlanName, planScenario, type CostResult, type Scenario, type SimulationResult } from "../../model/index.ts";
import { formatMoney, formatNumber, formatPercent, type Currency } from "../../lib/format.ts";
import { slot, splitAtSlot } from "../../i18n/with-elements.tsx";
import { planDisplayName } from "../../i18n/plan-names.ts";

export type Winner = "managed" | "breakFix" | "tie";

const SIDE_NAMES = {
  managed: msg`Managed (flat fee)`,
  breakFix: msg`Break-fix (hourly)`,
} as const;

/** How a table names a side: "Managed (flat fee)", "Break-fix (hourly)". */
export function sideName(side: keyof typeof SIDE_NAMES): string {
  return i18n._(SIDE_NAMES[side]);
}

/** The default name a plan has when nobody named it. */
const UNNAMED_PLAN = defaultPlanName(1);

/** True while the focus plan has the name the model gives plan 1 when nobody named it. */
function focusUnnamed(costs: CostResult): boolean {
  return (costs.plans[costs.focus - 1]?.name ?? UNNAMED_PLAN) === UNNAMED_PLAN;
}

/** How a sentence names the focus plan: "Managed support" while it has its default name, else its own name. */
export function planSubject(costs: CostResult): string {
  return focusUnnamed(costs)
    ? t({ message: "Managed support", comment: "The subject of the verdict's sentences: the managed plan, while it has no name of its own" })
    : planDisplayName(costs.plans[costs.focus - 1]!.name, costs.focus);
}

/** How a table names plan `plan`: "Managed (flat fee)" while plan 1 has its default name, else as the page shows it. */
export function planLabel(name: string, plan: number): string {
  return plan === 1 && name === UNNAMED_PLAN ? sideName("managed") : planDisplayName(name, plan);
}

/** Differences under half a currency unit read as a tie rather than a win by $0. */
export function winnerOf(costs: CostResult): Winner {
  if (Math.abs(costs.difference) < 0.5) return "tie";
  return costs.difference > 0 ? "managed" : "breakFix";
}

/** A sentence around one figure, so the page can make the figure a control. */
export type SentenceParts = { before: string; figure: string; after: string };

export const joinParts = ({ before, figure, after }: SentenceParts): string => `${before}${figure}${after}`;

/** Where a sentence's figure goes: the sentence is translated whole, then split around it. */
const figure = slot(0);

function around(sentence: string, figureText: string): SentenceParts {
  return { ...splitAtSlot(sentence), figure: figureText };
}

/** The headline around the saving (the difference of the totals). */
export function headlineParts(costs: CostResult, months: number, currency: Currency): SentenceParts {
  const winner = winnerOf(costs);
  if (winner === "tie") {
    return around(
      t`Both cost ${figure} over ${plural(months, { one: "# month", other: "# months" })}.`,
      t({ message: "the same", comment: "The figure in “Both cost {figure} over 36 months.”" }),
    );
  }
  const saving = formatMoney(Math.abs(costs.difference), currency);
  const plan = planSubject(costs);
  if (winner === "managed") {
    const percent = formatPercent(costs.differencePercent);
    return around(t`${plan} saves ${figure} over ${plural(months, { one: "# month", other: "# months" })}: ${percent} less than break-fix.`, saving);
  }
  const percent = formatPercent(costs.managed.total === 0 ? 0 : (-costs.difference / costs.managed.total) * 100);
  return around(
    focusUnnamed(costs)
      ? t`Break-fix costs ${figure} less over ${plural(months, { one: "# month", other: "# months" })}: ${percent} less than managed.`
      : t`Break-fix costs ${figure} less over ${plural(months, { one: "# month", other: "# months" })}: ${percent} less than ${plan}.`,
    saving,
  );
}

export function headline(costs: CostResult, months: number, currency: Currency): string {
  return joinParts(headlineParts(costs, months, currency));
}

/** The break-even sentence around the break-even month (or its absence). */
export function breakEvenParts(costs: CostResult, months: number): SentenceParts {
  const month = costs.breakEvenMonth;
  if (month === 1 && winnerOf(costs) === "tie") {
    return around(
      t`Neither is cheaper: the two cost the same to date in ${figure}.`,
      t({ message: "every month", comment: "The figure in “Neither is cheaper: the two cost the same to date in {figure}.”" }),
    );
  }
  const plan = planSubject(costs);
  if (month === null) {
    return around(
      t({
        message: `${plan} ${figure} within ${plural(months, { one: "# month", other: "# months" })}.`,
        comment: "{figure} is “does not pay for itself”, the part of the sentence that opens its working",
      }),
      t({ message: "does not pay for itself", comment: "The figure in “Managed support {figure} within 36 months.”" }),
    );
  }
  if (month === 1) {
    return around(
      t`${plan} is the cheaper choice from ${figure}.`,
      t({ message: "the first month", comment: "The figure in “{plan} is the cheaper choice from {figure}.”" }),
    );
  }
  return around(
    t({ message: `${plan} pays for itself in ${figure} and stays cheaper to month ${months}.`, comment: "{figure} is “month 7”" }),
    t`month ${month}`,
  );
}

export function breakEvenSentence(costs: CostResult, months: number): string {
  return joinParts(breakEvenParts(costs, months));
}

/** Where the issue rate would have to be for the other side to win, around that rate. */
export function issueRateParts(costs: CostResult, scenario: Scenario): SentenceParts {
  const winner = winnerOf(costs);
  const rate = costs.breakEvenIssues;
  if (rate === null) {
    if (winner === "tie") {
      return around(
        t`The two cost the same ${figure}.`,
        t({ message: "whatever the issue rate", comment: "The figure in “The two cost the same {figure}.”" }),
      );
    }
    const anyRate = t({ message: "however many or few issues you have", comment: "The figure in “{plan} stays cheaper {figure}.”" });
    if (winner === "breakFix") return around(t`Break-fix stays cheaper ${figure}.`, anyRate);
    const plan = planSubject(costs);
    return around(t`${plan} stays cheaper ${figure}.`, anyRate);
  }
  const rateText = formatNumber(rate, 2);
  const entered = formatNumber(scenario.issues);
  // Below the crossing, the side that wins now wins if we are below it; otherwise the other side.
  const belowWinner: Winner =
    scenario.issues < rate ? (winner === "tie" ? "breakFix" : winner) : winner === "managed" ? "breakFix" : "managed";
  if (belowWinner === "breakFix") {
    return around(
      t`Break-fix stays cheaper while you have fewer than ${figure} issues per person per month (you entered ${entered}).`,
      rateText,
    );
  }
  const plan = planSubject(costs);
  return around(t`${plan} stays cheaper while you have fewer than ${figure} issues per person per month (you entered ${entered}).`, rateText);
}

export function issueRateSentence(costs: CostResult, scenario: Scenario): string {
  return joinParts(issueRateParts(costs, scenario));
}

/** A percentage still to come, written as the page's percentages are, with dashes for digits: "––%". */
function percentDashes(): string {
  return formatPercent(88).replace(/8/g, "–");
}

/** The risk sentence with the two shares given (figures, or dashes while the simulation runs). */
function riskText(share: string, firstYearShare: string, scenario: Scenario, costs: CostResult): string {
  const paths = formatNumber(scenario.paths, 0);
  const months = scenario.months;
  const firstMonths = Math.min(12, months);
  // Break-fix against the one unnamed plan; against a named plan, or one of several, the plan is named.
  if (costs.plans.length === 1 && focusUnnamed(costs)) {
    return t`In ${share} of ${paths} simulated futures break-fix costs more over ${plural(months, { one: "# month", other: "# months" })} (${firstYearShare} over the first ${plural(firstMonths, { one: "# month", other: "# months" })}).`;
  }
  const plan = planSubject(costs);
  return t`In ${share} of ${paths} simulated futures break-fix costs more than ${plan} over ${plural(months, { one: "# month", other: "# months" })} (${firstYearShare} over the first ${plural(firstMonths, { one: "# month", other: "# months" })}).`;
}

export function riskSentence(simulation: SimulationResult, scenario: Scenario, costs: CostResult): string {
  const more = formatPercent(simulation.probabilityBreakFixCostsMore * 100);
  const firstYear = formatPercent(simulation.probabilityBreakFixCostsMoreFirstYear * 100);
  return riskText(more, firstYear, scenario, costs);
}

/**
 * Stand where riskSentence and volatilitySentence will, in their exact words with dashes for the
 * figures, so the sentences keep their length and nothing below them moves when figures arrive.
 */
export function riskPlaceholder(scenario: Scenario, costs: CostResult): string {
  return riskText(percentDashes(), percentDashes(), scenario, costs);
}

/** With several plans: how often the cheapest option (by expected totals) is cheapest, given as `share`. */
function cheapestText(share: string, costs: CostResult): string {
  if (costs.cheapest === 0) return t`In ${share} of simulated futures break-fix is cheapest.`;
  const plan = planDisplayName(costs.plans[costs.cheapest - 1]!.name, costs.cheapest);
  return t`In ${share} of simulated futures ${plan} is cheapest.`;
}

/** With several plans: how often the cheapest option (by expected totals) is cheapest in the simulated futures. */
export function cheapestSentence(simulation: SimulationResult, costs: CostResult): string {
  return cheapestText(formatPercent((simulation.probabilityCheapest[costs.cheapest] ?? 0) * 100), costs);
}

export function cheapestPlaceholder(costs: CostResult): string {
  return cheapestText(percentDashes(), costs);
}

/**
 * How much a month's invoice swings, break-fix and managed (`managed` null when it does not swing).
 * A flat fee draws nothing at random: whatever it swings comes from the onboarding fee and
 * headcount changes, both known in advance; only work billed outside the fee follows the calls.
 * Said, so the two figures are not read alike. A named plan is "one under Standard".
 */
function volatilityText(breakFix: string, managed: string | null, scenario: Scenario, costs: CostResult): string {
  const unnamed = focusUnnamed(costs);
  const plan = planSubject(costs);
  if (managed === null) {
    return unnamed
      ? t`A break-fix month typically swings by ${breakFix} from the average invoice; a managed one not at all.`
      : t`A break-fix month typically swings by ${breakFix} from the average invoice; one under ${plan} not at all.`;
  }
  if (planScenario(scenario, costs.focus).msOutside > 0) {
    return unnamed
      ? t`A break-fix month typically swings by ${breakFix} from the average invoice; a managed one by ${managed}, from the onboarding fee, headcount changes and the work billed outside the fee.`
      : t`A break-fix month typically swings by ${breakFix} from the average invoice; one under ${plan} by ${managed}, from the onboarding fee, headcount changes and the work billed outside the fee.`;
  }
  return unnamed
    ? t`A break-fix month typically swings by ${breakFix} from the average invoice; a managed one by ${managed}, all of it the onboarding fee and headcount changes, known in advance.`
    : t`A break-fix month typically swings by ${breakFix} from the average invoice; one under ${plan} by ${managed}, all of it the onboarding fee and headcount changes, known in advance.`;
}

export function volatilityPlaceholder(currency: Currency, scenario: Scenario, costs: CostResult): string {
  const dashes = formatMoney(8888, currency).replace(/8/g, "–");
  return volatilityText(dashes, dashes, scenario, costs);
}

export function volatilitySentence(simulation: SimulationResult, currency: Currency, scenario: Scenario, costs: CostResult): string {
  const managed = simulation.managedInvoiceStdDev;
  const breakFix = formatMoney(simulation.breakFixInvoiceStdDev, currency);
  return volatilityText(breakFix, managed < 0.5 ? null : formatMoney(managed, currency), scenario, costs);
}
