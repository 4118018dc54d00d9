/** The verdict in plain words, for either winner: pure, so it is tested without a page. */
import type { CostResult, Scenario, SimulationResult } from "../../model/index.ts";
import { formatMoney, formatNumber, formatPercent, type Currency } from "../../lib/format.ts";

export type Winner = "managed" | "breakFix" | "tie";

export const SIDE_NAMES = { managed: "Managed (flat fee)", breakFix: "Break-fix (hourly)" } as const;

/** Differences under half a currency unit read as a tie rather than a win by $0. */
export function winnerOf(costs: CostResult): Winner {
  if (Math.abs(costs.difference) < 0.5) return "tie";
  return costs.difference > 0 ? "managed" : "breakFix";
}

function horizon(months: number): string {
  return months === 1 ? "1 month" : `${months} months`;
}

/** A sentence around one figure, so the page can make the figure a control. */
export type SentenceParts = { before: string; figure: string; after: string };

export const joinParts = ({ before, figure, after }: SentenceParts): string => `${before}${figure}${after}`;

/** The headline around the saving (the difference of the totals). */
export function headlineParts(costs: CostResult, months: number, currency: Currency): SentenceParts {
  const winner = winnerOf(costs);
  if (winner === "tie") return { before: "Both cost ", figure: "the same", after: ` over ${horizon(months)}.` };
  const saving = formatMoney(Math.abs(costs.difference), currency);
  if (winner === "managed") {
    return {
      before: "Managed support saves ",
      figure: saving,
      after: ` over ${horizon(months)}: ${formatPercent(costs.differencePercent)} less than break-fix.`,
    };
  }
  const percentOfManaged = costs.managed.total === 0 ? 0 : (-costs.difference / costs.managed.total) * 100;
  return {
    before: "Break-fix costs ",
    figure: saving,
    after: ` less over ${horizon(months)}: ${formatPercent(percentOfManaged)} less than managed.`,
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
  if (month === null) {
    return { before: "Managed support ", figure: "does not pay for itself", after: ` within ${horizon(months)}.` };
  }
  if (month === 1) return { before: "Managed support is the cheaper choice from ", figure: "the first month", after: "." };
  return { before: "Managed support pays for itself in ", figure: `month ${month}`, after: ` and stays cheaper to month ${months}.` };
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
      before: `${winner === "managed" ? "Managed" : "Break-fix"} stays cheaper `,
      figure: "however many or few issues you have",
      after: ".",
    };
  }
  const rateText = formatNumber(rate, 2);
  // Below the crossing, the side that wins now wins if we are below it; otherwise the other side.
  const belowWinner: Winner =
    scenario.issues < rate ? (winner === "tie" ? "breakFix" : winner) : winner === "managed" ? "breakFix" : "managed";
  const side = belowWinner === "breakFix" ? "Break-fix" : "Managed";
  return { before: `${side} stays cheaper while you have fewer than `, figure: rateText, after: yours };
}

export function issueRateSentence(costs: CostResult, scenario: Scenario): string {
  return joinParts(issueRateParts(costs, scenario));
}

export function riskSentence(simulation: SimulationResult, scenario: Scenario): string {
  const more = formatPercent(simulation.probabilityBreakFixCostsMore * 100);
  const firstYear = formatPercent(simulation.probabilityBreakFixCostsMoreFirstYear * 100);
  const paths = formatNumber(scenario.paths, 0);
  const firstYearSpan = Math.min(12, scenario.months);
  return `In ${more} of ${paths} simulated futures break-fix costs more over ${horizon(scenario.months)} (${firstYear} over the first ${horizon(firstYearSpan)}).`;
}

/**
 * Stand where riskSentence and volatilitySentence will, in their exact words with dashes for the
 * figures, so the sentences keep their length and nothing below them moves when figures arrive.
 */
export function riskPlaceholder(scenario: Scenario): string {
  const paths = formatNumber(scenario.paths, 0);
  const firstYearSpan = Math.min(12, scenario.months);
  return `In ––% of ${paths} simulated futures break-fix costs more over ${horizon(scenario.months)} (––% over the first ${horizon(firstYearSpan)}).`;
}

/**
 * The managed invoice draws nothing at random: whatever it swings comes from the onboarding fee
 * and headcount changes, both known in advance. Said, so the two figures are not read alike.
 */
const MANAGED_SWING_CAUSE = ", all of it the onboarding fee and headcount changes, known in advance";

export function volatilityPlaceholder(currency: Currency): string {
  const dashes = formatMoney(8888, currency).replace(/8/g, "–");
  return `A break-fix month typically swings by ${dashes} from the average invoice; a managed one by ${dashes}${MANAGED_SWING_CAUSE}.`;
}

export function volatilitySentence(simulation: SimulationResult, currency: Currency): string {
  const managed = simulation.managedInvoiceStdDev;
  const managedSwing =
    managed < 0.5 ? "a managed one not at all" : `a managed one by ${formatMoney(managed, currency)}${MANAGED_SWING_CAUSE}`;
  return `A break-fix month typically swings by ${formatMoney(simulation.breakFixInvoiceStdDev, currency)} from the average invoice; ${managedSwing}.`;
}
