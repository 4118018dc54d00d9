import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import { Verdict } from "./verdict.tsx";
import { computeCostViews, type CostViews } from "../../state/use-costs.ts";
import { analyse } from "../../state/analysis.ts";
import type { AnalysisState } from "../../state/use-analysis.ts";
import { SENSITIVITY_RANGES, defaultScenario, parseScenario, type Scenario } from "../../model/index.ts";

function views(scenario: Scenario): CostViews {
  return computeCostViews(scenario);
}

const NO_ANALYSIS: AnalysisState = { analysis: null, forScenario: null, updating: true, error: null };

describe("Verdict", () => {
  it("says managed saves money at the defaults, by how much, and from when", () => {
    render(<Verdict costs={views(defaultScenario())} analysis={NO_ANALYSIS} currency="USD" />);
    expect(screen.getByText("Managed support saves $106,395 over 36 months: 46% less than break-fix.")).toBeInTheDocument();
    expect(screen.getByText("Managed support is the cheaper choice from the first month.")).toBeInTheDocument();
    expect(screen.getByText(/Break-fix stays cheaper while you have fewer than 0\.15 issues per person per month/)).toBeInTheDocument();
    expect(screen.getByText("In ––% of 2,000 simulated futures break-fix costs more over 36 months (––% over the first 12 months).")).toBeInTheDocument();
  });

  it("reads naturally when break-fix is the cheaper choice", () => {
    const tinyOffice = { ...defaultScenario(), seats: 3, endpoints: 4, servers: 0, downtime: false, issues: 0.2 };
    render(<Verdict costs={views(tinyOffice)} analysis={NO_ANALYSIS} currency="USD" />);
    expect(screen.getByText(/^Break-fix costs \$[\d,]+ less over 36 months: \d+% less than managed\.$/)).toBeInTheDocument();
    expect(screen.getByText("Managed support does not pay for itself within 36 months.")).toBeInTheDocument();
  });

  it("shows the invoices-only view beside the with-downtime view", () => {
    render(<Verdict costs={views(defaultScenario())} analysis={NO_ANALYSIS} currency="USD" />);
    const withDowntime = screen.getByRole("table", { name: "With downtime (shown)" });
    const invoices = screen.getByRole("table", { name: "Invoices only" });
    expect(withDowntime).toHaveTextContent("$228,888");
    expect(invoices).toHaveTextContent("$118,863");
    expect(invoices).toHaveTextContent("$111,800");
  });

  it("gives the chance that break-fix costs more once the simulation is in", () => {
    const scenario = { ...defaultScenario(), paths: 200 };
    const costs = views(scenario);
    const analysis: AnalysisState = { analysis: analyse(scenario, SENSITIVITY_RANGES), forScenario: scenario, updating: false, error: null };
    render(<Verdict costs={costs} analysis={analysis} currency="EUR" />);
    expect(screen.getByText(/^In \d+% of 200 simulated futures break-fix costs more over 36 months \(\d+% over the first 12 months\)\.$/)).toBeInTheDocument();
    expect(screen.getByText(/A break-fix month typically swings by €[\d,]+/)).toBeInTheDocument();
    expect(screen.getByText(/a managed one by €[\d,]+, all of it the onboarding fee and headcount changes, known in advance\.$/)).toBeInTheDocument();
  });

  it("says a flat fee with no onboarding fee and no growth does not swing at all", () => {
    const scenario = { ...defaultScenario(), paths: 200, msOnboard: 0 };
    const analysis: AnalysisState = { analysis: analyse(scenario, SENSITIVITY_RANGES), forScenario: scenario, updating: false, error: null };
    render(<Verdict costs={views(scenario)} analysis={analysis} currency="USD" />);
    expect(screen.getByText(/from the average invoice; a managed one not at all\.$/)).toBeInTheDocument();
  });

  it("calls a tie a tie rather than a saving", () => {
    const nothingToPay = {
      ...defaultScenario(),
      issues: 0, srvIssues: 0, outages: 0, msSeat: 0, msServer: 0, msMin: 0, msOnboard: 0,
    };
    render(<Verdict costs={views(nothingToPay)} analysis={NO_ANALYSIS} currency="USD" />);
    expect(screen.getByText("Both cost the same over 36 months.")).toBeInTheDocument();
    expect(screen.getByText("Neither is cheaper: the two cost the same to date in every month.")).toBeInTheDocument();
  });
});

describe("Verdict with several plans", () => {
  const scenario = (query: string) => parseScenario(new URLSearchParams(query)).scenario;

  it("lists every option with its total, per-person month and break-even, and marks the cheapest in words", () => {
    render(<Verdict costs={views(scenario("plans=3&msName=Essentials&msSeat=95&p2.msName=Standard&p2.msSeat=120&p3.msName=<b>Premium</b>&p3.msSeat=160"))} analysis={NO_ANALYSIS} currency="USD" />);
    const table = screen.getByRole("table", { name: "With downtime (shown)" });
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual([
      "Break-fix (hourly)",
      "Essentials cheapest compared",
      "Standard",
      "<b>Premium</b>",
    ]);
    expect(within(rows[1]!).getAllByRole("cell").map((cell) => cell.textContent)).toEqual([expect.stringMatching(/^\$[\d,]+$/), expect.stringMatching(/^\$[\d,]+$/), "month 1"]);
    expect(screen.getByText(/^Essentials saves \$[\d,]+ over 36 months/)).toBeInTheDocument();
    expect(screen.getByText("In ––% of simulated futures Essentials is cheapest.")).toBeInTheDocument();
  });

  it("names the chosen plan in the headline while the cheapest stays marked", () => {
    render(<Verdict costs={views(scenario("plans=2&msName=Basic&msSeat=90&p2.msName=Gold&p2.msSeat=150&focus=2"))} analysis={NO_ANALYSIS} currency="USD" />);
    expect(screen.getByText(/^Gold saves \$[\d,]+ over 36 months/)).toBeInTheDocument();
    const table = screen.getByRole("table", { name: "With downtime (shown)" });
    expect(within(table).getByRole("row", { name: /^Basic cheapest/ })).toBeInTheDocument();
    expect(within(table).getByRole("row", { name: /^Gold compared/ })).toBeInTheDocument();
  });

  it("marks break-fix the cheapest when it is", () => {
    render(<Verdict costs={views(scenario("seats=3&endpoints=4&servers=0&downtime=0&issues=0.2&plans=2"))} analysis={NO_ANALYSIS} currency="USD" />);
    const table = screen.getByRole("table", { name: "Invoices only (shown)" });
    expect(within(table).getByRole("row", { name: /^Break-fix \(hourly\) cheapest/ })).toBeInTheDocument();
  });
});
