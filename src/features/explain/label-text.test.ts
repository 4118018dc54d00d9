import { describe, expect, it } from "vitest";
import {
  SIDE_MONTH_FIELDS,
  defaultPlanTerms,
  defaultScenario,
  explain,
  type Expression,
  type Figure,
  type Label,
  type LabelCode,
  type Scenario,
} from "../../model/index.ts";
import { isDefaultPlanName, labelText, planName } from "./label-text.ts";

const DEFAULT = defaultScenario();

/** Gold (plan 2) is the cheapest, so the focus; plan 3 keeps its default name. */
const THREE: Scenario = {
  ...DEFAULT,
  otherPlans: [
    { ...defaultPlanTerms(2), msName: "Gold", msSeat: 80 },
    { ...defaultPlanTerms(3), msSeat: 200 },
  ],
};

/** The nodes of a figure's explanation, each once. */
function nodes(root: Expression): Expression[] {
  const seen = new Set<Expression>();
  const visit = (node: Expression) => {
    if (seen.has(node)) return;
    seen.add(node);
    node.children.forEach(visit);
  };
  visit(root);
  return [...seen];
}

/** The words of every node of the figure, each once. */
const texts = (scenario: Scenario, figure: Figure) => new Set(nodes(explain(scenario, figure)).map((node) => labelText(node.label)));

describe("labelText, in English", () => {
  it("words each figure as the model used to write it", () => {
    const cases: [Scenario, Figure, string][] = [
      [DEFAULT, { kind: "month", side: "breakFix", month: 3, part: "userCalls" }, "Break-fix user calls, month 3"],
      [DEFAULT, { kind: "month", side: "managed", month: 1, part: "invoice" }, "Managed invoice, month 1"],
      [DEFAULT, { kind: "month", side: "managed", month: 5, part: "cumulative" }, "Managed total to date, month 5"],
      [DEFAULT, { kind: "total", side: "breakFix" }, "Break-fix total over 36 months"],
      [{ ...DEFAULT, months: 1 }, { kind: "total", side: "breakFix" }, "Break-fix total over 1 month"],
      [DEFAULT, { kind: "invoices", side: "breakFix" }, "Break-fix invoices over 36 months"],
      [DEFAULT, { kind: "downtime", side: "managed" }, "Managed downtime cost over 36 months"],
      [DEFAULT, { kind: "downtimeHours", side: "managed" }, "Managed downtime over 36 months"],
      [DEFAULT, { kind: "averageMonth", side: "managed" }, "Managed average month"],
      [DEFAULT, { kind: "perSeatMonth", side: "managed" }, "Managed per person per month"],
      [DEFAULT, { kind: "difference" }, "Difference: break-fix total − managed total"],
      [DEFAULT, { kind: "breakEvenMonth" }, "Break-even month"],
      [DEFAULT, { kind: "breakEvenIssues" }, "Break-even issue rate"],
      [DEFAULT, { kind: "sensitivity", key: "bfRate", part: "lower" }, "Difference with Break-fix: Hourly rate 25 % lower (112.5 instead of 150)"],
      [DEFAULT, { kind: "sensitivity", key: "bfRate", part: "swing" }, "Swing of Break-fix: Hourly rate"],
      [DEFAULT, { kind: "sensitivity", key: "seats", part: "lower" }, "Difference with Staff who use IT 25 % lower (19 instead of 25)"],
      [THREE, { kind: "total", side: "managed", plan: 2 }, "Gold total over 36 months"],
      [THREE, { kind: "total", side: "managed", plan: 3 }, "Plan 3 total over 36 months"],
      [THREE, { kind: "month", side: "managed", plan: 2, month: 2, part: "fee" }, "Gold monthly fee, month 2"],
      [THREE, { kind: "sensitivity", key: "p2.msSeat", part: "higher" }, "Difference with Gold: Fee per staff member 25 % higher (100 instead of 80)"],
    ];
    for (const [scenario, figure, text] of cases) expect(labelText(explain(scenario, figure).label)).toBe(text);
  });

  it("words the parts of a figure as the model used to write them", () => {
    const invoice = texts(DEFAULT, { kind: "month", side: "breakFix", month: 1, part: "invoice" });
    for (const text of [
      "Labour per user call at the standard rate",
      "Hours billed per server call",
      "Price of a major outage",
      "Labour per server call with the after-hours blend",
      "Calls per problem: 1 ÷ (1 − share that recur)",
      "12 months",
      "1",
      "Hourly rate",
    ]) {
      expect(invoice).toContain(text);
    }
    const breakEven = texts(THREE, { kind: "breakEvenMonth" });
    expect(breakEven).toContain("Month 1: break-fix to date − managed to date");
    expect(breakEven).toContain("Gold total to month 36");
    expect(breakEven).toContain("Break-fix total to month 1");
    const issues = texts(THREE, { kind: "breakEvenIssues" });
    expect(issues).toContain("Gold: total at 1 issue − total at 0");
    expect(issues).toContain("Managed's head start cost: managed − break-fix at 0 issues");
    const average = texts(DEFAULT, { kind: "perSeatMonth", side: "breakFix" });
    expect(average).toContain("Staff summed over 36 months (person-months)");
    expect(texts(DEFAULT, { kind: "averageMonth", side: "breakFix" })).toContain("36 months");
  });

  it("writes a default plan name in the page's language, and a given name as given", () => {
    expect(planName("Managed")).toBe("Managed");
    expect(planName("Plan 3")).toBe("Plan 3");
    expect(planName("Gold")).toBe("Gold");
    expect([isDefaultPlanName("Managed"), isDefaultPlanName("Plan 4"), isDefaultPlanName("Gold"), isDefaultPlanName("Plan 9")]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

/** Every code of the model's labels: the compiler keeps this list whole. */
const EVERY_CODE: Readonly<Record<LabelCode, true>> = {
  one: true,
  twelveMonths: true,
  yearsSinceMonth1: true,
  atLeastOnePerson: true,
  growthSinceMonth1: true,
  onePlusYearlyGrowth: true,
  staffThisMonth: true,
  staffRounded: true,
  staffGrown: true,
  endpointsThisMonth: true,
  endpointsGrown: true,
  afterHoursBlend: true,
  afterHoursShareTimesExtra: true,
  multiplierLessOne: true,
  callOutFeePerCall: true,
  staffHoursLostPerUserCall: true,
  waitPlusRepairHours: true,
  responsePlusRepairHours: true,
  staffHoursLostPerServerIncident: true,
  workLostWhileOpen: true,
  callsCoveredByFee: true,
  noAfterHoursRates: true,
  newProblems: true,
  callsPerProblem: true,
  userCalls: true,
  problemsCalledIn: true,
  serverCalls: true,
  serverIncidentsThisMonth: true,
  serverIncidentsAYear: true,
  serverIncidentsAYearAfterMaintenance: true,
  majorOutages: true,
  majorOutagesAYearAfterMaintenance: true,
  problemsLivedWith: true,
  shareNotCalledIn: true,
  shareOfProblemsLeft: true,
  problemsLeftAfterMaintenance: true,
  shareOfOutagesLeft: true,
  noProblemsLivedWith: true,
  monthlyFee: true,
  feeBySize: true,
  feePerStaffMember: true,
  feePerEndpoint: true,
  feePerServer: true,
  noOnboardingAfterMonth1: true,
  workOutsideFee: true,
  hoursOutsideFee: true,
  technicianHoursOnCalls: true,
  onUserCalls: true,
  onServerCalls: true,
  staffHoursLostToCalls: true,
  lostToUserCalls: true,
  lostToServerIncidents: true,
  perPersonAffected: true,
  lostToMajorOutages: true,
  perPerson: true,
  downtime: true,
  lostToProblemsLivedWith: true,
  downtimeCost: true,
  invoice: true,
  managedInvoice: true,
  labourAtStandardRates: true,
  callOutFees: true,
  afterHoursPremium: true,
  noneUnderBreakFix: true,
  noneCoveredByFee: true,
  totalInvoicePlusDowntime: true,
  totalInvoiceOnly: true,
  monthInvoice: true,
  monthDowntimeCost: true,
  difference: true,
  swing: true,
  higherLessLower: true,
  lowerLessHigher: true,
  breakEvenMonth: true,
  breakEvenIssueRate: true,
  slopeGap: true,
  headStart: true,
  scaleOfTotals: true,
  largerTotalAtOneIssue: true,
  input: true,
  labourPerCallAtStandardRate: true,
  hoursBilledPerCall: true,
  pricePerCall: true,
  labourPerCallWithAfterHours: true,
  sideMonthPart: true,
  sideTotalOverHorizon: true,
  sideInvoicesOverHorizon: true,
  sideDowntimeCostOverHorizon: true,
  sideDowntimeOverHorizon: true,
  sideAverageMonth: true,
  sidePerPersonPerMonth: true,
  sideTotal: true,
  sideTotalAtOneIssueLessZero: true,
  sideTotalToMonth: true,
  staffSummedOverHorizon: true,
  horizon: true,
  monthGap: true,
  sensitivityDifference: true,
  sensitivitySwing: true,
};

describe("labelText, for every code", () => {
  it("words every label of every kind of figure of a scenario of three plans", { timeout: 30_000 }, () => {
    const kinds = ["total", "invoices", "downtime", "downtimeHours", "averageMonth", "perSeatMonth"] as const;
    const figures: Figure[] = [
      ...kinds.flatMap((kind) => (["breakFix", "managed"] as const).flatMap((side) => [1, 2, 3].map((plan) => ({ kind, side, plan })))),
      ...SIDE_MONTH_FIELDS.flatMap((part) =>
        [1, 2].flatMap((month) => (["breakFix", "managed"] as const).map((side) => ({ kind: "month" as const, side, month, part, plan: 3 }))),
      ),
      { kind: "difference" },
      { kind: "breakEvenMonth" },
      { kind: "breakEvenIssues" },
      ...(["lower", "higher", "swing"] as const).flatMap((part) =>
        ["seats", "bfRate", "p2.msSeat"].map((key) => ({ kind: "sensitivity" as const, key, part })),
      ),
    ];
    const worded = new Set<string>();
    const wrong: string[] = [];
    const check = (label: Label) => {
      const text = labelText(label);
      worded.add(label.code);
      if (typeof text !== "string" || text.trim() === "" || /undefined|NaN|[{}]/.test(text)) wrong.push(`${label.code}: ${JSON.stringify(text)}`);
    };
    for (const scenario of [{ ...THREE, months: 12 }, { ...THREE, months: 12, downtime: false }]) {
      for (const figure of figures) for (const node of nodes(explain(scenario, figure))) check(node.label);
    }
    // A figure that is a month's part or a swing is named as such, so these labels of the formulas
    // never show in an explanation; they need no values, and are worded all the same.
    const renamed = Object.keys(EVERY_CODE).filter((code) => !worded.has(code));
    expect(renamed.sort()).toEqual([
      "afterHoursPremium",
      "callsCoveredByFee",
      "noAfterHoursRates",
      "noProblemsLivedWith",
      "noneCoveredByFee",
      "noneUnderBreakFix",
      "swing",
    ]);
    for (const code of renamed) check({ code } as Label);
    expect(wrong).toEqual([]);
  });
});
