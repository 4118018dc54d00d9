import { describe, expect, it } from "vitest";
import { computeCosts, defaultScenario, explain, type Expression, type PlainLabelCode } from "../../model/index.ts";
import { equation } from "./explain-text.ts";
import { withoutIdleSteps } from "./explain-steps.ts";
import { labelText } from "./label-text.ts";

const DEFAULT = defaultScenario();

/** The first node labelled so in English, depth first. */
function find(node: Expression, label: string): Expression {
  if (labelText(node.label) === label) return node;
  for (const child of node.children) {
    const found = findOrNull(child, label);
    if (found) return found;
  }
  throw new Error(`no node labelled ${label}`);
}

function findOrNull(node: Expression, label: string): Expression | null {
  try {
    return find(node, label);
  } catch {
    return null;
  }
}

const invoice = (scenario: typeof DEFAULT, month: number) =>
  explain(scenario, { kind: "month", side: "managed", month, part: "invoice" });

describe("the steps an explanation writes out", () => {
  it("leaves out onboarding after month 1 and work outside the fee when there is none: the invoice is the fee", () => {
    const written = withoutIdleSteps(invoice(DEFAULT, 2));
    expect(written.op).toBe("same");
    expect(written.children.map((child) => labelText(child.label))).toEqual(["Monthly fee (at least the minimum)"]);
    expect(equation(invoice(DEFAULT, 2), "USD")).toBe("$3,050.00 (monthly fee (at least the minimum))");
    expect(written.value).toBe(computeCosts(DEFAULT).months[1]!.managed.invoice);
  });

  it("keeps onboarding in month 1 and work outside the fee when the plan bills some", () => {
    const withOutside = { ...DEFAULT, msOutside: 40 };
    const written = withoutIdleSteps(invoice(withOutside, 1));
    expect(written.children.map((child) => labelText(child.label))).toEqual([
      "Monthly fee (at least the minimum)",
      "Onboarding fee",
      "Work billed outside the fee",
    ]);
    expect(equation(invoice(withOutside, 1), "USD")).toMatch(/^\$3,050\.00 \(.+\) \+ \$2,000\.00 \(onboarding fee\) \+ \$[\d,]+\.\d\d \(work billed outside the fee\) = \$[\d,]+\.\d\d$/);
    expect(written.value).toBeCloseTo(computeCosts(withOutside).months[0]!.managed.invoice, 9);
  });

  it("drops a fee of $0 from the fee by size ('+ $0.00' per endpoint)", () => {
    const bySize = find(invoice(DEFAULT, 2), "Fee by size");
    expect(equation(bySize, "USD")).toBe("$2,750.00 (per staff member) + $300.00 (per server) = $3,050.00");
  });

  it("writes no growth factor of exactly 1 (no growth, or month 1), and keeps it when staff grow", () => {
    const grown = (scenario: typeof DEFAULT, month: number) =>
      find(explain(scenario, { kind: "month", side: "managed", month, part: "fee" }), "Staff grown");
    expect(equation(grown(DEFAULT, 7), "USD")).toBe("25 people (staff who use IT)");
    expect(equation(grown({ ...DEFAULT, growth: 10 }, 1), "USD")).toBe("25 people (staff who use IT)");
    expect(equation(grown({ ...DEFAULT, growth: 10 }, 13), "USD")).toBe("25 people (staff who use IT) × 1.1× (growth since month 1) = 27.5 people");
  });

  it("drops '÷ 1' when no fix recurs, and '− 0 %' from a share", () => {
    const calls = explain({ ...DEFAULT, msRecur: 0 }, { kind: "month", side: "managed", month: 1, part: "userCalls" });
    expect(calls.op).toBe("quotient");
    expect(withoutIdleSteps(calls).children.map((child) => labelText(child.label))).toEqual(["Problems left after maintenance"]);
    expect(equation(calls, "USD")).toBe("7.5 problems (problems left after maintenance)");
    const fewer = find(explain({ ...DEFAULT, msFewer: 0 }, { kind: "month", side: "managed", month: 1, part: "userCalls" }), "Share of problems left after maintenance");
    expect(equation(fewer, "USD")).toBe("1 (1)");
  });

  it("writes a sum of nothing but zeros out in full, and never changes a figure", () => {
    const zero = (code: PlainLabelCode): Expression => ({ label: { code }, value: 0, unit: "money", op: "constant", children: [] });
    const sum: Expression = { label: { code: "invoice" }, value: 0, unit: "money", op: "sum", children: [zero("labourAtStandardRates"), zero("callOutFees")] };
    expect(withoutIdleSteps(sum)).toBe(sum);
    expect(equation(sum, "USD")).toBe("$0.00 (labour at standard rates) + $0.00 (call-out fees) = $0.00");
    const product: Expression = { ...sum, label: { code: "downtimeCost" }, op: "product", value: 3, unit: "money", children: [{ ...zero("invoice"), value: 3 }, { ...zero("one"), value: 1, unit: "factor" }] };
    expect(withoutIdleSteps(product)).toMatchObject({ op: "same", value: 3, label: { code: "downtimeCost" } });
  });
});
