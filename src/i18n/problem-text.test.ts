import { describe, expect, it } from "vitest";
import { problemReasonInEnglish, problemText } from "./problem-text.ts";
import type { PageProblem } from "../state/page-problem.ts";
import { parseScenario } from "../model/index.ts";
import { readUrl } from "../state/url-state.ts";

describe("problemText", () => {
  it("words each code as a sentence about its subject", () => {
    const cases: [PageProblem, string][] = [
      [{ key: "seats", code: "repeated", values: { count: 2 } }, "seats appears 2 times, so none of its values was used"],
      [{ key: "seats", code: "outOfRange", values: { min: 1, max: 5000 } }, "seats must be between 1 and 5,000"],
      [{ key: "seats", code: "notWhole", values: { min: 1, max: 5000 } }, "seats must be a whole number between 1 and 5,000"],
      [{ key: "seats", code: "notPlainNumber" }, "seats is not a plain number (use digits and a decimal point, like 12.5)"],
      [{ key: "focus", code: "focusBeyondPlans", values: { plan: 4, plans: 1 } }, "focus names plan 4, but there is 1 plan"],
      [{ key: "p4.msSeat", code: "planBeyondPlans", values: { plan: 4, plans: 3 } }, "p4.msSeat is for plan 4, but there are 3 plans, so it was ignored"],
      [{ key: "msName", code: "tooManyCharacters", values: { max: 40 } }, "msName must be at most 40 characters"],
      [{ key: "v", code: "versionNewer", values: { version: 7, current: 2 } }, "v says the link was made by a newer version of this calculator (7; this one reads up to 2), so it was read as version 2"],
      [{ key: "v", code: "versionNotUpgraded", values: { from: 1, to: 2 } }, "v could not be upgraded from version 1 to 2, so the link was read as it stands"],
      [{ key: "brand", code: "brandCut", values: { max: 60 } }, "brand was cut to 60 characters"],
    ];
    for (const [problem, sentence] of cases) expect(problemText(problem, problem.key)).toBe(sentence);
  });

  it("words every problem a hostile link can raise, with no code or placeholder left showing", () => {
    const { problems } = readUrl(
      "?seats=abc&seats=2&issues=-1&paths=2000.5&downtime=yes&msName=%0A&bogus=1&v=9&plans=2&focus=3&p3.msSeat=1&currency=XYZ&present=2&a=2&a.seats=0",
    );
    expect(problems.length).toBeGreaterThan(8);
    for (const problem of problems) {
      const text = problemText(problem, problem.key);
      expect(text.startsWith(problem.key)).toBe(true);
      expect(text).not.toMatch(/[{}]|undefined|NaN/);
    }
  });

  it("gives the host's console the reason alone, in English", async () => {
    const { problems } = parseScenario(new URLSearchParams("seats=0"));
    expect(await problemReasonInEnglish(problems[0]!)).toBe("must be between 1 and 5,000");
  });
});
