import { beforeAll, describe, expect, it } from "vitest";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ExplainContext, FigureButton } from "../../components/figure-button.tsx";
import { computeCosts, defaultPlanTerms, defaultScenario, type Figure, type Scenario } from "../../model/index.ts";
import { inputFieldId } from "../../lib/field-ids.ts";
import { showExplanation } from "./explain-dialog.tsx";

const scenario = defaultScenario();
const costs = computeCosts(scenario);

beforeAll(() => {
  // jsdom has <dialog> but not its methods: open it and close it the way the browser does
  // (focus trapping and Esc in a real browser are covered end to end).
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute("open", "");
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    if (!this.hasAttribute("open")) return;
    this.removeAttribute("open");
    this.dispatchEvent(new Event("close"));
  };
});

/** Three plans: Essentials (plan 1) is the cheapest, so the focus; Standard costs more per person. */
const plans: Scenario = {
  ...scenario,
  msName: "Essentials",
  msSeat: 95,
  otherPlans: [
    { ...defaultPlanTerms(2), msName: "Standard", msSeat: 120 },
    { ...defaultPlanTerms(3), msName: "Premium", msSeat: 160 },
  ],
};
const planCosts = computeCosts(plans);

/**
 * A figure on a page with the onboarding fee's field folded away, as the inputs panel does, and
 * plan 2's fee folded in its plan's section inside another folded section.
 */
function Page({ figure, text, of = scenario }: { figure: Figure; text: string; of?: Scenario }) {
  return (
    <ExplainContext.Provider value={(request) => showExplanation({ ...request, currency: "USD", large: false })}>
      <p>
        Total: <FigureButton scenario={of} figure={figure}>{text}</FigureButton>
      </p>
      <details>
        <summary>More assumptions</summary>
        <label htmlFor={inputFieldId("msOnboard")}>Onboarding fee</label>
        <input id={inputFieldId("msOnboard")} />
      </details>
      <details>
        <summary>Managed plans</summary>
        <details>
          <summary>Standard</summary>
          <label htmlFor={inputFieldId("p2.msSeat")}>Standard: fee per staff member</label>
          <input id={inputFieldId("p2.msSeat")} />
        </details>
      </details>
    </ExplainContext.Provider>
  );
}

describe("a figure's explanation", () => {
  it("opens from the keyboard, with the calculation written out in this scenario's amounts", async () => {
    const user = userEvent.setup();
    render(<Page figure={{ kind: "total", side: "breakFix" }} text="$228,888" />);
    const figure = screen.getByRole("button", { name: "$228,888: how this is calculated" });
    await user.tab();
    expect(figure).toHaveFocus();
    await user.keyboard("{Enter}");
    const dialog = await screen.findByRole("dialog", { name: "Break-fix total over 36 months: $228,888.00" });
    expect(costs.breakFix.total).toBe(228888);
    expect(within(dialog).getByText("36 × $6,358.00 (months 1–36) = $228,888.00")).toBeInTheDocument();
  });

  it("unfolds a part to show its own calculation", async () => {
    const user = userEvent.setup();
    render(<Page figure={{ kind: "total", side: "breakFix" }} text="$228,888" />);
    await user.click(screen.getByRole("button", { name: "$228,888: how this is calculated" }));
    const dialog = await screen.findByRole("dialog");
    const months = within(dialog).getByRole("button", { name: "Months 1–36, each: $6,358.00" });
    expect(months).toHaveAttribute("aria-expanded", "false");
    await user.click(months);
    expect(months).toHaveAttribute("aria-expanded", "true");
    expect(within(dialog).getByText("$3,301.75 (invoice) + $3,056.25 (downtime cost) = $6,358.00")).toBeInTheDocument();
    expect(within(dialog).getByRole("button", { name: "Invoice: $3,301.75" })).toHaveAttribute("aria-expanded", "false");
  });

  it("closes on Esc and gives focus back to the figure", async () => {
    const user = userEvent.setup();
    render(<Page figure={{ kind: "difference" }} text="$106,395" />);
    const figure = screen.getByRole("button", { name: "$106,395: how this is calculated" });
    await user.click(figure);
    const dialog = await screen.findByRole("dialog");
    within(dialog).getByRole("button", { name: "Close" }).focus();
    await user.keyboard("{Escape}");
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    expect(figure).toHaveFocus();
  });

  it("follows an input to its field, unfolding the group it is folded in", async () => {
    const user = userEvent.setup();
    render(<Page figure={{ kind: "month", side: "managed", month: 1, part: "onboarding" }} text="$2,000" />);
    await user.click(screen.getByRole("button", { name: "$2,000: how this is calculated" }));
    const dialog = await screen.findByRole("dialog", { name: "Managed onboarding, month 1: $2,000.00" });
    await user.click(within(dialog).getByRole("button", { name: /^Onboarding fee: \$2,000\.00/ }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    const field = screen.getByRole("textbox", { name: "Onboarding fee" });
    expect(field).toHaveFocus();
    expect(field.closest("details")).toHaveAttribute("open");
  });

  // Six clicks deep: on a busy machine this takes longer than the default five seconds.
  it("works out any plan's figure, names the plan, and leads from its input to that plan's folded field", { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    expect(planCosts.focus).toBe(1);
    const total = planCosts.plans[1]!.total;
    render(<Page of={plans} figure={{ kind: "total", side: "managed", plan: 2 }} text="$131,493" />);
    await user.click(screen.getByRole("button", { name: "$131,493: how this is calculated" }));
    const money = total.toLocaleString("en-US", { style: "currency", currency: "USD" });
    const dialog = await screen.findByRole("dialog", { name: `Standard total over 36 months: ${money}` });
    expect(dialog).toHaveAccessibleDescription("Plan 2 of 3: Standard.");
    await user.click(within(dialog).getByRole("button", { name: /^Month 1:/ }));
    await user.click(within(dialog).getByRole("button", { name: /^Invoice: fee \+ onboarding/ }));
    await user.click(within(dialog).getByRole("button", { name: /^Monthly fee \(at least the minimum\)/ }));
    await user.click(within(dialog).getByRole("button", { name: /^Fee by size/ }));
    await user.click(within(dialog).getByRole("button", { name: /^Per staff member: \$3,000\.00/ }));
    await user.click(within(dialog).getByRole("button", { name: /^Fee per staff member: \$120\.00/ }));
    await waitFor(() => expect(screen.queryByRole("dialog")).not.toBeInTheDocument());
    const field = screen.getByRole("textbox", { name: "Standard: fee per staff member" });
    expect(field).toHaveFocus();
    expect(screen.getByText("Standard").closest("details")).toHaveAttribute("open");
    expect(screen.getByText("Managed plans").closest("details")).toHaveAttribute("open");
    expect(screen.getByText("More assumptions").closest("details")).not.toHaveAttribute("open");
  });

  it("says the difference is break-fix against the focus plan, by name, and writes its break-even in that name", async () => {
    const user = userEvent.setup();
    render(<Page of={plans} figure={{ kind: "breakEvenMonth" }} text="month 1" />);
    await user.click(screen.getByRole("button", { name: "month 1: how this is calculated" }));
    const dialog = await screen.findByRole("dialog", { name: /^Break-even month: month \d+$/ });
    expect(dialog).toHaveAccessibleDescription("Break-fix against Essentials, plan 1 of 3: the plan the verdict compares with break-fix.");
    expect(within(dialog).getByText(/Essentials’ total to date/)).toBeInTheDocument();
  });

  it("says nothing of plans when there is one", async () => {
    const user = userEvent.setup();
    render(<Page figure={{ kind: "total", side: "managed" }} text="$122,493" />);
    await user.click(screen.getByRole("button", { name: "$122,493: how this is calculated" }));
    const dialog = await screen.findByRole("dialog", { name: "Managed total over 36 months: $122,493.42" });
    expect(dialog).not.toHaveAttribute("aria-describedby");
    expect(within(dialog).queryByText(/^Plan \d of/)).not.toBeInTheDocument();
  });
});
