/** How an input's unit is written beside its number field. */
import type { InputUnit } from "../model/index.ts";
import type { Currency } from "./format.ts";

const SYMBOL: Readonly<Record<Currency, string>> = {
  USD: "$",
  AUD: "A$",
  GBP: "£",
  EUR: "€",
  CAD: "C$",
  NZD: "NZ$",
};

export function currencySymbol(currency: Currency): string {
  return SYMBOL[currency];
}

/** The unit as a short suffix ("h", "%", "per month"); money units name the currency. */
export function unitSuffix(unit: InputUnit, currency: Currency): string {
  switch (unit) {
    case "people":
      return "people";
    case "devices":
      return "devices";
    case "servers":
      return "servers";
    case "money":
      return currency;
    case "moneyPerHour":
      return `${currency}/h`;
    case "percent":
      return "%";
    case "months":
      return "months";
    case "hours":
      return "h";
    case "perSeatMonth":
      return "per person per month";
    case "perServerYear":
      return "per server per year";
    case "perYear":
      return "per year";
    case "multiplier":
      return "×";
    case "count":
      return "paths";
    case "integer":
      return "";
  }
}
