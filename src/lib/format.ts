/** Formatting of figures for people: Intl only, so currency changes the look, never the numbers. */

export const CURRENCIES = ["USD", "AUD", "GBP", "EUR", "CAD", "NZD"] as const;
export type Currency = (typeof CURRENCIES)[number];

/** The locale each currency is written in by default. */
const LOCALE_FOR: Readonly<Record<Currency, string>> = {
  USD: "en-US",
  AUD: "en-AU",
  GBP: "en-GB",
  EUR: "en-IE",
  CAD: "en-CA",
  NZD: "en-NZ",
};

const cache = new Map<string, Intl.NumberFormat>();

function formatter(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  let found = cache.get(key);
  if (!found) {
    found = make();
    cache.set(key, found);
  }
  return found;
}

/** Shown wherever a figure is not a finite number, so NaN or Infinity never reach the screen. */
export const NOT_AVAILABLE = "–";

/** A whole amount of money: "$12,345". */
export function formatMoney(value: number, currency: Currency): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  return formatter(`money:${currency}`, () =>
    new Intl.NumberFormat(LOCALE_FOR[currency], { style: "currency", currency, maximumFractionDigits: 0 }),
  ).format(value);
}

/** Money to the cent, for tables and exports read by a spreadsheet or an accountant. */
export function formatMoneyExact(value: number, currency: Currency): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  return formatter(`cents:${currency}`, () =>
    new Intl.NumberFormat(LOCALE_FOR[currency], { style: "currency", currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  ).format(value);
}

/** Compact money for chart axes: "$12k", "$1.2M". */
export function formatMoneyCompact(value: number, currency: Currency): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  return formatter(`compact:${currency}`, () =>
    new Intl.NumberFormat(LOCALE_FOR[currency], { style: "currency", currency, notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 }),
  ).format(value);
}

/** Money past the largest compact unit (a thousand trillion and up), in exponent form: "$1.8E19". */
export function formatMoneyScientific(value: number, currency: Currency): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  return formatter(`scientific:${currency}`, () =>
    new Intl.NumberFormat(LOCALE_FOR[currency], { style: "currency", currency, notation: "scientific", maximumSignificantDigits: 3 }),
  ).format(value);
}

export function formatNumber(value: number, maximumFractionDigits = 2): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  return formatter(`number:${maximumFractionDigits}`, () =>
    new Intl.NumberFormat("en-US", { maximumFractionDigits }),
  ).format(value);
}

/** A whole-percent figure: 12.34 → "12%". */
export function formatPercent(value: number, maximumFractionDigits = 0): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  return `${formatNumber(value, maximumFractionDigits)}%`;
}

export function isCurrency(value: string): value is Currency {
  return (CURRENCIES as readonly string[]).includes(value);
}
