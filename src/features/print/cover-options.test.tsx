import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { computeCosts, defaultPlanTerms, defaultScenario, type Scenario } from "../../model/index.ts";
import { formatMoney } from "../../lib/format.ts";
import { CoverOptions } from "./cover-options.tsx";

const ONE = defaultScenario();
const THREE: Scenario = {
  ...ONE,
  msName: "Essentials",
  msSeat: 130,
  otherPlans: [
    { ...defaultPlanTerms(2), msName: "<b>Standard</b>", msSeat: 90 },
    { ...defaultPlanTerms(3), msName: "Premium", msSeat: 160 },
  ],
};

describe("the printout's list of options", () => {
  it("is not printed with one plan: the verdict's totals say it", () => {
    const { container } = render(<CoverOptions costs={computeCosts(ONE)} months={36} currency="USD" />);
    expect(container).toBeEmptyDOMElement();
  });

  it("lists break-fix and each plan with its horizon total, and names the cheapest", () => {
    const costs = computeCosts(THREE);
    expect(costs.cheapest).toBe(2);
    render(<CoverOptions costs={costs} months={36} currency="USD" />);
    const section = screen.getByRole("region", { name: "Cheapest over 36 months: <b>Standard</b>" });
    const rows = within(section).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getAllByRole("cell").length)).toEqual([2, 2, 2, 2]);
    const names = rows.map((row) => within(row).getByRole("rowheader").textContent);
    expect(names).toEqual(["Break-fix (hourly)", "Essentials", "<b>Standard</b> (cheapest)", "Premium"]);
    const totals = rows.map((row) => within(row).getAllByRole("cell")[0]!.textContent);
    expect(totals).toEqual([costs.breakFix.total, ...costs.plans.map((plan) => plan.total)].map((total) => formatMoney(total, "USD")));
    expect(section.querySelector("b")).toBeNull();
  });

  it("names break-fix when it is the cheapest", () => {
    const dear: Scenario = { ...THREE, months: 12, msSeat: 400, otherPlans: THREE.otherPlans.map((plan) => ({ ...plan, msSeat: 400 })) };
    render(<CoverOptions costs={computeCosts(dear)} months={12} currency="GBP" />);
    expect(screen.getByRole("heading", { name: "Cheapest over 12 months: Break-fix (hourly)" })).toBeInTheDocument();
  });
});
