import { describe, expect, it } from "vitest";
import { addPlan, computeCosts, defaultScenario, setPlanTerm, type Scenario } from "../../model/index.ts";
import { embedSummary } from "./embed-summary.ts";

/** Basic (plan 1) and Gold Care at 150 per staff member. */
function twoPlans(base: Scenario = defaultScenario()): Scenario {
  const s = addPlan({ ...base, msName: "Basic" });
  return setPlanTerm(setPlanTerm(s, 2, "msName", "Gold Care"), 2, "msSeat", 150);
}

describe("the summary the embed sends its host page", () => {
  it("carries every plan's name, total, cost per staff member and month and break-even month", () => {
    const scenario = twoPlans();
    const costs = computeCosts(scenario);
    const summary = embedSummary(scenario, costs, "GBP");
    expect(summary.plans).toEqual([
      { name: "Basic", total: costs.plans[0]!.total, perSeatMonth: costs.plans[0]!.perSeatMonth, breakEvenMonth: computeCosts({ ...scenario, focus: 1 }).breakEvenMonth },
      { name: "Gold Care", total: costs.plans[1]!.total, perSeatMonth: costs.plans[1]!.perSeatMonth, breakEvenMonth: computeCosts({ ...scenario, focus: 2 }).breakEvenMonth },
    ]);
    expect(summary).toMatchObject({ months: 36, currency: "GBP", focus: costs.focus, breakFixTotal: costs.breakFix.total });
  });

  it("says which option is cheapest, by number and name, and keeps the managed figures the focus plan's", () => {
    const scenario = { ...twoPlans(), focus: 2 };
    const costs = computeCosts(scenario);
    const summary = embedSummary(scenario, costs, "USD");
    expect(summary.focus).toBe(2);
    expect(summary.managedTotal).toBe(costs.plans[1]!.total);
    expect(summary.difference).toBeCloseTo(summary.breakFixTotal - summary.managedTotal, 6);
    expect(summary.cheapest).toBe(1);
    expect(summary.cheapestName).toBe("Basic");
  });

  it("names break-fix when it is cheapest", () => {
    const scenario = setPlanTerm(twoPlans({ ...defaultScenario(), issues: 0.05, srvIssues: 0 }), 1, "msSeat", 500);
    const summary = embedSummary(scenario, computeCosts(scenario), "USD");
    expect(summary.cheapest).toBe(0);
    expect(summary.cheapestName).toBe("Break-fix");
  });

  it("keeps a plan name that looks like markup as the text it is", () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const scenario = setPlanTerm(twoPlans(), 2, "msName", hostile);
    expect(embedSummary(scenario, computeCosts(scenario), "USD").plans[1]!.name).toBe(hostile);
  });
});
