/**
 * The operations the cost model's formulas are written in. formulas.ts writes each formula of
 * MODEL.md once, against this interface; evaluated with NUMBERS it gives the figures
 * (computeCosts, simulate), evaluated with the expression arithmetic (expression.ts) it gives the
 * same figures as trees that show their working. Labels and units cost the number path nothing:
 * NUMBERS ignores them, and a label without values is a string literal (labels.ts).
 */
import type { NumericKey, Scenario } from "./inputs.ts";
import type { Label, LabelArg } from "./labels.ts";

/** What a figure in an explanation measures, so it can be written with its unit. */
export type FigureUnit =
  | "money"
  | "moneyPerHour"
  | "moneyPerCall"
  | "moneyPerSeatMonth"
  | "hours"
  | "staffHours"
  | "calls"
  | "problems"
  | "people"
  | "seatMonths"
  | "devices"
  | "servers"
  | "fraction"
  | "factor"
  | "months"
  | "month"
  | "issueRate"
  | "perServerYear"
  | "perYear"
  | "number";

/**
 * `label` names the result (a code, with values where it needs them); `unit` says what it measures. Percentage inputs are read as fractions
 * (25 % → 0.25), as MODEL.md's arithmetic uses them.
 */
export interface Arithmetic<T> {
  input(s: Scenario, key: NumericKey): T;
  /** A whole-percent input as a fraction. */
  percent(s: Scenario, key: NumericKey): T;
  constant(value: number, label: LabelArg, unit: FigureUnit): T;
  sum(label: LabelArg, unit: FigureUnit, a: T, b: T, c?: T): T;
  /** a − b, or a − b − c. */
  difference(label: LabelArg, unit: FigureUnit, a: T, b: T, c?: T): T;
  product(label: LabelArg, unit: FigureUnit, a: T, b: T): T;
  quotient(label: LabelArg, unit: FigureUnit, a: T, b: T): T;
  max(label: LabelArg, unit: FigureUnit, a: T, b: T): T;
  round(label: LabelArg, unit: FigureUnit, a: T): T;
  power(label: LabelArg, unit: FigureUnit, base: T, exponent: T): T;
  /** Hours billed for a call: see billedHours. */
  billedHours(label: LabelArg, hours: T, minimum: T, increment: T): T;
  /** The same figure under another name (a month's total when downtime does not count is its invoice). */
  same(label: LabelArg, unit: FigureUnit, a: T): T;
  /** The sum of many figures, in order (the months of a horizon). */
  total(label: LabelArg, unit: FigureUnit, terms: readonly T[]): T;
  /** The total of the first 1, 2, … n figures: a running total. */
  runningTotals(labelOf: (count: number) => Label, unit: FigureUnit, terms: readonly T[]): T[];
  /** The first month from which managed's running total stays at or below break-fix's; NaN for none. */
  breakEvenMonth(label: LabelArg, breakFixRunning: readonly T[], managedRunning: readonly T[]): T;
  /** numerator ÷ slopeGap, NaN when the lines are parallel (see crossing) or it is negative. */
  crossing(label: LabelArg, unit: FigureUnit, numerator: T, slopeGap: T, scale: T): T;
}

/** Hours billed for a call of `hours` technician hours under break-fix terms. */
export function billedHours(hours: number, minimumHours: number, incrementHours: number): number {
  // The 1e-9 keeps 1.5 h at 0.25 h increments from rounding up to 1.75 through float error.
  // An increment so small (below about 1e-305 h) that the count of increments overflows to
  // Infinity bills exact time, the limit of the rounding, rather than Infinity or NaN.
  const increments = hours / incrementHours;
  const rounded =
    incrementHours > 0 && Number.isFinite(increments) ? Math.ceil(increments - 1e-9) * incrementHours : hours;
  return Math.max(minimumHours, rounded);
}

/**
 * 1-based month of the first of the trailing run of months where managed's running total is at
 * or below break-fix's (`atOrBelow(index)`); NaN when the last month is not.
 */
export function firstMonthStaying(count: number, atOrBelow: (index: number) => boolean): number {
  let first = Number.NaN;
  for (let index = count - 1; index >= 0; index--) {
    if (atOrBelow(index)) first = index + 1;
    else break;
  }
  return first;
}

/**
 * Where two lines cross: numerator ÷ slopeGap. NaN when the slopes differ by no more than a
 * rounding error of the larger total (`scale`), or the crossing is negative or not finite.
 */
export function crossing(numerator: number, slopeGap: number, scale: number): number {
  if (Math.abs(slopeGap) <= scale * 1e-12) return Number.NaN;
  const rate = numerator / slopeGap;
  return Number.isFinite(rate) && rate >= 0 ? rate : Number.NaN;
}

/** Plain numbers: the fast path every figure is computed on. */
export const NUMBERS: Arithmetic<number> = {
  input: (s, key) => s[key],
  percent: (s, key) => s[key] / 100,
  constant: (value) => value,
  sum: (_label, _unit, a, b, c) => (c === undefined ? a + b : a + b + c),
  difference: (_label, _unit, a, b, c) => (c === undefined ? a - b : a - b - c),
  product: (_label, _unit, a, b) => a * b,
  quotient: (_label, _unit, a, b) => a / b,
  max: (_label, _unit, a, b) => Math.max(a, b),
  round: (_label, _unit, a) => Math.round(a),
  power: (_label, _unit, base, exponent) => base ** exponent,
  billedHours: (_label, hours, minimum, increment) => billedHours(hours, minimum, increment),
  same: (_label, _unit, a) => a,
  total: (_label, _unit, terms) => {
    let total = 0;
    for (const term of terms) total += term;
    return total;
  },
  runningTotals: (_labelOf, _unit, terms) => {
    const running: number[] = [];
    let total = 0;
    for (const term of terms) running.push((total += term));
    return running;
  },
  breakEvenMonth: (_label, breakFix, managed) =>
    firstMonthStaying(breakFix.length, (index) => managed[index]! <= breakFix[index]!),
  crossing: (_label, _unit, numerator, slopeGap, scale) => crossing(numerator, slopeGap, scale),
};
