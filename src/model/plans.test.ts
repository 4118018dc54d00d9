/**
 * Managed plans (PLANS.md): reading and writing them in links, the work billed outside the fee,
 * the focus plan and the cheapest option. Hand-worked figures are worked in the comments.
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeCosts, optionTotals } from "./costs.ts";
import { defaultScenario, type Scenario } from "./inputs.ts";
import { addPlan, removePlan, setPlanTerm } from "./plan-edits.ts";
import { planScenario, planTerms } from "./plans.ts";
import { parseScenario, scenarioToParams } from "./scenario.ts";
import { sensitivity } from "./index.ts";
import { sizeCurve } from "./size-curve.ts";
import { scenarioArbitrary } from "./test-arbitraries.ts";

const CENT = 2;

function parse(query: string) {
  return parseScenario(new URLSearchParams(query));
}

/**
 * Two quotes for the default office over 12 months, downtime off: "All-inclusive" at 120 a person,
 * "Basic" at 95 a person with 40 % of calls billed at 120 an hour.
 *
 * Break-fix (the defaults): user call 150 × 1.075 × 1.5 h + 30 % × 90 = 268.875; 10 user calls a
 * month (0.5 × 25 × 60 % ÷ 0.75); server call 150 × 1.075 × 4 + 27 = 672, 0.5 ÷ 0.75 × … = 2/3 a
 * month; outage 150 × 1.075 × 24 + 90 = 3,960, 1/24 a month: 2,688.75 + 448 + 165 = 3,301.75 a
 * month, 39,621 over 12 months.
 * All-inclusive: max(500, 120 × 25 + 150 × 2) = 3,300 a month, + 2,000 onboarding: 41,600.
 * Basic: fee max(500, 95 × 25 + 300) = 2,675. Its calls: user 0.5 × 25 × 0.6 ÷ 0.95 = 7.894737,
 * server 3 × 2 × 0.6 ÷ 12 ÷ 0.95 = 0.315789; hours 7.894737 × 0.75 + 0.315789 × 2 = 6.552632;
 * outside 0.4 × 6.552632 × 120 = 314.526316 a month. Invoice 2,989.526316 a month; 12 months
 * + 2,000 onboarding = 37,874.315789.
 */
const TWO_QUOTES = "downtime=0&months=12&msSeat=120&msName=All-inclusive&plans=2&p2.msName=Basic&p2.msSeat=95&p2.msOutside=40&p2.msRate=120";

describe("managed plans: the figures", () => {
  const { scenario, problems } = parse(TWO_QUOTES);
  const result = computeCosts(scenario);

  it("reads the two quotes without a problem", () => {
    expect(problems).toEqual([]);
    expect(result.plans.map((plan) => plan.name)).toEqual(["All-inclusive", "Basic"]);
  });

  it("bills the share of calls outside the fee by the hour, in exact time", () => {
    expect(result.months[0]!.plans[1]!.outsideWork).toBeCloseTo(314.526316, 5);
    expect(result.months[1]!.plans[1]!.invoice).toBeCloseTo(2989.526316, 5);
    expect(result.months[1]!.plans[0]!.outsideWork).toBe(0);
  });

  it("totals each plan, and compares break-fix with the cheapest plan when no plan is chosen", () => {
    expect(result.breakFix.total).toBeCloseTo(39621, CENT);
    expect(result.plans[0]!.total).toBeCloseTo(41600, CENT);
    expect(result.plans[1]!.total).toBeCloseTo(37874.315789, CENT);
    expect(result.focus).toBe(2);
    expect(result.cheapest).toBe(2);
    expect(result.managed.total).toBe(result.plans[1]!.total);
    expect(result.difference).toBeCloseTo(39621 - 37874.315789, CENT);
    // 3,301.75 m ≥ 2,989.526316 m + 2,000 from m = 6.41: month 7.
    expect(result.breakEvenMonth).toBe(7);
    expect(result.months[3]!.managed).toEqual(result.months[3]!.plans[1]);
  });

  it("compares break-fix with the chosen plan, while the cheapest option stays the cheapest", () => {
    const chosen = computeCosts({ ...scenario, focus: 1 });
    expect(chosen.focus).toBe(1);
    expect(chosen.cheapest).toBe(2);
    expect(chosen.difference).toBeCloseTo(39621 - 41600, CENT);
    expect(chosen.breakEvenMonth).toBeNull();
  });

  it("names break-fix the cheapest option when it costs least, ties going to the lowest option", () => {
    const cheapBreakFix = computeCosts({ ...scenario, bfRate: 50 });
    expect(cheapBreakFix.cheapest).toBe(0);
    // Plan 2 a copy of plan 1: equal totals, so plan 1 is the focus and, against dear break-fix, the cheapest.
    const copy = addPlan(defaultScenario());
    expect(computeCosts(copy).focus).toBe(1);
    expect(computeCosts({ ...copy, bfRate: 2000 }).cheapest).toBe(1);
  });

  it("gives a one-plan scenario exactly the figures of one managed side", () => {
    fc.assert(
      fc.property(scenarioArbitrary({ months: { max: 36 }, msOutside: { max: 0 } }), (one) => {
        const costs = computeCosts(one);
        expect(costs.plans).toHaveLength(1);
        expect(costs.focus).toBe(1);
        expect(costs.plans[0]).toEqual({ ...costs.managed, name: "Managed" });
        expect(costs.months.every((month) => month.plans[0] === month.managed)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it("gives each plan the figures it has alone as plan 1, and holds the cheapest's total lowest", () => {
    fc.assert(
      fc.property(scenarioArbitrary({ months: { max: 24 } }, { min: 2, max: 4 }), (many) => {
        const costs = computeCosts(many);
        costs.plans.forEach((plan, index) => {
          const alone = computeCosts({ ...planScenario(many, index + 1), otherPlans: [], focus: 0 });
          expect(plan.total).toBe(alone.managed.total);
          expect(costs.breakFix.total).toBe(alone.breakFix.total);
        });
        const totals = [costs.breakFix.total, ...costs.plans.map((plan) => plan.total)].map((total) => Math.round(total * 100));
        expect(totals[costs.cheapest]).toBe(Math.min(...totals));
        expect(totals.findIndex((total) => total === Math.min(...totals))).toBe(costs.cheapest);
        expect(costs.focus).toBe(many.focus === 0 ? 1 + totals.slice(1).indexOf(Math.min(...totals.slice(1))) : many.focus);
        expect(optionTotals(many)).toEqual([costs.breakFix.total, ...costs.plans.map((plan) => plan.total)]);
      }),
      { numRuns: 60 },
    );
  });
});

describe("managed plans: links", () => {
  it("takes an absent key of plan k from the model's defaults, never from plan 1", () => {
    const { scenario } = parse("msSeat=200&plans=3&p3.msName=Gold");
    expect(planTerms(scenario, 2)).toMatchObject({ msName: "Plan 2", msSeat: 110 });
    expect(planTerms(scenario, 3)).toMatchObject({ msName: "Gold", msSeat: 110 });
  });

  it("names each bad plan field by its key and keeps the rest", () => {
    const { scenario, problems } = parse("plans=3&p2.msSeat=-5&p2.msMin=700&p3.msName=%20%20&p3.msOutside=101&focus=4&p4.msSeat=90&p2.msColour=red");
    expect(problems.map((problem) => problem.key)).toEqual(["p2.msSeat", "p3.msName", "p3.msOutside", "focus", "p4.msSeat", "p2.msColour"]);
    expect(problems.find((problem) => problem.key === "focus")).toEqual({ key: "focus", code: "focusBeyondPlans", values: { plan: 4, plans: 3 } });
    expect(problems.find((problem) => problem.key === "p4.msSeat")).toEqual({ key: "p4.msSeat", code: "planBeyondPlans", values: { plan: 4, plans: 3 } });
    expect(planTerms(scenario, 2)).toMatchObject({ msSeat: 110, msMin: 700 });
    expect(planTerms(scenario, 3)).toMatchObject({ msName: "Plan 3", msOutside: 0 });
    expect(scenario.focus).toBe(0);
  });

  it("refuses a plan count outside 1 – 4 and reads the plan keys as keys of no plan", () => {
    for (const count of ["0", "5", "2.5", "two", ""]) {
      const { scenario, problems } = parse(`plans=${count}&p2.msSeat=90`);
      expect(scenario.otherPlans).toEqual([]);
      expect(problems.map((problem) => problem.key)).toEqual(["plans", "p2.msSeat"]);
    }
  });

  it("keeps a name as text: trimmed, at most 40 characters, no control characters", () => {
    expect(parse("msName=%20%20Gold%20Care%20").scenario.msName).toBe("Gold Care");
    expect(parse(`msName=${"é".repeat(40)}`).problems).toEqual([]);
    expect(parse(`msName=${"x".repeat(41)}`).problems[0]).toEqual({ key: "msName", code: "tooManyCharacters", values: { max: 40 } });
    expect(parse("msName=Gold%0ACare").problems[0]).toEqual({ key: "msName", code: "controlCharacter" });
    const hostile = '<b onclick=x()>=cmd|"/c calc"!A0';
    expect(parse(new URLSearchParams({ msName: hostile }).toString()).scenario.msName).toBe(hostile);
  });

  it("reads version 1 and version 2 links the same way", () => {
    expect(parse("v=1&seats=40").problems).toEqual([]);
    expect(parse("v=2&seats=40").scenario).toEqual(parse("v=1&seats=40").scenario);
  });

  it("writes each plan's terms under its prefix, only where they differ from the defaults, and reads them back", () => {
    const { scenario } = parse(TWO_QUOTES);
    expect(scenarioToParams(scenario).toString()).toBe(
      "months=12&downtime=0&msSeat=120&msName=All-inclusive&plans=2&p2.msSeat=95&p2.msOutside=40&p2.msRate=120&p2.msName=Basic",
    );
    fc.assert(
      fc.property(scenarioArbitrary({}, { min: 1, max: 4 }), (any) => {
        const read = parseScenario(scenarioToParams(any));
        expect(read.problems).toEqual([]);
        expect(read.scenario).toEqual(any);
      }),
      { numRuns: 100 },
    );
  });
});

describe("managed plans: sensitivity and size curve hold the focus plan", () => {
  it("varies the focus plan's terms by their link keys, never another plan's, the count or the focus", () => {
    const { scenario } = parse(`${TWO_QUOTES}&focus=2`);
    const keys = sensitivity(scenario).map((row) => row.key);
    expect(keys).toContain("p2.msSeat");
    expect(keys).toContain("p2.msOutside");
    expect(keys.filter((key) => key.startsWith("ms"))).toEqual([]);
    expect(keys).not.toContain("plans");
    expect(keys).not.toContain("focus");
    // msOutside and msRate multiply each other: they tie, and keep the table's order.
    const outside = keys.indexOf("p2.msOutside");
    expect(keys[outside + 1]).toBe("p2.msRate");
  });

  it("draws every plan's average month at every size, the focus plan's as `managed`", () => {
    const { scenario } = parse(TWO_QUOTES);
    const points = sizeCurve(scenario);
    const at25 = points[24]!;
    expect(at25.plans[0]).toBeCloseTo(41600 / 12, CENT);
    expect(at25.plans[1]).toBeCloseTo(37874.315789 / 12, CENT);
    expect(at25.managed).toBe(at25.plans[1]);
  });
});

describe("managed plans: editing", () => {
  const base: Scenario = { ...defaultScenario(), msSeat: 130, msName: "Premium" };

  it("adds a plan with plan 1's terms, named Plan k, up to four", () => {
    let scenario = addPlan(base);
    expect(planTerms(scenario, 2)).toEqual({ ...planTerms(base, 1), msName: "Plan 2" });
    scenario = addPlan(addPlan(scenario));
    expect(scenario.otherPlans).toHaveLength(3);
    expect(addPlan(scenario)).toBe(scenario);
  });

  it("removes a plan, moving the later ones up and keeping the focus on the same plan", () => {
    let scenario = setPlanTerm(addPlan(addPlan(base)), 3, "msName", "Gold");
    scenario = { ...scenario, focus: 3 };
    const without2 = removePlan(scenario, 2);
    expect(without2.otherPlans.map((plan) => plan.msName)).toEqual(["Gold"]);
    expect(without2.focus).toBe(2);
    const without1 = removePlan(scenario, 1);
    expect(without1.msName).toBe("Plan 2");
    expect(without1.focus).toBe(2);
    expect(removePlan(scenario, 3).focus).toBe(0);
    expect(removePlan(base, 1)).toBe(base);
  });
});
