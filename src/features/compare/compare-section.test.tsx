import { describe, expect, it } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { CompareSection } from "./compare-section.tsx";
import { renderWithStore } from "../../../tests/support/render-with-store.tsx";
import { computeCostViews } from "../../state/use-costs.ts";
import { defaultScenario, explain } from "../../model/index.ts";
import { ExplainContext, type ExplainRequest } from "../../components/figure-button.tsx";
import { formatMoney } from "../../lib/format.ts";
import { useCalculator } from "../../state/store.ts";

function Current() {
  const scenario = useCalculator((state) => state.scenario);
  return <CompareSection costs={computeCostViews(scenario)} currency="USD" />;
}

describe("CompareSection", () => {
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
