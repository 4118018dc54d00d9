import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { addPlan, computeCosts, defaultScenario, setPlanTerm } from "../../model/index.ts";
import { formatMoney } from "../../lib/format.ts";
import { embedSummary } from "./embed-summary.ts";
import { PlanTable } from "./plan-table.tsx";

function renderTable(name2 = "Gold Care") {
  const scenario = setPlanTerm(setPlanTerm(addPlan({ ...defaultScenario(), msName: "Basic" }), 2, "msName", name2), 2, "msSeat", 150);
  const costs = computeCosts(scenario);
  const summary = embedSummary(scenario, costs, "USD");
  render(<PlanTable summary={summary} breakFixPerSeatMonth={costs.breakFix.perSeatMonth} currency="USD" />);
  return { costs, summary };
}

describe("PlanTable", () => {
  it("lists every plan and break-fix by name with its total, and marks the cheapest", () => {
    const { costs, summary } = renderTable();
    const table = screen.getByRole("table", { name: "The options over 36 months" });
    // Rows found by their header's text: role queries over every cell are slow on a busy machine.
    const row = (name: string) => within(table).getByText(name).closest("tr")!;
    expect(row("Gold Care")).toHaveTextContent(formatMoney(costs.plans[1]!.total, "USD"));
    expect(row("Basic")).toHaveTextContent(formatMoney(costs.plans[0]!.total, "USD"));
    expect(row("Break-fix")).toHaveTextContent(formatMoney(costs.breakFix.total, "USD"));
    expect(row("Break-fix").querySelector("th")).toHaveAttribute("scope", "row");
    const cheapest = within(table).getByText("cheapest").closest("tr")!;
    expect(cheapest).toHaveTextContent(summary.cheapestName);
    expect(within(table).getAllByText("cheapest")).toHaveLength(1);
  });

  it("shows a plan name that looks like markup as text", () => {
    const hostile = "<img src=x onerror=alert(1)>";
    renderTable(hostile);
    expect(screen.getByText(hostile).closest("th")).toHaveAttribute("scope", "row");
    expect(document.querySelector("img")).toBeNull();
  });
});
