/**
 * An explanation in words: each figure with its unit, and each calculation written out with this
 * scenario's values ("10 calls × $225.00 per call = $2,250.00"). Pure, so it is tested without a page.
 */
import type { Expression, FigureUnit } from "../../model/index.ts";
import { formatMoneyExact, formatNumber, type Currency } from "../../lib/format.ts";
import { withoutIdleSteps } from "./explain-steps.ts";

const PLAIN_UNITS: Partial<Record<FigureUnit, string>> = {
  hours: "h",
  staffHours: "staff-hours",
  calls: "calls",
  problems: "problems",
  people: "people",
  seatMonths: "person-months",
  devices: "devices",
  servers: "servers",
  months: "months",
  perServerYear: "per server per year",
  perYear: "a year",
};

const MONEY_PER: Partial<Record<FigureUnit, string>> = {
  moneyPerHour: "per hour",
  moneyPerCall: "per call",
  moneyPerSeatMonth: "per person per month",
};

/** A figure with its unit: "$1,234.56", "$150.00 per hour", "25%", "1.5 h", "month 7", "none". */
export function formatFigure(value: number, unit: FigureUnit, currency: Currency): string {
  if (Number.isNaN(value) && (unit === "month" || unit === "issueRate")) return "none";
  switch (unit) {
    case "money":
      return formatMoneyExact(value, currency);
    case "moneyPerHour":
    case "moneyPerCall":
    case "moneyPerSeatMonth":
      return `${formatMoneyExact(value, currency)} ${MONEY_PER[unit]}`;
    case "fraction":
      return `${formatNumber(value * 100, 2)}%`;
    case "factor":
      return `${formatNumber(value, 4)}×`;
    case "month":
      return `month ${formatNumber(value, 0)}`;
    case "issueRate":
      return `${formatNumber(value, 4)} issues per person per month`;
    case "number":
      return formatNumber(value, 4);
    default:
      return `${formatNumber(value, 4)} ${PLAIN_UNITS[unit]}`;
  }
}

export function formatNode(node: Expression, currency: Currency): string {
  return formatFigure(node.value, node.unit, currency);
}

/** A run of months with the same figure, as the months' figures are listed and summed. */
export type MonthRun = { first: number; last: number; node: Expression };

/** The children of a `total` (child i is month i + 1), consecutive equal figures together. */
export function monthRuns(node: Expression): MonthRun[] {
  const runs: MonthRun[] = [];
  node.children.forEach((child, index) => {
    const last = runs.at(-1);
    if (last && last.node.value === child.value) last.last = index + 1;
    else runs.push({ first: index + 1, last: index + 1, node: child });
  });
  return runs;
}

export function runName({ first, last }: MonthRun): string {
  return first === last ? `month ${first}` : `months ${first}–${last}`;
}

/** Past this many runs, a sum of months is written with its first and last runs only. */
const RUNS_WRITTEN = 4;

function term(node: Expression, currency: Currency, label = node.label): string {
  return `${formatNode(node, currency)} (${lowerFirst(label)})`;
}

function lowerFirst(text: string): string {
  // Keep acronyms and proper names ("SLA …") as they are.
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function runTerm(run: MonthRun, currency: Currency): string {
  const count = run.last - run.first + 1;
  const each = formatNode(run.node, currency);
  return count === 1 ? `${each} (${runName(run)})` : `${count} × ${each} (${runName(run)})`;
}

/**
 * How the node's figure is worked out, as one line, without the steps that change nothing
 * (explain-steps.ts); empty for an input. `managed` names the plan a break-even month is of.
 */
export function equation(written: Expression, currency: Currency, managed = "managed"): string {
  const node = withoutIdleSteps(written);
  const result = formatNode(node, currency);
  const [a, b, c] = node.children;
  const terms = node.children.map((child) => term(child, currency));
  switch (node.op) {
    case "input":
      return "";
    case "constant":
      return result;
    case "sum":
      return `${terms.join(" + ")} = ${result}`;
    case "difference":
      return `${terms.join(" − ")} = ${result}`;
    case "product":
      return `${terms.join(" × ")} = ${result}`;
    case "quotient":
      return `${terms.join(" ÷ ")} = ${result}`;
    case "max":
      return `the larger of ${terms.join(" and ")} = ${result}`;
    case "round":
      return `${terms[0]} rounded to a whole number = ${result}`;
    case "power":
      return `${terms[0]} to the power ${terms[1]} = ${result}`;
    case "same":
      return `${terms[0]}`;
    case "billedHours":
      return c!.value > 0
        ? `${term(a!, currency)} rounded up to steps of ${formatNode(c!, currency)}, at least ${formatNode(b!, currency)} = ${result}`
        : `${term(a!, currency)} billed exactly, at least ${formatNode(b!, currency)} = ${result}`;
    case "total": {
      const runs = monthRuns(node);
      const written =
        runs.length <= RUNS_WRITTEN
          ? runs.map((run) => runTerm(run, currency))
          : [runTerm(runs[0]!, currency), runTerm(runs[1]!, currency), "…", runTerm(runs.at(-1)!, currency)];
      return `${written.join(" + ")} = ${result}`;
    }
    case "breakEvenMonth":
      return breakEvenText(node, currency, managed);
    case "crossing":
      return crossingText(node, currency);
  }
}

function breakEvenText(node: Expression, currency: Currency, managed: string): string {
  const gaps = node.children;
  const months = gaps.length;
  if (Number.isNaN(node.value)) {
    const last = gaps.at(-1)!;
    return `In month ${months}, ${possessive(managed)} total to date is still ${formatMoneyExact(-last.value, currency)} above break-fix’s: ${managed} does not pay for itself within ${months === 1 ? "1 month" : `${months} months`}.`;
  }
  if (node.value === 1) {
    return `${upperFirst(possessive(managed))} total to date is at or below break-fix’s in every month, from month 1: break-even is month 1.`;
  }
  const before = gaps[node.value - 2]!;
  return `In month ${node.value - 1}, ${possessive(managed)} total to date is ${formatMoneyExact(-before.value, currency)} above break-fix’s; from month ${node.value} to month ${months} it is at or below: break-even is month ${node.value}.`;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "managed’s", "Gold’s"; a name ending in s takes the apostrophe alone ("Basics’"). */
function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}’` : `${name}’s`;
}

function crossingText(node: Expression, currency: Currency): string {
  const [numerator, slopeGap, scale] = node.children;
  const division = `${term(numerator!, currency)} ÷ ${term(slopeGap!, currency)}`;
  if (Math.abs(slopeGap!.value) <= scale!.value * 1e-12) {
    return `One more issue per person adds the same to both totals: the lines never cross, so there is no break-even issue rate.`;
  }
  if (Number.isNaN(node.value)) {
    return `${division} is below zero or undefined: there is no break-even issue rate.`;
  }
  return `${division} = ${formatNode(node, currency)}`;
}
