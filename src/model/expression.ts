/**
 * Figures that show their working: the arithmetic of arithmetic.ts carried out on expression
 * trees. Each node's value is computed as it is built, by the same operation the number path
 * uses, so a tree's root is the figure computeCosts reports and each node is its children's result.
 */
import {
  billedHours,
  crossing,
  firstMonthStaying,
  type Arithmetic,
  type FigureUnit,
} from "./arithmetic.ts";
import { numberInputDef, type InputUnit, type NumericKey, type PlanNumericKey, type Scenario } from "./inputs.ts";
import type { Label, LabelArg } from "./labels.ts";
import { isPlanNumericKey, planKey, viewedPlan } from "./plans.ts";

/**
 * How a node's value comes from its children:
 * - `input`, `constant`: a leaf (an input of the scenario; a fixed number such as 12 months);
 * - `sum`, `difference` (first child less the others), `product`, `quotient`, `max`, `round`,
 *   `power`: as the names say;
 * - `billedHours`: [hours, minimum, increment]: hours rounded up to the increment, at least the minimum;
 * - `same`: its one child under another name;
 * - `total`: the sum of its children in order, child i being month i + 1;
 * - `breakEvenMonth`: children are the months' gaps (break-fix to date − managed to date, each a
 *   `difference` of the two running totals); the first month from which managed's running total
 *   stays at or below break-fix's, NaN when there is none;
 * - `crossing`: [numerator, slope gap, scale]: numerator ÷ slope gap, NaN when the slopes differ by
 *   no more than 1e-12 of the scale or the result is negative.
 */
export type Operation =
  | "input"
  | "constant"
  | "sum"
  | "difference"
  | "product"
  | "quotient"
  | "max"
  | "round"
  | "power"
  | "billedHours"
  | "same"
  | "total"
  | "breakEvenMonth"
  | "crossing";

/**
 * The input a leaf reads: its key as a link writes it (`p2.msSeat` for plan 2's fee), its value as
 * entered (whole percent for a percentage).
 */
export type ExpressionInput = { key: string; value: number; unit: InputUnit };

export type Expression = {
  /** What the figure is, as a code with values: the page words it (labels.ts). */
  readonly label: Label;
  /** NaN only where a figure can be "none": the break-even month and issue rate. */
  readonly value: number;
  readonly unit: FigureUnit;
  readonly op: Operation;
  readonly children: readonly Expression[];
  readonly input?: ExpressionInput;
};

const FIGURE_UNIT_OF_INPUT: Readonly<Record<InputUnit, FigureUnit>> = {
  people: "people",
  devices: "devices",
  servers: "servers",
  money: "money",
  moneyPerHour: "moneyPerHour",
  percent: "fraction",
  months: "months",
  hours: "hours",
  perSeatMonth: "issueRate",
  perServerYear: "perServerYear",
  perYear: "perYear",
  multiplier: "factor",
  count: "number",
  integer: "number",
};

/** A code alone as the label it stands for (a fresh object is cheaper than a shared one looked up). */
function toLabel(arg: LabelArg): Label {
  return typeof arg === "string" ? { code: arg } : arg;
}

function node(
  op: Operation,
  label: LabelArg,
  unit: FigureUnit,
  value: number,
  children: readonly Expression[],
): Expression {
  return { label: toLabel(label), value, unit, op, children };
}

function inputNode(s: Scenario, key: NumericKey, asFraction: boolean): Expression {
  const def = numberInputDef(key);
  const value = s[key];
  const plan = viewedPlan(s);
  const linkKey = plan > 1 && isPlanNumericKey(key) ? planKey(plan, key as PlanNumericKey) : key;
  return {
    label: { code: "input", values: { key: linkKey } },
    value: asFraction ? value / 100 : value,
    unit: FIGURE_UNIT_OF_INPUT[def.unit],
    op: "input",
    children: [],
    input: { key: linkKey, value, unit: def.unit },
  };
}

const present = (...terms: (Expression | undefined)[]): Expression[] =>
  terms.filter((term): term is Expression => term !== undefined);

export const EXPRESSIONS: Arithmetic<Expression> = {
  input: (s, key) => inputNode(s, key, false),
  percent: (s, key) => inputNode(s, key, true),
  constant: (value, label, unit) => node("constant", label, unit, value, []),
  sum: (label, unit, a, b, c) =>
    node("sum", label, unit, c === undefined ? a.value + b.value : a.value + b.value + c.value, present(a, b, c)),
  difference: (label, unit, a, b, c) =>
    node("difference", label, unit, c === undefined ? a.value - b.value : a.value - b.value - c.value, present(a, b, c)),
  product: (label, unit, a, b) => node("product", label, unit, a.value * b.value, [a, b]),
  quotient: (label, unit, a, b) => node("quotient", label, unit, a.value / b.value, [a, b]),
  max: (label, unit, a, b) => node("max", label, unit, Math.max(a.value, b.value), [a, b]),
  round: (label, unit, a) => node("round", label, unit, Math.round(a.value), [a]),
  power: (label, unit, base, exponent) => node("power", label, unit, base.value ** exponent.value, [base, exponent]),
  billedHours: (label, hours, minimum, increment) =>
    node("billedHours", label, "hours", billedHours(hours.value, minimum.value, increment.value), [hours, minimum, increment]),
  same: (label, unit, a) => node("same", label, unit, a.value, [a]),
  total: (label, unit, terms) => {
    let total = 0;
    for (const term of terms) total += term.value;
    return node("total", label, unit, total, terms);
  },
  runningTotals: (labelOf, unit, terms) => {
    const running: Expression[] = [];
    let total = 0;
    terms.forEach((term, index) => {
      total += term.value;
      running.push(node("total", labelOf(index + 1), unit, total, terms.slice(0, index + 1)));
    });
    return running;
  },
  breakEvenMonth: (label, breakFix, managed) => {
    const gaps = breakFix.map((running, index) =>
      EXPRESSIONS.difference({ code: "monthGap", values: { month: index + 1 } }, "money", running, managed[index]!),
    );
    const value = firstMonthStaying(gaps.length, (index) => managed[index]!.value <= breakFix[index]!.value);
    return node("breakEvenMonth", label, "month", value, gaps);
  },
  crossing: (label, unit, numerator, slopeGap, scale) =>
    node("crossing", label, unit, crossing(numerator.value, slopeGap.value, scale.value), [numerator, slopeGap, scale]),
};
