import { describe, expect, it } from "vitest";
import { i18n } from "@lingui/core";
import { explain, defaultPlanTerms, defaultScenario, type Expression } from "../../model/index.ts";
import { equation, formatFigure, monthRuns } from "./explain-text.ts";

const DEFAULT = defaultScenario();

describe("formatFigure", () => {
  it("writes each kind of figure with its unit, money to the cent in the chosen currency", () => {
    expect(formatFigure(3301.745, "money", "USD")).toBe("$3,301.75");
    expect(formatFigure(150, "moneyPerHour", "GBP")).toBe("£150.00 per hour");
    expect(formatFigure(268.875, "moneyPerCall", "USD")).toBe("$268.88 per call");
    expect(formatFigure(0.25, "fraction", "USD")).toBe("25%");
    expect(formatFigure(1.075, "factor", "USD")).toBe("1.075×");
    expect(formatFigure(1.5, "hours", "USD")).toBe("1.5 h");
    expect(formatFigure(10, "calls", "USD")).toBe("10 calls");
    expect(formatFigure(1, "calls", "USD")).toBe("1 call");
    expect(formatFigure(1, "people", "USD")).toBe("1 person");
    expect(formatFigure(7, "month", "USD")).toBe("month 7");
  });

  it("says none for a break-even month or issue rate that does not exist", () => {
    expect(formatFigure(Number.NaN, "month", "USD")).toBe("none");
    expect(formatFigure(Number.NaN, "issueRate", "USD")).toBe("none");
  });
});

describe("equation", () => {
  it("writes a product with this scenario's values and units", () => {
    const labour = explain(DEFAULT, { kind: "month", side: "breakFix", month: 1, part: "labour" });
    const userCalls = labour.children[0]!;
    expect(equation(userCalls, "USD")).toBe(
      "10 calls (user calls) × $225.00 per call (labour per user call at the standard rate) = $2,250.00",
    );
  });

  it("writes billed hours as rounded up to the increment with the minimum, or exact time when there is none", () => {
    const billed = (scenario: typeof DEFAULT): Expression =>
      explain(scenario, { kind: "month", side: "breakFix", month: 1, part: "labour" }).children[0]!.children[1]!.children[1]!;
    expect(equation(billed({ ...DEFAULT, bfHours: 1.1 }), "USD")).toBe(
      "1.1 h (hours per user issue) rounded up to steps of 0.25 h, at least 1 h = 1.25 h",
    );
    expect(equation(billed({ ...DEFAULT, bfHours: 1.1, bfStep: 0 }), "USD")).toBe(
      "1.1 h (hours per user issue) billed exactly, at least 1 h = 1.1 h",
    );
  });

  it("sums the months of a horizon in runs of equal months", () => {
    const managed = explain(DEFAULT, { kind: "total", side: "managed" });
    expect(monthRuns(managed).map((run) => [run.first, run.last])).toEqual([
      [1, 1],
      [2, 36],
    ]);
    expect(equation(managed, "USD")).toBe("$5,347.04 (month 1) + 35 × $3,347.04 (months 2–36) = $122,493.42");
  });

  it("says why managed never breaks even, with the gap in the last month", () => {
    const never = explain({ ...DEFAULT, months: 12, msSeat: 5000 }, { kind: "breakEvenMonth" });
    expect(equation(never, "USD")).toMatch(/^In month 12, managed’s total to date is still \$[\d,]+\.\d\d above break-fix’s: managed does not pay for itself within 12 months\.$/);
  });

  it("keeps a plan's own name as it is inside a sentence, and writes a default name as a word", () => {
    const gold = { ...DEFAULT, otherPlans: [{ ...defaultPlanTerms(2), msName: "Gold", msSeat: 80 }] };
    expect(equation(explain(gold, { kind: "difference" }), "USD")).toMatch(/\(break-fix total over 36 months\) − .+ \(Gold total over 36 months\)/);
    expect(equation(explain(DEFAULT, { kind: "difference" }), "USD")).toMatch(/\(managed total over 36 months\)/);
  });

  it("keeps the capitals of a language that writes its nouns with them", () => {
    const labour = explain(DEFAULT, { kind: "month", side: "breakFix", month: 1, part: "labour" }).children[0]!;
    i18n.loadAndActivate({ locale: "de", locales: ["de"], messages: {} });
    try {
      // No German catalog in tests: the English words, written as German would write them.
      expect(equation(labour, "USD")).toContain("(User calls) × ");
    } finally {
      i18n.loadAndActivate({ locale: "en", locales: ["en"], messages: {} });
    }
  });
});
