import { describe, expect, it } from "vitest";
import { decideDecimalComma, parseDecimal } from "./numbers.ts";

describe("parseDecimal", () => {
  it.each([
    ["1234.5", 1234.5],
    ["1,234.50", 1234.5],
    ["1.234,50", 1234.5],
    ["1 234,50", 1234.5],
    ["1\u00a0234,50", 1234.5],
    ["1\u202f234.50", 1234.5],
    ["1'234.50", 1234.5],
    ["1,234,567", 1234567],
    ["1.234.567", 1234567],
    ["12,34,567.00", 1234567],
    ["1,5", 1.5],
    ["0.25", 0.25],
    [".5", 0.5],
    ["12", 12],
  ])("reads %j whatever the column's convention", (text, expected) => {
    expect(parseDecimal(text, false)).toBe(expected);
    expect(parseDecimal(text, true)).toBe(expected);
  });

  it("reads a lone separator before three digits by the column's convention", () => {
    expect(parseDecimal("1,234", false)).toBe(1234);
    expect(parseDecimal("1,234", true)).toBe(1.234);
    expect(parseDecimal("1.234", false)).toBe(1.234);
    expect(parseDecimal("1.234", true)).toBe(1234);
  });

  it.each(["", "abc", "1,2,3", "1.234.5,6.7", "12.5.3", "1,23,4.5", "-1", "1e5", "0x10", "=1+2"])("does not read %j", (text) => {
    expect(parseDecimal(text, false)).toBeNull();
  });
});

describe("decideDecimalComma", () => {
  it("is true when most values show a decimal comma", () => {
    expect(decideDecimalComma(["1.234,50", "12,00", "3,5", "7"])).toBe(true);
  });

  it("is false when most values show a decimal point, or none shows", () => {
    expect(decideDecimalComma(["1,234.50", "12.00"])).toBe(false);
    expect(decideDecimalComma(["1,234", "1.234", "5"])).toBe(false);
  });
});
