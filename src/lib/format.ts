/**
 * Formatting of figures for people: Intl only, so currency changes the look, never the numbers.
 * An English page writes each currency the way its own country does ("A$1,200"); a page in another
 * language writes every currency its own way ("106.395 $" in German), whichever is chosen.
 */
import { i18n } from "@lingui/core";

export const CURRENCIES = ["USD", "AUD", "GBP", "EUR", "CAD", "NZD"] as const;
export type Currency = (typeof CURRENCIES)[number];

/** The locale each currency is written in on an English page. */
const LOCALE_FOR: Readonly<Record<Currency, string>> = {
  USD: "en-US",
  AUD: "en-AU",
  GBP: "en-GB",
  EUR: "en-IE",
  CAD: "en-CA",
  NZD: "en-NZ",
};

const cache = new Map<string, Intl.NumberFormat>();

/** English (and the pseudo-locale, which is English underneath) or no language yet: the default. */
function pageLanguage(): string | null {
  const locale = i18n.locale;
  return !locale || locale === "en" || locale === "pseudo" ? null : locale;
}

function moneyLocale(currency: Currency): string {
  return pageLanguage() ?? LOCALE_FOR[currency];
}

function formatter(key: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
  const localized = `${pageLanguage() ?? "en"}:${key}`;
  let found = cache.get(localized);
  if (!found) {
    found = make();
    cache.set(localized, found);
  }
  return found;
}

/** Shown wherever a figure is not a finite number, so NaN or Infinity never reach the screen. */
export const NOT_AVAILABLE = "–";

/** A whole amount of money: "$12,345". */
export function formatMoney(value: number, currency: Currency): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  return formatter(`money:${currency}`, () =>
    new Intl.NumberFormat(moneyLocale(currency), { style: "currency", currency, maximumFractionDigits: 0 }),
  ).format(value);
}

/** Money to the cent, for tables and exports read by a spreadsheet or an accountant. */
export function formatMoneyExact(value: number, currency: Currency): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  return formatter(`cents:${currency}`, () =>
    new Intl.NumberFormat(moneyLocale(currency), { style: "currency", currency, minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  ).format(value);
}

/** Compact money for chart axes: "$12k", "$1.2M". */
export function formatMoneyCompact(value: number, currency: Currency): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  return formatter(`compact:${currency}`, () =>
    new Intl.NumberFormat(moneyLocale(currency), { style: "currency", currency, notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 }),
  ).format(value);
}

/** Money past the largest compact unit (a thousand trillion and up), in exponent form: "$1.8E19". */
export function formatMoneyScientific(value: number, currency: Currency): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  return formatter(`scientific:${currency}`, () =>
    new Intl.NumberFormat(moneyLocale(currency), { style: "currency", currency, notation: "scientific", maximumSignificantDigits: 3 }),
  ).format(value);
}

/** A number in the page's language: 1234.5 → "1,234.5". `minimumFractionDigits` keeps trailing zeros: (12, 1, 1) → "12.0". */
export function formatNumber(value: number, maximumFractionDigits = 2, minimumFractionDigits = 0): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  return formatter(`number:${maximumFractionDigits}:${minimumFractionDigits}`, () =>
    new Intl.NumberFormat(pageLanguage() ?? "en-US", { maximumFractionDigits, minimumFractionDigits }),
  ).format(value);
}

/** A whole-percent figure: 12.34 → "12%" ("12 %" in German and French). */
export function formatPercent(value: number, maximumFractionDigits = 0): string {
  if (!Number.isFinite(value)) return NOT_AVAILABLE;
  return formatter(`percent:${maximumFractionDigits}`, () =>
    new Intl.NumberFormat(pageLanguage() ?? "en-US", { style: "percent", maximumFractionDigits }),
  ).format(value / 100);
}

/** The page's decimal separator: "." in English, "," in German, French, Spanish and Dutch. */
function decimalSeparator(): string {
  return formatNumber(1.5).includes(",") ? "," : ".";
}

/** A number as a field shows it to be typed over: no grouping, the page's decimal separator ("0,5"). */
export function typedNumberText(value: number): string {
  const text = String(value);
  return decimalSeparator() === "," ? text.replace(".", ",") : text;
}

/**
 * Typed text as the plain decimal links and the model read: on a page that writes a decimal comma,
 * "0,7" is 0.7; a decimal point is accepted there too. Anything else is left for the check to refuse.
 */
export function plainDecimalFromTyped(text: string): string {
  return decimalSeparator() === "," && /^-?\d*,\d*$/.test(text) ? text.replace(",", ".") : text;
}

export function isCurrency(value: string): value is Currency {
  return (CURRENCIES as readonly string[]).includes(value);
}
