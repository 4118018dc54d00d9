import { describe, expect, it } from "vitest";
import { defaultScenario } from "../inputs.ts";
import { addPlan, setPlanTerm } from "../plan-edits.ts";
import { calibrationScenario, fitScenario, withFittedValues } from "./calibration-scenario.ts";
import type { Fit } from "./types.ts";

describe("calibrationScenario", () => {
  it("sets the fitted inputs and nothing else", () => {
    const scenario = defaultScenario();
    const fit = {
      fitted: [
        { key: "issues", value: 0.78, unclamped: 0.78, clamped: false, basis: { code: "tickets", tickets: 1, months: 1 } },
        { key: "bfHours", value: 2.25, unclamped: 2.25, clamped: false, basis: { code: "timedTickets", tickets: 1 } },
      ],
    } as Fit;
    expect(calibrationScenario(scenario, fit)).toEqual({ ...scenario, issues: 0.78, bfHours: 2.25 });
    expect(scenario.issues).toBe(0.5);
  });
});

describe("a managed provider's fit, applied to a plan", () => {
  const twoPlans = setPlanTerm(setPlanTerm(addPlan(defaultScenario()), 2, "msName", "Gold Care"), 2, "msRecur", 20);
  const fitted = [
    { key: "issues" as const, value: 0.9 },
    { key: "msHours" as const, value: 0.4 },
    { key: "srvIssues" as const, value: 5 },
  ];

  it("sets the plan's terms on the chosen plan and the scenario's inputs on the scenario", () => {
    const next = withFittedValues(twoPlans, fitted, 2);
    expect(next.otherPlans[0]).toEqual({ ...twoPlans.otherPlans[0], msHours: 0.4 });
    expect(next).toEqual({ ...twoPlans, issues: 0.9, srvIssues: 5, otherPlans: next.otherPlans });
    expect(next.msHours).toBe(twoPlans.msHours);
  });

  it("sets plan 1's terms unprefixed", () => {
    expect(withFittedValues(twoPlans, fitted, 1)).toEqual({ ...twoPlans, issues: 0.9, srvIssues: 5, msHours: 0.4 });
  });

  it("is fitted against the chosen plan's fractions, the break-fix records against the scenario", () => {
    expect(fitScenario(twoPlans, "managed", 2).msRecur).toBe(20);
    expect(fitScenario(twoPlans, "managed", 1).msRecur).toBe(5);
    expect(fitScenario(twoPlans, "breakFix", 2)).toBe(twoPlans);
  });
});
