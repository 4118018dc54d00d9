import { describe, expect, it } from "vitest";
import { defaultScenario } from "../../model/index.ts";
import type { FittedValue } from "../../model/calibrate/types.ts";
import { changeSummary, defaultDateOrder, fittedChange, insideBandText, monthLabel, skippedText } from "./fit-text.ts";
import { fittedLabel } from "./calibrate-reasons.ts";

const issues: FittedValue = {
  key: "issues",
  value: 0.78,
  unclamped: 0.78,
  clamped: false,
  interval: { low: 0.68, high: 0.89 },
  basis: { code: "tickets", tickets: 150, months: 366 / (365.25 / 12) },
};

describe("the fit in words", () => {
  it("asks month first only of browsers set to US English", () => {
    expect(defaultDateOrder("en-US")).toBe("monthFirst");
    expect(defaultDateOrder("en-us")).toBe("monthFirst");
    expect(defaultDateOrder("en-GB")).toBe("dayFirst");
    expect(defaultDateOrder("de-DE")).toBe("dayFirst");
    expect(defaultDateOrder("en")).toBe("dayFirst");
    expect(defaultDateOrder("")).toBe("dayFirst");
  });

  it("names each fitted input by its label, with the side where both sides have one", () => {
    expect(fittedLabel("issues")).toBe("Issues per person per month");
    expect(fittedLabel("srvIssues")).toBe("Server incidents per server per year");
    expect(fittedLabel("bfHours")).toBe("Hours per user issue (break-fix)");
    expect(fittedLabel("msHours")).toBe("Hours per user issue (managed)");
    expect(fittedLabel("bfRate")).toBe("Hourly rate (break-fix)");
  });

  it("writes a fitted value from the current one, with its interval and basis", () => {
    expect(fittedChange(issues, 0.5)).toBe("0.50 → 0.78 (0.68–0.89) from 150 tickets over 12.0 months");
    const hours: FittedValue = { key: "bfHours", value: 1.2, unclamped: 1.2, clamped: false, basis: { code: "timedTickets", tickets: 140 } };
    expect(fittedChange(hours, 1.5)).toBe("1.50 → 1.20 mean of 140 tickets with time spent");
  });

  it("says when a fitted value was clamped to its input's range, and what the records said", () => {
    const high: FittedValue = { ...issues, value: 10, unclamped: 12.35, clamped: true, interval: { low: 11.2, high: 13.5 } };
    expect(fittedChange(high, 0.5)).toBe(
      "0.50 → 10.00, the most this input allows (0.00–10.00): the records say 12.35 (11.20–13.50) from 150 tickets over 12.0 months",
    );
    const low: FittedValue = { key: "bfHours", value: 0, unclamped: -0.5, clamped: true, basis: { code: "timedTickets", tickets: 3 } };
    expect(fittedChange(low, 1.5)).toBe("1.50 → 0.00, the least this input allows (0.00–80.00): the records say -0.50 mean of 3 tickets with time spent");
  });

  it("counts skipped rows by reason with their first line numbers, and an ellipsis when there are more", () => {
    expect(
      skippedText([
        { reason: "date unreadable", count: 18, firstLines: [4, 9, 12, 15, 20] },
        { reason: "amount unreadable", count: 1, firstLines: [7] },
      ]),
    ).toBe("19 rows skipped: date unreadable, lines 4, 9, 12, 15, 20 …; amount unreadable, line 7");
    expect(skippedText([{ reason: "date unreadable", count: 2, firstLines: [3, 5] }])).toBe("2 rows skipped: date unreadable, lines 3, 5");
    expect(skippedText([])).toBeNull();
  });

  it("says what Apply changes from what, leaving out what it does not change", () => {
    const before = { ...defaultScenario(), bfHours: 1.2 };
    const hours: FittedValue = { key: "bfHours", value: 1.2, unclamped: 1.2, clamped: false, basis: { code: "timedTickets", tickets: 1 } };
    expect(changeSummary([issues, hours], before)).toBe("Issues per person per month 0.50 → 0.78");
    expect(changeSummary([hours], before)).toBeNull();
  });

  it("counts the months inside the band in words", () => {
    expect(insideBandText(9, 12)).toBe("9 of 12 months inside the band");
    expect(insideBandText(1, 1)).toBe("1 of 1 month inside the band");
  });

  it("names a calendar month the same way in every time zone", () => {
    expect(monthLabel("2025-03")).toBe("Mar 2025");
    expect(monthLabel("2024-12")).toBe("Dec 2024");
  });
});
