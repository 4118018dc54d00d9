import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PlansSection } from "./plans-section.tsx";
import { renderWithStore } from "../../../tests/support/render-with-store.tsx";
import { parseScenario, planCount, planTerms } from "../../model/index.ts";

function scenarioOf(query: string) {
  return parseScenario(new URLSearchParams(query)).scenario;
}

describe("PlansSection", () => {
  it("adds a plan with plan 1's terms under the name Plan k, up to four", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PlansSection />, { scenario: scenarioOf("msSeat=95&msName=Basic") });
    const add = screen.getByRole("button", { name: "Add a plan" });
    await user.click(add);
    expect(planTerms(store.getState().scenario, 2)).toMatchObject({ msName: "Plan 2", msSeat: 95 });
    expect(screen.getByRole("group", { name: "Plan 2: Plan 2" })).toBeInTheDocument();
    await user.click(add);
    await user.click(add);
    expect(planCount(store.getState().scenario)).toBe(4);
    expect(add).toBeDisabled();
    expect(screen.getByText("Up to 4 plans.")).toBeInTheDocument();
  });

  it("names a plan as it is typed, and keeps a bad name's last good value", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PlansSection />, { scenario: scenarioOf("plans=2") });
    const plan2 = screen.getByRole("group", { name: "Plan 2: Plan 2" });
    const name = within(plan2).getByRole("textbox", { name: "Plan name" });
    await user.clear(name);
    expect(screen.getByRole("alert")).toHaveTextContent("Plan name is empty.");
    expect(planTerms(store.getState().scenario, 2).msName).toBe("Plan 2");
    await user.type(name, "Gold <b>Care</b>");
    expect(planTerms(store.getState().scenario, 2).msName).toBe("Gold <b>Care</b>");
    // Shown as text, never as markup.
    expect(screen.getByRole("group", { name: "Plan 2: Gold <b>Care</b>" })).toBeInTheDocument();
    expect(document.querySelector("b")).toBeNull();
  });

  it("edits plan k's own terms, not plan 1's", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PlansSection />, { scenario: scenarioOf("plans=2") });
    const fee = within(screen.getByRole("group", { name: "Plan 2: Plan 2" })).getByRole("textbox", { name: "Fee per staff member" });
    expect(fee).toHaveAttribute("id", "input-p2.msSeat");
    await user.clear(fee);
    await user.type(fee, "140");
    expect(planTerms(store.getState().scenario, 2).msSeat).toBe(140);
    expect(store.getState().scenario.msSeat).toBe(110);
  });

  it("removes a plan and puts it back with Undo", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PlansSection />, { scenario: scenarioOf("plans=3&p2.msName=Gold&p2.msSeat=150&focus=3") });
    await user.click(screen.getByRole("button", { name: "Remove plan Gold" }));
    expect(store.getState().scenario.otherPlans.map((plan) => plan.msName)).toEqual(["Plan 3"]);
    expect(store.getState().scenario.focus).toBe(2);
    expect(screen.getByRole("status")).toHaveTextContent("Removed “Gold”.");
    await user.click(screen.getByRole("button", { name: "Undo" }));
    expect(planTerms(store.getState().scenario, 2)).toMatchObject({ msName: "Gold", msSeat: 150 });
    expect(store.getState().scenario.focus).toBe(3);
    expect(screen.queryByRole("button", { name: "Undo" })).toBeNull();
  });

  it("offers no Remove button for the only plan", () => {
    renderWithStore(<PlansSection />);
    expect(screen.queryByRole("button", { name: /Remove plan/ })).toBeNull();
  });

  it("compares break-fix with the cheapest plan by default, or with the plan chosen by name", async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PlansSection />, { scenario: scenarioOf("plans=2&msName=Basic&p2.msName=Gold") });
    const choice = screen.getByRole("combobox", { name: "Compare break-fix with" });
    expect(within(choice).getAllByRole("option").map((option) => option.textContent)).toEqual(["The cheapest plan", "Basic", "Gold"]);
    expect(choice).toHaveValue("0");
    await user.selectOptions(choice, "Gold");
    expect(store.getState().scenario.focus).toBe(2);
  });
});
