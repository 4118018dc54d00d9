/**
 * An explanation in words: each figure with its unit, and each calculation written out with this
 * scenario's values ("10 calls × $225.00 per call = $2,250.00"). Pure, so it is tested without a page.
 */
import { i18n } from "@lingui/core";
import { plural, select, t } from "@lingui/core/macro";
import type { Expression, FigureUnit, Label } from "../../model/index.ts";
import { formatMoneyExact, formatNumber, formatPercent, type Currency } from "../../lib/format.ts";
import { withoutIdleSteps } from "./explain-steps.ts";
import { isDefaultPlanName, labelText } from "./label-text.ts";

/** Digits after the point of a figure that is not money. */
const DIGITS = 4;

/** A figure with its unit: "$1,234.56", "$150.00 per hour", "25%", "1.5 h", "month 7", "none". */
export function formatFigure(value: number, unit: FigureUnit, currency: Currency): string {
  if (Number.isNaN(value) && (unit === "month" || unit === "issueRate")) return t`none`;
  const money = formatMoneyExact(value, currency);
  const number = formatNumber(value, DIGITS);
  // Plural forms follow the number as written, not the number's last binary digits.
  const count = Number(value.toFixed(DIGITS));
  switch (unit) {
    case "money":
      return money;
    case "moneyPerHour":
      return t`${money} per hour`;
    case "moneyPerCall":
      return t`${money} per call`;
    case "moneyPerSeatMonth":
      return t`${money} per person per month`;
    case "fraction":
      return formatPercent(value * 100, 2);
    case "factor":
      return `${number}×`;
    case "month": {
      const month = formatNumber(value, 0);
      return t`month ${month}`;
    }
    case "issueRate":
      return plural(count, { one: `${number} issue per person per month`, other: `${number} issues per person per month` });
    case "number":
      return number;
    case "hours":
      return t({ context: "hours, abbreviated", message: `${number} h` });
    case "staffHours":
      return plural(count, { one: `${number} staff-hour`, other: `${number} staff-hours` });
    case "calls":
      return plural(count, { one: `${number} call`, other: `${number} calls` });
    case "problems":
      return plural(count, { one: `${number} problem`, other: `${number} problems` });
    case "people":
      return plural(count, { one: `${number} person`, other: `${number} people` });
    case "seatMonths":
      return plural(count, { one: `${number} person-month`, other: `${number} person-months` });
    case "devices":
      return plural(count, { one: `${number} device`, other: `${number} devices` });
    case "servers":
      return plural(count, { one: `${number} server`, other: `${number} servers` });
    case "months":
      return plural(count, { one: `${number} month`, other: `${number} months` });
    case "perServerYear":
      return t`${number} per server per year`;
    case "perYear":
      return t`${number} a year`;
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

/** "month 3", "months 2–36": a run of months as a term of a sum is named. */
export function runName({ first, last }: MonthRun): string {
  return first === last ? t`month ${first}` : t`months ${first}–${last}`;
}

/** "Month 3", "Months 2–36, each": a run of months as a part of a sum is headed. */
export function runHeading({ first, last }: MonthRun): string {
  return first === last ? t`Month ${first}` : t`Months ${first}–${last}, each`;
}

/** Past this many runs, a sum of months is written with its first and last runs only. */
const RUNS_WRITTEN = 4;

/** A figure as a term of a calculation: "10 calls (user calls)". */
function term(node: Expression, currency: Currency): string {
  const value = formatNode(node, currency);
  return `${value} (${nameInSentence(node.label)})`;
}

/** Languages whose nouns keep their capital inside a sentence. */
const CAPITALISED_NOUNS: ReadonlySet<string> = new Set(["de"]);

/**
 * A figure's label inside a sentence: its first letter lowered ("labour per user call …"), unless
 * the page's language capitalises nouns, the label starts with a plan's own name ("Gold total …"),
 * or with an acronym ("SLA …").
 */
function nameInSentence(label: Label): string {
  const text = labelText(label);
  if (CAPITALISED_NOUNS.has(i18n.locale)) return text;
  const plan = label.values !== undefined && "plan" in label.values ? label.values.plan : "";
  if (plan !== "" && !isDefaultPlanName(plan) && text.startsWith(plan)) return text;
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

function runTerm(run: MonthRun, currency: Currency): string {
  const count = run.last - run.first + 1;
  const each = formatNode(run.node, currency);
  return count === 1 ? `${each} (${runName(run)})` : `${count} × ${each} (${runName(run)})`;
}

/**
 * How the node's figure is worked out, as one line, without the steps that change nothing
 * (explain-steps.ts); empty for an input. `managed` names the plan a break-even month is of, as
 * the page writes it (planName in label-text.ts).
 */
export function equation(written: Expression, currency: Currency, managed?: string): string {
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
    case "max": {
      const first = terms[0]!;
      const second = terms[1]!;
      return t`the larger of ${first} and ${second} = ${result}`;
    }
    case "round": {
      const figure = terms[0]!;
      return t`${figure} rounded to a whole number = ${result}`;
    }
    case "power": {
      const base = terms[0]!;
      const exponent = terms[1]!;
      return t`${base} to the power ${exponent} = ${result}`;
    }
    case "same":
      return `${terms[0]}`;
    case "billedHours": {
      const hours = term(a!, currency);
      const minimum = formatNode(b!, currency);
      if (c!.value <= 0) return t`${hours} billed exactly, at least ${minimum} = ${result}`;
      const step = formatNode(c!, currency);
      return t`${hours} rounded up to steps of ${step}, at least ${minimum} = ${result}`;
    }
    case "total": {
      const runs = monthRuns(node);
      const written =
        runs.length <= RUNS_WRITTEN
          ? runs.map((run) => runTerm(run, currency))
          : [runTerm(runs[0]!, currency), runTerm(runs[1]!, currency), "…", runTerm(runs.at(-1)!, currency)];
      return `${written.join(" + ")} = ${result}`;
    }
    case "breakEvenMonth":
      return breakEvenText(node, currency, managed ?? t({ context: "the managed plan, unnamed, in a sentence", message: "managed" }));
    case "crossing":
      return crossingText(node, currency);
  }
}

function breakEvenText(node: Expression, currency: Currency, plan: string): string {
  const gaps = node.children;
  const months = gaps.length;
  if (Number.isNaN(node.value)) {
    const owner = possessive(plan);
    const gap = formatMoneyExact(-gaps.at(-1)!.value, currency);
    const horizon = plural(months, { one: "# month", other: "# months" });
    return t`In month ${months}, ${owner} total to date is still ${gap} above break-fix’s: ${plan} does not pay for itself within ${horizon}.`;
  }
  const month = node.value;
  if (month === 1) {
    const owner = upperFirst(possessive(plan));
    return t`${owner} total to date is at or below break-fix’s in every month, from month 1: break-even is month 1.`;
  }
  const owner = possessive(plan);
  const before = month - 1;
  const gap = formatMoneyExact(-gaps[month - 2]!.value, currency);
  return t`In month ${before}, ${owner} total to date is ${gap} above break-fix’s; from month ${month} to month ${months} it is at or below: break-even is month ${month}.`;
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A plan's name as the owner of what follows: "managed’s", "Gold’s"; a name ending in s takes the
 * apostrophe alone ("Basics’"). Its own message: other languages write it their own way ("von Gold").
 */
function possessive(plan: string): string {
  const ending = /s$/i.test(plan) ? "s" : "other";
  return t({ context: "a plan's name, owning what follows", message: select(ending, { s: `${plan}’`, other: `${plan}’s` }) });
}

function crossingText(node: Expression, currency: Currency): string {
  const [numerator, slopeGap, scale] = node.children;
  if (Math.abs(slopeGap!.value) <= scale!.value * 1e-12) {
    return t`One more issue per person adds the same to both totals: the lines never cross, so there is no break-even issue rate.`;
  }
  const division = `${term(numerator!, currency)} ÷ ${term(slopeGap!, currency)}`;
  if (Number.isNaN(node.value)) return t`${division} is below zero or undefined: there is no break-even issue rate.`;
  return `${division} = ${formatNode(node, currency)}`;
}
