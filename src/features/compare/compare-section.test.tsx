import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CompareSection } from "./compare-section.tsx";
import { renderWithStore } from "../../../tests/support/render-with-store.tsx";
import { computeCostViews } from "../../state/use-costs.ts";
import { addPlan, defaultScenario, explain, setPlanTerm, type Scenario } from "../../model/index.ts";
import { ExplainContext, type ExplainRequest } from "../../components/figure-button.tsx";
import { formatMoney } from "../../lib/format.ts";
import { useCalculator } from "../../state/store.ts";

function Current() {
  const scenario = useCalculator((state) => state.scenario);
  return <CompareSection costs={computeCostViews(scenario)} currency="USD" />;
}

function threeTiers(base: Scenario = defaultScenario(), standardSeat = 120): Scenario {
  let s = addPlan(addPlan({ ...base, msName: "Basic", msSeat: 60 }));
  s = setPlanTerm(setPlanTerm(s, 2, "msName", "Standard"), 2, "msSeat", standardSeat);
  return setPlanTerm(setPlanTerm(s, 3, "msName", "Premium"), 3, "msSeat", 180);
}

describe("CompareSection", () => {
  it("compares each scenario's focus plan, by name, and lists plan changes by plan name", () => {
    const pinned = { ...threeTiers(), focus: 3 };
    const current = { ...threeTiers(defaultScenario(), 130), seats: 12 };
    renderWithStore(<Current />, { scenario: current, pinned });
    const table = screen.getByRole("table");
    const compared = within(table).getByRole("row", { name: /^Plan compared/ });
    const b = computeCostViews(current).shown;
    const bName = b.plans[b.focus - 1]!.name;
    expect(compared).toHaveTextContent(`Premium${bName} (cheapest of 3)`);
    const a = computeCostViews(pinned).shown;
    const total = within(table).getByRole("row", { name: /^Plan total/ });
    expect(total).toHaveTextContent(formatMoney(a.plans[2]!.total, "USD"));
    expect(total).toHaveTextContent(formatMoney(b.plans[b.focus - 1]!.total, "USD"));
    expect(screen.getByText(/^Standard: Fee per staff member: 120 .* in A, 130 .* in B$/)).toBeInTheDocument();
    expect(screen.getByText("Plan compared with break-fix: “Premium” in A, the cheapest plan in B")).toBeInTheDocument();
  });

  it("shows a plan name that looks like markup as text", () => {
    const hostile = "<img src=x onerror=alert(1)>";
    const pinned = setPlanTerm(addPlan(defaultScenario()), 2, "msName", "Gold");
    renderWithStore(<Current />, { scenario: { ...setPlanTerm(pinned, 2, "msName", hostile), focus: 2 }, pinned });
    expect(within(screen.getByRole("table")).getByRole("row", { name: /^Plan compared/ })).toHaveTextContent(hostile);
    expect(screen.getByText(`Plan 2’s name: “Gold” in A, “${hostile}” in B`)).toBeInTheDocument();
    expect(document.querySelector("img")).toBeNull();
  });

  it("shows A's and B's totals, their difference and what differs", () => {
    renderWithStore(<Current />, {
      scenario: { ...defaultScenario(), seats: 35 },
      pinned: { ...defaultScenario(), seats: 20 },
    });
    const table = screen.getByRole("table");
    expect(within(table).getByRole("columnheader", { name: "A" })).toBeInTheDocument();
    expect(within(table).getByRole("rowheader", { name: "Break-even" })).toBeInTheDocument();
    const a = computeCostViews({ ...defaultScenario(), seats: 20 }).shown;
    expect(table).toHaveTextContent(`$${Math.round(a.managed.total).toLocaleString("en-US")}`);
    expect(screen.getByText("Staff who use IT: 20 people in A, 35 people in B")).toBeInTheDocument();
  });

  it("opens the working of A's figures with A's values and of B's with B's", async () => {
    const requests: ExplainRequest[] = [];
    const pinned = { ...defaultScenario(), seats: 20 };
    renderWithStore(
      <ExplainContext.Provider value={(request) => requests.push(request)}>
        <Current />
      </ExplainContext.Provider>,
      { scenario: { ...defaultScenario(), seats: 35 }, pinned },
    );
    const a = computeCostViews(pinned).shown;
    const b = computeCostViews({ ...defaultScenario(), seats: 35 }).shown;
    await userEvent.click(screen.getByRole("button", { name: `${formatMoney(a.managed.total, "USD")}: how this is calculated` }));
    await userEvent.click(screen.getByRole("button", { name: `+${formatMoney(b.difference, "USD")}: how this is calculated` }));
    const [total, saves] = requests;
    expect(total!.scenario).toEqual(pinned);
    expect(total!.figure).toEqual({ kind: "total", side: "managed" });
    expect(explain(total!.scenario, total!.figure).value).toBe(a.managed.total);
    expect(saves!.scenario.seats).toBe(35);
    expect(explain(saves!.scenario, saves!.figure).value).toBe(b.difference);
  });

  it("swaps A and B, and unpins A", async () => {
    const { store } = renderWithStore(<Current />, {
      scenario: { ...defaultScenario(), seats: 35 },
      pinned: { ...defaultScenario(), seats: 20 },
    });
    await userEvent.click(screen.getByRole("button", { name: "Swap A and B" }));
    expect(store.getState().scenario.seats).toBe(20);
    expect(store.getState().pinned?.seats).toBe(35);
    await userEvent.click(screen.getByRole("button", { name: "Unpin A" }));
    expect(store.getState().pinned).toBeNull();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });
});
