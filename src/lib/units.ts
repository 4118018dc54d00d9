/** How an input's unit is written beside its number field, in the page's language. */
import { t } from "@lingui/core/macro";
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
      return t({ message: "people", comment: "unit beside a number field: staff" });
    case "devices":
      return t({ message: "devices", comment: "unit beside a number field: endpoints" });
    case "servers":
      return t({ message: "servers", comment: "unit beside a number field" });
    case "money":
      return currency;
    case "moneyPerHour":
      return t({ message: `${currency}/h`, comment: "unit beside a number field: money per hour" });
    case "percent":
      return "%";
    case "months":
      return t({ message: "months", comment: "unit beside a number field" });
    case "hours":
      return t({ message: "h", comment: "unit beside a number field: hours" });
    case "perSeatMonth":
      return t({ message: "per person per month", comment: "unit beside a number field: issues" });
    case "perServerYear":
      return t({ message: "per server per year", comment: "unit beside a number field" });
    case "perYear":
      return t({ message: "per year", comment: "unit beside a number field" });
    case "multiplier":
      return "×";
    case "count":
      return t({ message: "paths", comment: "unit beside a number field: simulated futures" });
    case "integer":
      return "";
  }
}
