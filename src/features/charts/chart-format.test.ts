import { describe, expect, it } from "vitest";
import { moneyTicks } from "./chart-format.ts";

describe("money axis ticks", () => {
  const usd = moneyTicks("USD");

  it("are compact up to the trillions", () => {
    // Node's ICU may write "$12.0K" where a browser writes "$12K".
    expect(usd(12_000)).toMatch(/^\$12(\.0)?K$/);
    expect(usd(999e12)).toMatch(/^\$999(\.0)?T$/);
  });

  it("switch to exponent form from a thousand trillion, where compact notation has no unit left", () => {
    expect(usd(1e15)).toBe("$1E15");
    expect(usd(1.35e19)).toBe("$1.35E19");
    expect(usd(-3.2e16)).toBe("-$3.2E16");
    expect(moneyTicks("EUR")(2.4e20)).toBe("€2.4E20");
  });

  it("stay short at the largest figures a valid scenario reaches", () => {
    for (const value of [4.5e18, 9e18, 1.35e19, 1.8e19, 2e20, 2.4e20])
      expect(usd(value).length).toBeLessThanOrEqual(9);
  });
});
