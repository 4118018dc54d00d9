/** How the charts write money and months: one place, so axes, tooltips and tables agree. */
import { formatMoney, formatMoneyCompact, type Currency } from "../../lib/format.ts";

/** A low–high pair, such as the 10th and 90th percentile of a simulated figure. */
export type Range = readonly [low: number, high: number];

/** Tick labels on a money axis: "$12k". */
export function moneyTicks(currency: Currency): (value: number) => string {
  return (value) => formatMoneyCompact(value, currency);
}

/** A money axis title names its currency: "Cost per month (USD)". */
export function moneyAxisTitle(what: string, currency: Currency): string {
  return `${what} (${currency})`;
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

export function monthName(month: unknown): string {
  return `Month ${String(month)}`;
}
