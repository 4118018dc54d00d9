import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ExplainContext, type ExplainRequest } from "../../components/figure-button.tsx";
import { computeCosts, defaultPlanTerms, defaultScenario, type Scenario } from "../../model/index.ts";
import { computeCostViews } from "../../state/use-costs.ts";
import { formatMoney } from "../../lib/format.ts";
import { PlanLineup } from "./plan-lineup.tsx";
import { lineup } from "./lineup.ts";

const ONE = defaultScenario();
/** Essentials is cheapest; Premium's fee is too dear ever to break even. */
const THREE: Scenario = {
  ...ONE,
  msName: "Essentials",
  msSeat: 95,
  otherPlans: [
    { ...defaultPlanTerms(2), msName: "<img src=x onerror=alert(1)>", msSeat: 120 },
    { ...defaultPlanTerms(3), msName: "Premium", msSeat: 400 },
  ],
};

describe("every option side by side in presenter mode", () => {
  it("shows nothing with one plan: presenter mode looks as it did", () => {
    const { container } = render(<PlanLineup costs={computeCostViews(ONE)} currency="USD" />);
    expect(container).toBeEmptyDOMElement();
  });

  it("lists break-fix and each plan by name with its total, cost per person and break-even month; the cheapest in words", { timeout: 20_000 }, async () => {
    const asked: ExplainRequest[] = [];
    render(
      <ExplainContext.Provider value={(request) => asked.push(request)}>
        <PlanLineup costs={computeCostViews(THREE)} currency="USD" />
      </ExplainContext.Provider>,
    );
    const costs = computeCosts(THREE);
    const region = screen.getByRole("region", { name: "Every option over 36 months" });
    const cards = within(region).getAllByRole("listitem");
    expect(cards.map((card) => within(card).getByRole("heading", { level: 3 }).textContent)).toEqual([
      "Break-fix",
      "Essentials",
      "<img src=x onerror=alert(1)>",
      "Premium",
    ]);
    // A name is text, never markup.
    expect(region.querySelector("img")).toBeNull();

    expect(costs.cheapest).toBe(1);
    expect(within(cards[1]!).getByText("Cheapest")).toBeInTheDocument();
    expect(screen.getAllByText("Cheapest")).toHaveLength(1);
    expect(within(cards[1]!).getByText("Compared in the verdict")).toBeInTheDocument();
    expect(screen.getAllByText("Compared in the verdict")).toHaveLength(1);

    costs.plans.forEach((plan, index) => {
      const card = cards[index + 1]!;
      expect(within(card).getByRole("button", { name: `${formatMoney(plan.total, "USD")}: how this is calculated` })).toBeInTheDocument();
      expect(within(card).getByRole("button", { name: `${formatMoney(plan.perSeatMonth, "USD")}: how this is calculated` })).toBeInTheDocument();
    });
    await userEvent.click(within(cards[3]!).getByRole("button", { name: `${formatMoney(costs.plans[2]!.total, "USD")}: how this is calculated` }));
    expect(asked.map((request) => request.figure)).toEqual([{ kind: "total", side: "managed", plan: 3 }]);
    expect(within(cards[0]!).queryByText("Breaks even with break-fix")).not.toBeInTheDocument();
    expect(within(cards[1]!).getByText(costs.breakEvenMonth === 1 ? "From month 1" : `In month ${costs.breakEvenMonth}`, { normalizer: (text) => text.replace(/\u00a0/g, " ") })).toBeInTheDocument();
    expect(within(cards[3]!).getByText("Not within 36 months", { normalizer: (text) => text.replace(/\u00a0/g, " ") })).toBeInTheDocument();
  });
});

describe("the lineup's figures", () => {
  it("gives each plan the break-even month the verdict would give it as the focus plan", () => {
    for (const focus of [1, 2, 3]) {
      const focused = computeCosts({ ...THREE, focus });
      expect(lineup(computeCosts(THREE))[focus]!.breakEvenMonth).toBe(focused.breakEvenMonth);
    }
  });
});
