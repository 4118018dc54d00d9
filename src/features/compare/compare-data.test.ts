import { describe, expect, it } from "vitest";
import { addPlan, defaultScenario, setPlanTerm, type Scenario } from "../../model/index.ts";
import { readUrl, writeUrl, DEFAULT_DISPLAY } from "../../state/url-state.ts";
import { changedInputs } from "./compare-data.ts";

/** Basic, Standard and Premium over `base`. */
function threeTiers(base: Scenario = defaultScenario(), standardSeat = 120): Scenario {
  let s = addPlan(addPlan({ ...base, msName: "Basic", msSeat: 60 }));
  s = setPlanTerm(setPlanTerm(s, 2, "msName", "Standard"), 2, "msSeat", standardSeat);
  return setPlanTerm(setPlanTerm(s, 3, "msName", "Premium"), 3, "msSeat", 180);
}

function lines(a: Scenario, b: Scenario): string[] {
  return changedInputs(a, b).map((change) => `${change.label}: ${String(change.a)} in A, ${String(change.b)} in B`);
}

describe("what differs between A and B", () => {
  it("names a plan's changed term by the plan's name", () => {
    expect(lines(threeTiers(), threeTiers(defaultScenario(), 130))).toEqual(["Standard: Fee per staff member: 120 in A, 130 in B"]);
  });

  it("lists the business first, then the plan count, then each plan's terms", () => {
    const a = { ...threeTiers(), seats: 20 };
    const b = setPlanTerm(addPlan({ ...threeTiers(), seats: 35 }), 4, "msName", "Gold Care");
    expect(lines(a, b)).toEqual([
      "Staff who use IT: 20 in A, 35 in B",
      "Plans: 3 in A, 4 in B",
      "Plan 4: no such plan in A, “Gold Care” in B",
    ]);
  });

  it("says when a plan was renamed, and which plan each side compares", () => {
    const a = threeTiers();
    const b = { ...setPlanTerm(threeTiers(), 3, "msName", "Premium Plus"), focus: 3 };
    const changes = changedInputs(a, b);
    expect(changes.map((change) => [change.key, change.label, change.a, change.b])).toEqual([
      ["focus", "Plan compared with break-fix", "the cheapest plan", "“Premium Plus”"],
      ["p3.msName", "Plan 3’s name", "Premium", "Premium Plus"],
    ]);
  });

  it("names plan 1's terms by its name too, under their unprefixed keys", () => {
    const changes = changedInputs(defaultScenario(), { ...defaultScenario(), msOutside: 20 });
    expect(changes).toEqual([{ key: "msOutside", label: "Managed: Calls billed outside the fee", a: 0, b: 20 }]);
  });

  it("is empty for the same plans", () => {
    expect(changedInputs(threeTiers(), threeTiers())).toEqual([]);
  });
});

describe("a pinned scenario A in a link", () => {
  it("keeps its plans under the a. prefix, and reads a.plans=3 back", () => {
    const pinned = { ...threeTiers({ ...defaultScenario(), seats: 20 }), focus: 2 };
    const query = writeUrl({ scenario: defaultScenario(), display: DEFAULT_DISPLAY, pinned });
    const params = new URLSearchParams(query);
    expect(params.get("a.plans")).toBe("3");
    expect(params.get("a.p2.msSeat")).toBe("120");
    expect(params.get("a.p3.msName")).toBe("Premium");
    const read = readUrl(`?${query}`);
    expect(read.problems).toEqual([]);
    expect(read.pinned).toEqual(pinned);
    expect(read.scenario).toEqual(defaultScenario());
  });

  it("reports a bad plan field of A by its prefixed key", () => {
    const read = readUrl("?a.plans=2&a.p2.msSeat=-4&v=2");
    expect(read.pinned?.otherPlans).toHaveLength(1);
    expect(read.problems.map((problem) => problem.key)).toEqual(["a.p2.msSeat"]);
  });
});
