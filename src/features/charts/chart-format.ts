/** How the charts write money and months: one place, so axes, tooltips and tables agree. */
import { t } from "@lingui/core/macro";
import {
  formatMoney,
  formatMoneyCompact,
  formatMoneyScientific,
  type Currency,
} from "../../lib/format.ts";

/** A low–high pair, such as the 10th and 90th percentile of a simulated figure. */
export type Range = readonly [low: number, high: number];

/**
 * Compact notation has no unit above trillions: a thousand trillion would read "$1,000T" and
 * grow wider than the axis from there (extreme growth over ten years reaches "$18,000,000T").
 */
const LARGEST_COMPACT = 1e15;

/** Tick labels on a money axis: "$12k", "$1.2M"; in exponent form from a thousand trillion ("$1.8E19"). */
export function moneyTicks(currency: Currency): (value: number) => string {
  return (value) =>
    Math.abs(value) < LARGEST_COMPACT
      ? formatMoneyCompact(value, currency)
      : formatMoneyScientific(value, currency);
}

/** A money axis title names its currency: "Cost per month (USD)". */
export function moneyAxisTitle(what: string, currency: Currency): string {
  return t({ message: `${what} (${currency})`, comment: "a money axis's title: what it measures, and the currency's code (USD)" });
}

export function formatRange([low, high]: Range, currency: Currency): string {
  return `${formatMoney(low, currency)} – ${formatMoney(high, currency)}`;
}

/** A tooltip value: one amount, or a range of amounts. Anything else is shown as it is. */
export function formatMoneyValue(value: unknown, currency: Currency): string {
  if (typeof value === "number") return formatMoney(value, currency);
  if (Array.isArray(value) && value.length === 2 && value.every((end) => typeof end === "number")) {
    return formatRange(value as unknown as Range, currency);
  }
  return String(value ?? "");
}

/** The title of an axis or a table column of months. */
export function monthTitle(): string {
  return t({ message: "Month", comment: "an axis or column title: the months counted from the start, 1, 2, 3…" });
}

/** The label of the break-even month's marker. */
export function breakEvenLabel(month: number): string {
  return t`Break-even: month ${month}`;
}

/** A tooltip's heading: "Month 3". */
export function monthName(label: unknown): string {
  const month = String(label);
  return t`Month ${month}`;
}
