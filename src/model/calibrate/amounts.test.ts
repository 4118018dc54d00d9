import { describe, expect, it } from "vitest";
import { parseAmount } from "./amounts.ts";

describe("parseAmount", () => {
  it.each([
    ["1234.50", 1234.5],
    ["$1,234.50", 1234.5],
    ["A$1,234.50", 1234.5],
    ["NZ$ 99.00", 99],
    ["US$5", 5],
    ["USD 1,234.50", 1234.5],
    ["1,234.50 USD", 1234.5],
    ["€1.234,50", 1234.5],
    ["1.234,50 €", 1234.5],
    ["£1,234.50", 1234.5],
    ["CHF 1'234.50", 1234.5],
    ["1 234,50 kr", 1234.5],
    ["1\u00a0234,50\u00a0€", 1234.5],
    ["+12", 12],
    ["0.00", 0],
  ])("reads %j", (cell, expected) => {
    expect(parseAmount(cell, false)).toBe(expected);
  });

  it.each([
    ["-12", -12],
    ["−12", -12],
    ["12-", -12],
    ["(12)", -12],
    ["($1,234.50)", -1234.5],
    ["-$12.00", -12],
    ["$-12.00", -12],
    ["€ -12,00", -12],
    ["12.00 CR", -12],
    ["1.234,50- €", -1234.5],
  ])("reads the credit %j as a negative amount", (cell, expected) => {
    expect(parseAmount(cell, false)).toBe(expected);
  });

  it("reads an ambiguous thousands group by the column's convention", () => {
    expect(parseAmount("€1.234", true)).toBe(1234);
    expect(parseAmount("$1,234", false)).toBe(1234);
    expect(parseAmount("1,234", true)).toBe(1.234);
  });

  it.each(["", "-", "$", "n/a", "=1+2", "@SUM(A1)", "12 apples", "1,2,3", "TOTAL"])("does not read %j as an amount", (cell) => {
    expect(parseAmount(cell, false)).toBeNull();
  });
});
