import { afterEach, describe, expect, it } from "vitest";
import { i18n } from "@lingui/core";
import { formatMoney, formatNumber, formatPercent, plainDecimalFromTyped, typedNumberText } from "./format.ts";

function inLanguage(locale: string): void {
  i18n.loadAndActivate({ locale, locales: [locale], messages: {} });
}

afterEach(() => inLanguage("en"));

describe("figures in the page's language", () => {
  it("writes each currency as its own country does on an English page", () => {
    expect(formatMoney(106395, "USD")).toBe("$106,395");
    expect(formatMoney(1200, "GBP")).toBe("£1,200");
    expect(formatPercent(46)).toBe("46%");
    expect(formatNumber(0.15)).toBe("0.15");
    expect(formatNumber(12, 1, 1)).toBe("12.0");
    expect(formatNumber(12.04, 1, 1)).toBe("12.0");
  });

  it("writes every currency the language's way on a page in another language", () => {
    inLanguage("de");
    expect(formatMoney(106395, "USD")).toBe("106.395\u00a0$");
    expect(formatNumber(1234.5)).toBe("1.234,5");
    expect(formatPercent(46)).toBe("46\u00a0%");
    inLanguage("fr");
    expect(formatMoney(106395, "USD")).toBe("106\u202f395\u00a0$US");
    inLanguage("nl");
    expect(formatMoney(106395, "EUR")).toBe("€\u00a0106.395");
  });

  it("reads a decimal comma where the page writes one, and a point anywhere", () => {
    expect(plainDecimalFromTyped("0,7")).toBe("0,7");
    expect(typedNumberText(0.5)).toBe("0.5");
    inLanguage("de");
    expect(plainDecimalFromTyped("0,7")).toBe("0.7");
    expect(plainDecimalFromTyped("0.7")).toBe("0.7");
    expect(plainDecimalFromTyped("-12,")).toBe("-12.");
    expect(plainDecimalFromTyped("1.000,5")).toBe("1.000,5");
    expect(typedNumberText(0.5)).toBe("0,5");
    expect(typedNumberText(40)).toBe("40");
  });
});
