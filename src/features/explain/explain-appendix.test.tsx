import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { computeCosts, defaultPlanTerms, defaultScenario, type Scenario } from "../../model/index.ts";
import { formatMoneyExact } from "../../lib/format.ts";
import ExplainAppendix, { headlineFigures } from "./explain-appendix.tsx";

const ONE = defaultScenario();
/** Premium (plan 3) is the cheapest with these terms, and so the focus. */
const THREE: Scenario = {
  ...ONE,
  msName: "Essentials",
  otherPlans: [
    { ...defaultPlanTerms(2), msName: "Standard", msSeat: 140 },
    { ...defaultPlanTerms(3), msName: "Premium", msSeat: 60 },
  ],
};

const titles = () => screen.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent);

describe("the printout's appendix of worked figures", () => {
  it("works out both totals, the difference and the break-even month for one plan, as before plans", () => {
    render(<ExplainAppendix scenario={ONE} currency="USD" />);
    const costs = computeCosts(ONE);
    expect(titles()).toEqual([
      `Break-fix total over 36 months: ${formatMoneyExact(costs.breakFix.total, "USD")}`,
      `Managed total over 36 months: ${formatMoneyExact(costs.managed.total, "USD")}`,
      `Difference: break-fix total − managed total: ${formatMoneyExact(costs.difference, "USD")}`,
      `Break-even month: month ${costs.breakEvenMonth}`,
    ]);
    expect(screen.queryByText(/the other plans’ totals follow/)).not.toBeInTheDocument();
  });

  it("works out the focus plan against break-fix, then every other plan's total, each by its name", () => {
    render(<ExplainAppendix scenario={THREE} currency="USD" />);
    const costs = computeCosts(THREE);
    expect(costs.focus).toBe(3);
    expect(headlineFigures(THREE).filter((figure) => figure.kind === "total").map((figure) => ("plan" in figure ? figure.plan : 0))).toEqual([0, 3, 1, 2]);
    const money = (value: number) => formatMoneyExact(value, "USD");
    expect(titles()).toEqual([
      `Break-fix total over 36 months: ${money(costs.breakFix.total)}`,
      `Premium total over 36 months: ${money(costs.plans[2]!.total)}`,
      `Difference: break-fix total − managed total: ${money(costs.difference)}`,
      `Break-even month: month ${costs.breakEvenMonth}`,
      `Essentials total over 36 months: ${money(costs.plans[0]!.total)}`,
      `Standard total over 36 months: ${money(costs.plans[1]!.total)}`,
    ]);
    expect(screen.getByText(/compare break-fix with Premium, the plan the verdict compares; the other plans’ totals follow\./)).toBeInTheDocument();
  });

  it("writes no '+ $0.00' for onboarding after month 1 in a plan's months", () => {
    const { container } = render(<ExplainAppendix scenario={THREE} currency="USD" />);
    const text = container.textContent ?? "";
    expect(text).toContain("Invoice: fee + onboarding + work outside the fee");
    expect(text).not.toContain("+ $0.00 (no onboarding after month 1)");
    expect(text).not.toMatch(/× 1× \(growth since month 1\)/);
  });
});
