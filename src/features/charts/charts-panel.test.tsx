import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import ChartsPanel from "./charts-panel.tsx";
import { SensitivityChart, sensitivityLabel } from "./sensitivity-chart.tsx";
import { computeCostViews, type CostViews } from "../../state/use-costs.ts";
import { analyse, type Analysis } from "../../state/analysis.ts";
import type { AnalysisState } from "../../state/use-analysis.ts";
import { formatMoney } from "../../lib/format.ts";
import {
  SENSITIVITY_RANGES,
  computeCosts,
  defaultScenario,
  explain,
  parseScenario,
  sensitivity,
  type Scenario,
} from "../../model/index.ts";
import { INPUTS } from "../../model/inputs.ts";
import { DATA_MARKS } from "../../../tests/support/chart-marks.ts";
import { ExplainContext, type ExplainRequest } from "../../components/figure-button.tsx";

/** jsdom lays nothing out: report a fixed size so Recharts draws its SVG. */
class FixedSizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const entry = {
      target,
      contentRect: { width: 640, height: 300 },
    } as unknown as ResizeObserverEntry;
    this.callback([entry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}

const original = globalThis.ResizeObserver;
beforeAll(() => {
  globalThis.ResizeObserver = FixedSizeObserver as unknown as typeof ResizeObserver;
});
afterAll(() => {
  globalThis.ResizeObserver = original;
});

const THREE_PLANS =
  "plans=3&months=12&paths=200&msName=Essentials&msSeat=95&msOutside=40&msRate=120&p2.msName=Standard&p2.msSeat=120&p3.msName=Premium&p3.msSeat=160&p3.msFewer=60&p3.msWait=0.5";

const SMALL: Scenario = { ...defaultScenario(), months: 12, paths: 200 };
const SMALL_ANALYSIS: Analysis = analyse(SMALL, SENSITIVITY_RANGES);

function views(scenario: Scenario): CostViews {
  return computeCostViews(scenario);
}

function ready(scenario: Scenario, analysis: Analysis): AnalysisState {
  return { analysis, forScenario: scenario, updating: false, error: null };
}

const WAITING: AnalysisState = { analysis: null, forScenario: null, updating: true, error: null };

const TITLES = [
  "Cost per month",
  "Total cost to date",
  "What makes up each month’s cost",
  "Cost by size of business",
  "Which option is cheapest",
  "Which assumptions matter most",
];
/** Drawn in plain SVG, never by Recharts. */
const PLAIN_CHARTS = 1;

/** The chart's own section, found by its title as a user would. */
function chart(title: string): HTMLElement {
  return screen.getByRole("region", { name: title });
}

async function showTable(title: string): Promise<HTMLElement> {
  const section = chart(title);
  await userEvent.click(within(section).getByRole("button", { name: "Show as table" }));
  return within(section).getByRole("table");
}

/** Body rows: every row after the header row. */
function bodyRows(table: HTMLElement): HTMLElement[] {
  return within(table).getAllByRole("row").slice(1);
}

describe("ChartsPanel", () => {
  it("gives every chart a heading", () => {
    render(
      <ChartsPanel costs={views(SMALL)} analysis={ready(SMALL, SMALL_ANALYSIS)} currency="USD" />,
    );
    for (const title of TITLES) {
      expect(screen.getByRole("heading", { level: 3, name: title })).toBeInTheDocument();
    }
  });

  it("draws every chart once the simulation is in: the two over time plain, with their bands, until used", () => {
    const { container } = render(
      <ChartsPanel costs={views(SMALL)} analysis={ready(SMALL, SMALL_ANALYSIS)} currency="USD" />,
    );
    expect(container.querySelectorAll(".plain-plot:not(.decision-map)")).toHaveLength(2);
    expect(container.querySelectorAll(".plain-plot__band")).toHaveLength(4);
    expect(container.querySelectorAll(".recharts-surface")).toHaveLength(TITLES.length - 2 - PLAIN_CHARTS);
    expect(container.querySelectorAll(".decision-map__region").length).toBeGreaterThan(0);
  });

  it("draws every chart with Recharts for print", () => {
    const { container } = render(
      <ChartsPanel
        costs={views(SMALL)}
        analysis={ready(SMALL, SMALL_ANALYSIS)}
        currency="USD"
        drawAll
      />,
    );
    expect(container.querySelectorAll(".recharts-surface")).toHaveLength(TITLES.length - PLAIN_CHARTS);
    expect(container.querySelectorAll(".plain-plot:not(.decision-map)")).toHaveLength(0);
  });

  it("swaps the monthly chart for a table of every month, in the chosen currency", async () => {
    const costs = views(SMALL);
    render(<ChartsPanel costs={costs} analysis={ready(SMALL, SMALL_ANALYSIS)} currency="GBP" />);
    const toggle = within(chart("Cost per month")).getByRole("button", { name: "Show as table" });
    expect(toggle).toHaveAttribute("aria-pressed", "false");

    const table = await showTable("Cost per month");
    expect(toggle).toHaveAttribute("aria-pressed", "true");
    expect(table).toHaveAccessibleName(/^Cost per month of each model by month, in GBP/);
    expect(bodyRows(table)).toHaveLength(12);
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((cell) => cell.textContent),
    ).toEqual([
      "Month",
      "Break-fix, expected",
      "Break-fix, 10th percentile",
      "Break-fix, 90th percentile",
      "Managed, expected",
      "Managed, 10th percentile",
      "Managed, 90th percentile",
    ]);

    const first = within(bodyRows(table)[0]!);
    expect(first.getByRole("rowheader")).toHaveTextContent("1");
    const month1 = costs.shown.months[0]!;
    const band1 = SMALL_ANALYSIS.simulation.months[0]!;
    expect(first.getAllByRole("cell").map((cell) => cell.textContent)).toEqual([
      formatMoney(month1.breakFix.total, "GBP"),
      formatMoney(band1.breakFix.monthly.p10, "GBP"),
      formatMoney(band1.breakFix.monthly.p90, "GBP"),
      formatMoney(month1.managed.total, "GBP"),
      formatMoney(band1.managed.monthly.p10, "GBP"),
      formatMoney(band1.managed.monthly.p90, "GBP"),
    ]);
    expect(first.getAllByRole("cell")[0]).toHaveTextContent(/^£[\d,]+$/);
  });

  it("goes back to the chart when the toggle is pressed again", async () => {
    render(
      <ChartsPanel costs={views(SMALL)} analysis={ready(SMALL, SMALL_ANALYSIS)} currency="USD" />,
    );
    await showTable("Cost per month");
    const section = chart("Cost per month");
    await userEvent.click(within(section).getByRole("button", { name: "Show as table" }));
    expect(within(section).queryByRole("table")).not.toBeInTheDocument();
    expect(within(section).getByRole("button", { name: "Show as table" })).toHaveAttribute(
      "aria-pressed",
      "false",
    );
  });

  it("marks the break-even month on the running totals and says it in words", async () => {
    const costs = views(SMALL);
    render(<ChartsPanel costs={costs} analysis={ready(SMALL, SMALL_ANALYSIS)} currency="USD" />);
    const section = chart("Total cost to date");
    expect(costs.shown.breakEvenMonth).toBe(1);
    expect(
      within(section).getByText("Managed costs less from the first month on."),
    ).toBeInTheDocument();
    expect(within(section).getByText("Break-even: month 1")).toBeInTheDocument();

    const table = await showTable("Total cost to date");
    const last = within(bodyRows(table)[11]!).getAllByRole("cell");
    expect(last[0]).toHaveTextContent(formatMoney(costs.shown.breakFix.total, "USD"));
    expect(last[3]).toHaveTextContent(formatMoney(costs.shown.managed.total, "USD"));
  });

  it("splits each month into its parts, with downtime only when it counts", async () => {
    const { unmount } = render(
      <ChartsPanel costs={views(SMALL)} analysis={ready(SMALL, SMALL_ANALYSIS)} currency="USD" />,
    );
    let headers = within(await showTable("What makes up each month’s cost")).getAllByRole(
      "columnheader",
    );
    expect(headers.map((cell) => cell.textContent)).toContain("Break-fix downtime");
    expect(headers.map((cell) => cell.textContent)).toContain("Managed downtime");
    unmount();

    const invoicesOnly = { ...SMALL, downtime: false };
    const costs = views(invoicesOnly);
    render(
      <ChartsPanel costs={costs} analysis={ready(invoicesOnly, SMALL_ANALYSIS)} currency="USD" />,
    );
    const table = await showTable("What makes up each month’s cost");
    headers = within(table).getAllByRole("columnheader");
    expect(headers.map((cell) => cell.textContent)).toEqual([
      "Month",
      "Break-fix labour",
      "Break-fix after-hours premium",
      "Break-fix call-out fees",
      "Managed fee",
      "Managed onboarding",
      "Break-fix total",
      "Managed total",
    ]);
    expect(bodyRows(table)).toHaveLength(12);
    const month1 = costs.shown.months[0]!;
    expect(within(bodyRows(table)[0]!).getAllByRole("cell")[4]).toHaveTextContent(
      formatMoney(month1.managed.onboarding, "USD"),
    );
  });

  it("tabulates cost by size for every seat count, and says where managed becomes cheaper", async () => {
    render(
      <ChartsPanel costs={views(SMALL)} analysis={ready(SMALL, SMALL_ANALYSIS)} currency="USD" />,
    );
    const section = chart("Cost by size of business");
    expect(
      within(section).getByText("Managed costs less at every size up to 50 people."),
    ).toBeInTheDocument();
    const table = await showTable("Cost by size of business");
    expect(bodyRows(table)).toHaveLength(SMALL_ANALYSIS.sizeCurve.length);
    const point = SMALL_ANALYSIS.sizeCurve[24]!;
    expect(within(bodyRows(table)[24]!).getByRole("rowheader")).toHaveTextContent("25");
    expect(
      within(bodyRows(table)[24]!)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual([formatMoney(point.breakFix, "USD"), formatMoney(point.managed, "USD"), "Managed"]);
  });

  it("opens the working of the size curve's and the sensitivity table's figures, with the scenario each was worked out for", async () => {
    const requests: ExplainRequest[] = [];
    render(
      <ExplainContext.Provider value={(request) => requests.push(request)}>
        <ChartsPanel costs={views(SMALL)} analysis={ready(SMALL, SMALL_ANALYSIS)} currency="USD" />
      </ExplainContext.Provider>,
    );
    const point = SMALL_ANALYSIS.sizeCurve[24]!;
    const sizeRow = bodyRows(await showTable("Cost by size of business"))[24]!;
    await userEvent.click(
      within(sizeRow).getByRole("button", { name: `${formatMoney(point.managed, "USD")}: how this is calculated` }),
    );
    const size = requests[0]!;
    expect(size.figure).toEqual({ kind: "averageMonth", side: "managed", plan: 1 });
    expect(size.scenario.seats).toBe(25);
    expect(explain(size.scenario, size.figure).value).toBeCloseTo(point.managed, 2);

    const top = SMALL_ANALYSIS.sensitivity[0]!;
    const sensitivityRow = bodyRows(await showTable("Which assumptions matter most"))[0]!;
    await userEvent.click(
      within(sensitivityRow).getByRole("button", { name: `${formatMoney(top.swing, "USD")}: how this is calculated` }),
    );
    const swing = requests[1]!;
    expect(swing.figure).toEqual({ kind: "sensitivity", key: top.key, part: "swing" });
    expect(swing.scenario).toBe(SMALL);
    expect(explain(swing.scenario, swing.figure).value).toBeCloseTo(top.swing, 2);
  });

  it("lists the ten inputs that move the result most, largest swing first", async () => {
    const costs = views(SMALL);
    render(<ChartsPanel costs={costs} analysis={ready(SMALL, SMALL_ANALYSIS)} currency="USD" />);
    const table = await showTable("Which assumptions matter most");
    const rows = bodyRows(table);
    expect(rows).toHaveLength(10);

    const top = SMALL_ANALYSIS.sensitivity.slice(0, 10);
    expect(rows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual(
      top.map((row) => sensitivityLabel(row.key, SMALL)),
    );
    const swings = top.map((row) => row.swing);
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    expect(
      within(rows[0]!)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual([
      formatMoney(top[0]!.low, "USD"),
      formatMoney(top[0]!.high, "USD"),
      formatMoney(top[0]!.swing, "USD"),
    ]);
    expect(
      within(chart("Which assumptions matter most")).getByText(
        new RegExp(`Now: \\${formatMoney(costs.shown.difference, "USD")}`),
      ),
    ).toBeInTheDocument();
  });

  it("draws a bar for each side of each input that moves the result, and none for one that moves nothing, wherever the pointer is", async () => {
    const { scenario: allMinimum } = parseScenario(
      new URLSearchParams(
        INPUTS.map((def) => [def.key, def.kind === "number" ? String(def.min) : "0"]),
      ),
    );
    const cases: [Scenario, number][] = [
      [SMALL, 20],
      [allMinimum, 0],
    ];
    for (const [scenario, bars] of cases) {
      const { unmount } = render(
        <SensitivityChart
          sensitivity={sensitivity(scenario)}
          scenario={scenario}
          difference={computeCosts(scenario).difference}
          months={scenario.months}
          currency="USD"
          busy={false}
          waiting={null}
        />,
      );
      const section = chart("Which assumptions matter most");
      expect(section.querySelectorAll(DATA_MARKS)).toHaveLength(bars);
      // Pointing at a row draws Recharts' grey cursor band over it: pointer feedback, not a bar.
      fireEvent.mouseMove(section.querySelector(".recharts-wrapper")!, {
        clientX: 400,
        clientY: 100,
      });
      await waitFor(() =>
        expect(section.querySelector(".recharts-tooltip-cursor")).toBeInTheDocument(),
      );
      expect(section.querySelectorAll(DATA_MARKS)).toHaveLength(bars);
      unmount();
    }
  }, 15_000);

  it("labels each input as the inputs panel does, naming the side where both sides have one", () => {
    expect(sensitivityLabel("issues", SMALL)).toBe("Issues per person per month");
    expect(sensitivityLabel("bfHours", SMALL)).toBe("Break-fix: Hours per user issue");
    expect(sensitivityLabel("msHours", SMALL)).toBe("Managed: Hours per user issue");
  });

  it("labels a plan's terms with the plan's name", () => {
    const { scenario } = parseScenario(new URLSearchParams(THREE_PLANS));
    expect(sensitivityLabel("msSeat", scenario)).toBe("Essentials: Fee per staff member");
    expect(sensitivityLabel("p2.msSeat", scenario)).toBe("Standard: Fee per staff member");
    expect(sensitivityLabel("p3.msOutside", scenario)).toMatch(/^Premium: /);
  });

  it("keeps the place of the charts that need the simulation while it runs", () => {
    render(<ChartsPanel costs={views(SMALL)} analysis={WAITING} currency="USD" />);
    for (const title of ["Cost by size of business", "Which assumptions matter most"]) {
      const section = chart(title);
      expect(within(section).getByRole("status")).toHaveTextContent("Simulating…");
      expect(within(section).getByRole("button", { name: "Show as table" })).toBeDisabled();
    }
    const monthly = chart("Cost per month");
    expect(within(monthly).queryByRole("status")).not.toBeInTheDocument();
    expect(within(monthly).getByText(/Simulating the range of likely bills/)).toBeInTheDocument();
    expect(within(monthly).getByRole("button", { name: "Show as table" })).toBeEnabled();
  });

  it("shows the expected figures alone before the simulation is in", async () => {
    render(<ChartsPanel costs={views(SMALL)} analysis={WAITING} currency="USD" />);
    const table = await showTable("Cost per month");
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((cell) => cell.textContent),
    ).toEqual(["Month", "Break-fix, expected", "Managed, expected"]);
  });

  it("says so when the simulation could not run", () => {
    const failed: AnalysisState = {
      analysis: null,
      forScenario: null,
      updating: false,
      error: "no workers",
    };
    render(<ChartsPanel costs={views(SMALL)} analysis={failed} currency="USD" />);
    expect(within(chart("Cost by size of business")).getByRole("status")).toHaveTextContent(
      "The simulation could not run in this browser.",
    );
  });

  it("marks the simulated charts busy while a newer scenario is being simulated", () => {
    const newer = { ...SMALL, bfRate: 180 };
    render(
      <ChartsPanel costs={views(newer)} analysis={ready(SMALL, SMALL_ANALYSIS)} currency="USD" />,
    );
    expect(chart("Which assumptions matter most")).toHaveAttribute("aria-busy", "true");
    expect(chart("What makes up each month’s cost")).toHaveAttribute("aria-busy", "false");
  });
});

describe("ChartsPanel with several plans", () => {
  const { scenario: THREE } = parseScenario(new URLSearchParams(THREE_PLANS));
  const THREE_ANALYSIS = analyse(THREE, SENSITIVITY_RANGES);
  const NAMES = ["Essentials", "Standard", "Premium"];

  it("gives each plan a column of the monthly table, named by the plan's name, with the focus plan's range", async () => {
    const costs = views(THREE);
    render(<ChartsPanel costs={costs} analysis={ready(THREE, THREE_ANALYSIS)} currency="USD" />);
    const focus = costs.shown.focus;
    const focusName = NAMES[focus - 1]!;
    // Lines for every option, bands only for break-fix and the focus plan.
    const section = chart("Cost per month");
    expect(section.querySelectorAll(".plain-plot__line")).toHaveLength(4);
    expect([...section.querySelectorAll(".plain-plot__band")].map((band) => band.getAttribute("class"))).toEqual([
      "plain-plot__band plain-plot__band--breakFix",
      `plain-plot__band plain-plot__band--plan${focus}`,
    ]);
    expect(within(section).getByText(`Standard, expected`)).toBeInTheDocument();

    const table = await showTable("Cost per month");
    const headers = within(table).getAllByRole("columnheader").map((cell) => cell.textContent);
    expect(headers).toEqual([
      "Month",
      "Break-fix, expected",
      "Break-fix, 10th percentile",
      "Break-fix, 90th percentile",
      ...NAMES.flatMap((name) =>
        name === focusName
          ? [`${name}, expected`, `${name}, 10th percentile`, `${name}, 90th percentile`]
          : [`${name}, expected`],
      ),
    ]);
    const cells = within(bodyRows(table)[2]!).getAllByRole("cell").map((cell) => cell.textContent);
    const month3 = costs.shown.months[2]!;
    for (const [index, name] of NAMES.entries()) {
      expect(cells[headers.indexOf(`${name}, expected`) - 1]).toBe(formatMoney(month3.plans[index]!.total, "USD"));
    }
  });

  it("opens the working of a plan's figure for that plan", async () => {
    const requests: ExplainRequest[] = [];
    const costs = views(THREE);
    render(
      <ExplainContext.Provider value={(request) => requests.push(request)}>
        <ChartsPanel costs={costs} analysis={ready(THREE, THREE_ANALYSIS)} currency="USD" />
      </ExplainContext.Provider>,
    );
    const premium = costs.shown.months[0]!.plans[2]!.cumulative;
    const row = bodyRows(await showTable("Total cost to date"))[0]!;
    await userEvent.click(within(row).getByRole("button", { name: `${formatMoney(premium, "USD")}: how this is calculated` }));
    expect(requests[0]!.figure).toEqual({ kind: "month", side: "managed", plan: 3, month: 1, part: "cumulative" });
    expect(explain(requests[0]!.scenario, requests[0]!.figure).value).toBeCloseTo(premium, 2);
  });

  it("tabulates every plan by size, and names the one that costs least", async () => {
    render(<ChartsPanel costs={views(THREE)} analysis={ready(THREE, THREE_ANALYSIS)} currency="USD" />);
    const table = await showTable("Cost by size of business");
    expect(within(table).getAllByRole("columnheader").map((cell) => cell.textContent)).toEqual([
      "Staff who use IT",
      "Break-fix",
      ...NAMES,
      "Costs least",
    ]);
    const point = THREE_ANALYSIS.sizeCurve[24]!;
    const values = [point.breakFix, ...point.plans];
    const least = ["Break-fix", ...NAMES][values.indexOf(Math.min(...values))];
    expect(within(bodyRows(table)[24]!).getAllByRole("cell").map((cell) => cell.textContent)).toEqual([
      ...values.map((value) => formatMoney(value, "USD")),
      least,
    ]);
  });

  it("shows the focus plan's work billed outside the fee in the breakdown", async () => {
    const costs = views(THREE);
    render(<ChartsPanel costs={costs} analysis={ready(THREE, THREE_ANALYSIS)} currency="USD" />);
    const name = NAMES[costs.shown.focus - 1]!;
    const table = await showTable("What makes up each month’s cost");
    const headers = within(table).getAllByRole("columnheader").map((cell) => cell.textContent);
    expect(headers).toEqual(expect.arrayContaining([`${name} fee`, `${name} onboarding`, `${name} total`]));
    const outside = costs.shown.months[0]!.managed.outsideWork;
    expect(headers.includes(`${name} work billed outside the fee`)).toBe(outside > 0);
  });

  it("maps which option is cheapest, naming the regions and listing each column's stretches", async () => {
    render(<ChartsPanel costs={views(THREE)} analysis={ready(THREE, THREE_ANALYSIS)} currency="USD" />);
    const section = chart("Which option is cheapest");
    const map = THREE_ANALYSIS.decisionMap;
    const options = ["Break-fix", ...NAMES];
    const present = [...new Set(map.columns.flatMap((column) => column.segments.map((segment) => segment.option)))];
    // Every option in the map has its pattern in the legend.
    for (const option of present) expect(within(section).getByText(options[option]!, { selector: "li" })).toBeInTheDocument();
    expect(section.querySelector(".decision-map__you")).not.toBeNull();

    const table = await showTable("Which option is cheapest");
    expect(bodyRows(table)).toHaveLength(map.columns.length);
    const column = map.columns.find((one) => one.segments.length > 1)!;
    const row = bodyRows(table)[map.columns.indexOf(column)]!;
    expect(within(row).getByRole("rowheader")).toHaveTextContent(String(column.seats));
    const words = within(row).getByRole("cell").textContent!;
    expect(words.split("; ")).toHaveLength(column.segments.length);
    expect(words).toMatch(new RegExp(`^From 0 to [\\d.]+: ${options[column.segments[0]!.option]}; from `));
    expect(words.endsWith(`: ${options[column.segments.at(-1)!.option]}`)).toBe(true);
  });

  it("writes a plan's name as text, never as markup", async () => {
    const { scenario } = parseScenario(new URLSearchParams("plans=2&months=12&paths=200&p2.msName=<b>x</b>&focus=2"));
    const analysis = analyse(scenario, SENSITIVITY_RANGES);
    const { container } = render(<ChartsPanel costs={views(scenario)} analysis={ready(scenario, analysis)} currency="USD" />);
    expect(container.querySelector("b")).toBeNull();
    expect(within(chart("Cost by size of business")).getByText("<b>x</b>", { selector: "li" })).toBeInTheDocument();
    const table = await showTable("Cost per month");
    expect(within(table).getByRole("columnheader", { name: "<b>x</b>, expected" })).toBeInTheDocument();
    expect(within(chart("Which assumptions matter most")).getByText(/Break-fix minus <b>x<\/b> over 12 months/)).toBeInTheDocument();
  });
});
