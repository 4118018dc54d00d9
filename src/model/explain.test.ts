/**
 * Explanations: every node is its children's result, down to the scenario's inputs, and the root is
 * the figure computeCosts reports, on hand-checked examples and on random scenarios (fast-check).
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { billedHours } from "./arithmetic.ts";
import { SIDE_MONTH_FIELDS, computeCosts } from "./costs.ts";
import { explain, reportedFigure, type Figure, type MonthPart } from "./explain.ts";
import type { Expression } from "./expression.ts";
import type { Label } from "./labels.ts";
import { NUMERIC_KEYS, SENSITIVITY_KEYS, defaultScenario, numberInputDef, type NumericKey, type Scenario } from "./inputs.ts";
import { planTerms, splitPlanKey } from "./plans.ts";
import { sensitivity } from "./index.ts";
import { sizeCurve, sizeScenario } from "./size-curve.ts";
import { extremeScenario, scenarioArbitrary } from "./test-arbitraries.ts";

const DEFAULT = defaultScenario();

/** The operation of a node, recomputed here from its children's values. */
function operationOf(node: Expression): number {
  const values = node.children.map((child) => child.value);
  const [a = Number.NaN, b = Number.NaN, c] = values;
  switch (node.op) {
    case "input":
    case "constant":
      return node.value;
    case "sum":
    case "total":
      return values.reduce((sum, value) => sum + value, 0);
    case "same":
      return a;
    case "difference":
      return c === undefined ? a - b : a - b - c;
    case "product":
      return a * b;
    case "quotient":
      return a / b;
    case "max":
      return Math.max(a, b);
    case "round":
      return Math.round(a);
    case "power":
      return a ** b;
    case "billedHours":
      return billedHours(a, b, c!);
    case "breakEvenMonth": {
      // Each child is break-fix to date − managed to date; managed at or below means the gap's
      // managed child is no more than its break-fix child.
      let first = Number.NaN;
      for (let index = node.children.length - 1; index >= 0; index--) {
        const [breakFix, managed] = node.children[index]!.children;
        if (managed!.value <= breakFix!.value) first = index + 1;
        else break;
      }
      return first;
    }
    case "crossing": {
      if (Math.abs(b) <= c! * 1e-12) return Number.NaN;
      const rate = a / b;
      return Number.isFinite(rate) && rate >= 0 ? rate : Number.NaN;
    }
  }
}

/** Equal to the cent for money, to float tolerance otherwise; NaN (none) only matches NaN. */
function agrees(actual: number, expected: number, money: boolean): boolean {
  if (Number.isNaN(actual) || Number.isNaN(expected)) return Number.isNaN(actual) && Number.isNaN(expected);
  if (actual === expected) return true;
  const tolerance = Math.max(money ? 0.005 : 1e-9, Math.abs(expected) * 1e-12);
  return Math.abs(actual - expected) <= tolerance;
}

/** A label as a path step: its code, and its values if any. */
const step = (label: Label) => (label.values ? `${label.code} ${JSON.stringify(label.values)}` : label.code);

/** Every node that does not equal its operation, named by its path of labels. */
function disagreements(root: Expression): string[] {
  const found: string[] = [];
  const seen = new Set<Expression>();
  const visit = (node: Expression, path: string) => {
    if (seen.has(node)) return;
    seen.add(node);
    const expected = operationOf(node);
    if (!agrees(node.value, expected, node.unit.startsWith("money"))) {
      found.push(`${path}: ${node.value} ≠ ${node.op} of children = ${expected}`);
    }
    if (node.op === "input") {
      const input = node.input!;
      const scale = numberInputDef((splitPlanKey(input.key)?.key ?? input.key) as NumericKey).unit === "percent" ? 100 : 1;
      if (node.value !== input.value / scale) found.push(`${path}: input ${input.key} read as ${node.value}`);
    }
    node.children.forEach((child) => visit(child, `${path} › ${step(child.label)}`));
  };
  visit(root, step(root.label));
  return found;
}

function leaves(root: Expression): Expression[] {
  const inputs = new Set<Expression>();
  const visit = (node: Expression) => {
    if (node.op === "input") inputs.add(node);
    node.children.forEach(visit);
  };
  visit(root);
  return [...inputs];
}

/** The figure as the page shows it: from computeCosts, or from the sensitivity rows. */
function reported(scenario: Scenario, figure: Figure): number {
  if (figure.kind === "sensitivity") {
    const row = sensitivity(scenario).find((candidate) => candidate.key === figure.key)!;
    return { lower: row.low, higher: row.high, swing: row.swing }[figure.part];
  }
  return reportedFigure(computeCosts(scenario), figure) ?? Number.NaN;
}

const SIDES = ["breakFix", "managed"] as const;
const PARTS: readonly MonthPart[] = SIDE_MONTH_FIELDS;
const SIDE_FIGURES = ["total", "invoices", "downtime", "downtimeHours", "averageMonth", "perSeatMonth"] as const;

describe("explain, on the default scenario", () => {
  it("the break-fix horizon total is the sum of 36 monthly totals, each the invoice plus downtime", () => {
    const root = explain(DEFAULT, { kind: "total", side: "breakFix" });
    expect(root.op).toBe("total");
    expect(root.children).toHaveLength(36);
    expect(root.value).toBe(computeCosts(DEFAULT).breakFix.total);
    const month = root.children[0]!;
    expect(month.op).toBe("sum");
    expect(month.children.map((child) => child.label)).toEqual([{ code: "invoice" }, { code: "downtimeCost" }]);
  });

  it("a user call's labour is the hourly rate times the billed hours, which round 1.5 h up to the increment", () => {
    const invoice = explain(DEFAULT, { kind: "month", side: "breakFix", month: 1, part: "labour" });
    const userCalls = invoice.children[0]!;
    const [calls, labourPerCall] = userCalls.children;
    // 0.5 issues × 25 staff × 60 % reported ÷ (1 − 25 % recurring) = 10 calls.
    expect(calls!.value).toBeCloseTo(10, 12);
    expect(labourPerCall!.op).toBe("product");
    const [rate, billed] = labourPerCall!.children;
    expect(rate!.input).toEqual({ key: "bfRate", value: 150, unit: "moneyPerHour" });
    expect(billed!.op).toBe("billedHours");
    expect(billed!.value).toBe(1.5);
    expect(labourPerCall!.value).toBe(225);
  });

  it("percentages are read as fractions and keep the whole percent the user entered", () => {
    const calls = explain(DEFAULT, { kind: "month", side: "breakFix", month: 1, part: "userCalls" });
    const reportedShare = leaves(calls).find((leaf) => leaf.input?.key === "bfReported")!;
    expect(reportedShare.value).toBe(0.6);
    expect(reportedShare.input!.value).toBe(60);
  });

  it("the onboarding fee is billed in month 1 only", () => {
    expect(explain(DEFAULT, { kind: "month", side: "managed", month: 1, part: "onboarding" }).input?.key).toBe("msOnboard");
    const later = explain(DEFAULT, { kind: "month", side: "managed", month: 2, part: "onboarding" });
    expect(later.op).toBe("constant");
    expect(later.value).toBe(0);
  });

  it("a month's total is its invoice alone when downtime does not count", () => {
    const total = explain({ ...DEFAULT, downtime: false }, { kind: "month", side: "managed", month: 3, part: "total" });
    expect(total.op).toBe("same");
    expect(total.children[0]!.label).toEqual({ code: "managedInvoice" });
  });

  it("the break-even month and issue rate are the figures reported, and their absence reads as NaN", () => {
    expect(explain(DEFAULT, { kind: "breakEvenMonth" }).value).toBe(computeCosts(DEFAULT).breakEvenMonth);
    expect(explain(DEFAULT, { kind: "breakEvenIssues" }).value).toBe(computeCosts(DEFAULT).breakEvenIssues);
    const never: Scenario = { ...DEFAULT, msSeat: 5000 };
    expect(computeCosts(never).breakEvenMonth).toBeNull();
    expect(explain(never, { kind: "breakEvenMonth" }).value).toBeNaN();
  });

  it("the per-person figure divides the horizon total by the staff summed over the months", () => {
    const root = explain({ ...DEFAULT, growth: 20 }, { kind: "perSeatMonth", side: "managed" });
    expect(root.op).toBe("quotient");
    const [total, seatMonths] = root.children;
    expect(total!.value).toBe(computeCosts({ ...DEFAULT, growth: 20 }).managed.total);
    const staff = seatMonths!.children.map((month) => month.value);
    expect(staff).toEqual(computeCosts({ ...DEFAULT, growth: 20 }).months.map((month) => month.seats));
    // 25 people grown 20 % a year: 30 a year on, in month 13.
    expect([staff[0], staff[12]]).toEqual([25, 30]);
  });

  it("every input an explanation rests on is named with its key, label and value as entered", () => {
    const root = explain(DEFAULT, { kind: "difference" });
    const keys = new Set(leaves(root).map((leaf) => leaf.input!.key));
    for (const key of ["seats", "issues", "bfRate", "bfHours", "msSeat", "msOnboard", "staffCost", "loss"] as const) {
      expect(keys).toContain(key);
    }
    for (const leaf of leaves(root)) expect(leaf.input!.value).toBe(DEFAULT[leaf.input!.key as NumericKey]);
  });
});

describe("explain, for the figures of the analysis charts", () => {
  it("a sensitivity row's lower difference is the difference with that input 25 % lower, and its swing the larger gap", () => {
    const row = sensitivity(DEFAULT).find((candidate) => candidate.key === "bfRate")!;
    const lower = explain(DEFAULT, { kind: "sensitivity", key: "bfRate", part: "lower" });
    expect(lower.label).toEqual({
      code: "sensitivityDifference",
      values: { key: "bfRate", owner: "breakFix", plan: "", direction: "lower", changed: DEFAULT.bfRate * 0.75, current: DEFAULT.bfRate },
    });
    // The row is computed through LinearTotals, the explanation month by month: the same to within rounding error.
    expect(agrees(lower.value, row.low, true)).toBe(true);
    const rate = leaves(lower).find((leaf) => leaf.input!.key === "bfRate")!;
    expect(rate.value).toBe(DEFAULT.bfRate * 0.75);
    const swing = explain(DEFAULT, { kind: "sensitivity", key: "bfRate", part: "swing" });
    expect(swing.op).toBe("max");
    expect(agrees(swing.value, row.swing, true)).toBe(true);
    expect(disagreements(swing)).toEqual([]);
  });

  it("a point of the size curve is the average month of the scenario at that seat count", () => {
    for (const point of sizeCurve(DEFAULT).filter((candidate) => candidate.seats % 7 === 0)) {
      for (const side of SIDES) {
        const root = explain(sizeScenario(DEFAULT, point.seats), { kind: "averageMonth", side });
        expect(agrees(root.value, point[side], true), `${point.seats} seats, ${side}`).toBe(true);
      }
    }
  });
});

describe("explain, for any in-range scenario", () => {
  const scenarios = scenarioArbitrary({ months: { max: 24 } });
  const figures: fc.Arbitrary<Figure> = fc.oneof(
    fc.record({ kind: fc.constantFrom(...SIDE_FIGURES), side: fc.constantFrom(...SIDES) }),
    fc.record({
      kind: fc.constant("month" as const),
      side: fc.constantFrom(...SIDES),
      month: fc.integer({ min: 1, max: 24 }),
      part: fc.constantFrom(...PARTS),
    }),
    fc.record({ kind: fc.constantFrom("difference" as const, "breakEvenMonth" as const, "breakEvenIssues" as const) }),
    fc.record({
      kind: fc.constant("sensitivity" as const),
      key: fc.constantFrom(...SENSITIVITY_KEYS),
      part: fc.constantFrom("lower" as const, "higher" as const, "swing" as const),
    }),
  );

  it("every node equals the operation of its children, and the root equals the figure computeCosts reports", () => {
    fc.assert(
      fc.property(scenarios, figures, (scenario, figure) => {
        const inHorizon: Figure =
          figure.kind === "month" ? { ...figure, month: Math.min(figure.month, scenario.months) } : figure;
        const root = explain(scenario, inHorizon);
        expect(disagreements(root)).toEqual([]);
        const expected = reported(scenario, inHorizon);
        expect(agrees(root.value, expected, true), `${root.value} against ${expected}`).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("the same holds with every input at the bottom or the top of its range", () => {
    for (const end of ["min", "max"] as const) {
      for (const downtime of [true, false]) {
        const scenario = extremeScenario(end, downtime);
        for (const figure of [
          ...SIDE_FIGURES.flatMap((kind) => SIDES.map((side) => ({ kind, side }))),
          { kind: "difference" },
          { kind: "breakEvenMonth" },
          { kind: "breakEvenIssues" },
          ...PARTS.map((part) => ({ kind: "month", side: "breakFix", month: scenario.months, part })),
          // An integer input, a percentage and a rate: each rounded or clamped its own way.
          ...(["seats", "growth", "bfRate"] as const).map((key) => ({ kind: "sensitivity", key, part: "swing" })),
        ] as Figure[]) {
          const root = explain(scenario, figure);
          expect(disagreements(root)).toEqual([]);
          expect(agrees(root.value, reported(scenario, figure), true)).toBe(true);
        }
      }
    }
  });
});

describe("explain, with several plans", () => {
  it("works out every plan's figures, and the focus plan's difference and sensitivity, to the cent", () => {
    fc.assert(
      fc.property(
        scenarioArbitrary({ months: { max: 24 }, seats: { max: 400 } }, { min: 2, max: 4 }),
        fc.nat(),
        fc.constantFrom(...PARTS),
        (scenario, pick, part) => {
          const plan = 1 + (pick % (1 + scenario.otherPlans.length));
          const month = 1 + (pick % scenario.months);
          const figures: Figure[] = [
            { kind: "total", side: "managed", plan },
            { kind: "month", side: "managed", plan, month, part },
            { kind: "difference" },
            { kind: "breakEvenMonth" },
            { kind: "breakEvenIssues" },
          ];
          for (const figure of figures) {
            const root = explain(scenario, figure);
            expect(disagreements(root)).toEqual([]);
            expect(agrees(root.value, reported(scenario, figure), true)).toBe(true);
          }
          const costs = computeCosts(scenario);
          const key = costs.focus === 1 ? "msSeat" : `p${costs.focus}.msSeat`;
          const swing = explain(scenario, { kind: "sensitivity", key, part: "swing" });
          expect(agrees(swing.value, reported(scenario, { kind: "sensitivity", key, part: "swing" }), true)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });

  it("names plan k's inputs by their link keys and the plan by its name", () => {
    const scenario = { ...defaultScenario(), otherPlans: [{ ...planTerms(defaultScenario(), 1), msName: "Gold", msSeat: 150 }] };
    const root = explain(scenario, { kind: "total", side: "managed", plan: 2 });
    expect(root.label).toEqual({ code: "sideTotalOverHorizon", values: { side: "managed", plan: "Gold", months: 36 } });
    expect(leaves(root).map((leaf) => leaf.input!.key)).toContain("p2.msSeat");
    expect(leaves(root).find((leaf) => leaf.input!.key === "p2.msSeat")!.input!.value).toBe(150);
  });
});

describe("explain's labels", () => {
  /** The words a label's values may hold: codes of sides, parts, calls, directions and owners. */
  const CODES = new Set<string>([...SIDES, ...PARTS, "both", "user", "server", "outage", "lower", "higher"]);

  it("are codes with values, holding no words of any language but the names the user gave the plans", () => {
    const scenario: Scenario = {
      ...DEFAULT,
      msName: "Essentials",
      otherPlans: [
        { ...planTerms(DEFAULT, 1), msName: "Gold", msSeat: 150 },
        { ...planTerms(DEFAULT, 1), msName: "Plan 3", msSeat: 60 },
      ],
    };
    const names = new Set(["", "Essentials", "Gold", "Plan 3"]);
    const figures: Figure[] = [
      ...SIDE_FIGURES.flatMap((kind) => SIDES.map((side) => ({ kind, side, plan: 2 }))),
      ...PARTS.map((part) => ({ kind: "month" as const, side: "managed" as const, month: 2, part, plan: 3 })),
      { kind: "difference" },
      { kind: "breakEvenMonth" },
      { kind: "breakEvenIssues" },
      { kind: "sensitivity", key: "p3.msSeat", part: "swing" },
      { kind: "sensitivity", key: "seats", part: "lower" },
    ];
    const strange: string[] = [];
    for (const figure of figures) {
      const seen = new Set<Expression>();
      const visit = (node: Expression) => {
        if (seen.has(node)) return;
        seen.add(node);
        const { code, values } = node.label;
        if (!/^[a-z][A-Za-z0-9]*$/.test(code)) strange.push(code);
        for (const [name, value] of Object.entries<string | number>(values ?? {})) {
          if (typeof value === "number") continue;
          const known =
            name === "key" ? NUMERIC_KEYS.includes((splitPlanKey(value)?.key ?? value) as NumericKey) : name === "plan" ? names.has(value) : CODES.has(value);
          if (!known) strange.push(`${code}: ${name} = ${value}`);
        }
        node.children.forEach(visit);
      };
      visit(explain(scenario, figure));
    }
    expect(strange).toEqual([]);
  });
});
