import { describe, expect, it } from "vitest";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import CalibrateSection from "./calibrate-section.tsx";
import { createRecordsJob } from "./records-job.ts";
import type { RecordsWorker } from "./records-client.ts";
import type { HistoryChartProps } from "./history-chart-props.ts";
import { renderWithStore } from "../../../tests/support/render-with-store.tsx";
import { addPlan, defaultScenario, setPlanTerm, type Scenario } from "../../model/index.ts";

/** The records worker's own job, run in-process: messages pass asynchronously, as they do to a worker. */
function inProcessWorker(): RecordsWorker {
  let ended = false;
  const worker: RecordsWorker = {
    onmessage: null,
    onerror: null,
    postMessage: (request) => setTimeout(() => void handle(request), 0),
    terminate: () => {
      ended = true;
    },
  };
  const handle = createRecordsJob((response) => {
    if (!ended) setTimeout(() => worker.onmessage?.({ data: response } as MessageEvent), 0);
  });
  return worker;
}

/** The chart is composed by the page; here its summary and rows are shown as text. */
function HistoryText({ summary, rows }: HistoryChartProps) {
  return (
    <p>
      {summary} ({rows.length} rows)
    </p>
  );
}

const DAY_MS = 86_400_000;
const MONTHS_IN_2025 = 365 / (365.25 / 12);
const round2 = (value: number) => Math.round(value * 100) / 100;

/** 60 tickets from 1 January to 31 December 2025, one in six a server ticket, half of them 1 hour and half 0.5. */
function ticketExport(): string {
  const lines = ["Ticket ID,Created,Hours Worked,Category"];
  for (let i = 0; i < 60; i++) {
    const day = new Date(Date.UTC(2025, 0, 1) + Math.round((i * 364) / 59) * DAY_MS).toISOString().slice(0, 10);
    lines.push(`T${i + 1},${day},${i % 2 === 0 ? "1" : "0.5"},${i % 6 === 0 ? "Server" : "Desktop"}`);
  }
  return lines.join("\n");
}

function renderSection(scenario: Scenario = { ...defaultScenario(), seats: 10 }) {
  return renderWithStore(<CalibrateSection currency="USD" HistoryChart={HistoryText} startWorker={inProcessWorker} />, {
    scenario,
  });
}

async function choose(name: string, content: BlobPart) {
  await userEvent.upload(screen.getByLabelText(/records/, { selector: "input" }), new File([content], name, { type: "text/csv" }));
}

/** The review of a file that was read; its chunk loads on first use, which can take a moment in a test run. */
function findReview(name: string) {
  return screen.findByRole("heading", { name: `Records in “${name}”` }, { timeout: 10_000 });
}

// Each test reads and fits a file through the worker's own code, and the first loads the review's chunk.
describe("Use your own records", { timeout: 20_000 }, () => {
  it("reads a ticket export, shows its columns for confirmation, applies only the fitted inputs and undoes them in one step", async () => {
    const before = { ...defaultScenario(), seats: 10 };
    const { store } = renderSection(before);
    await choose("tickets.csv", ticketExport());

    const heading = await findReview("tickets.csv");
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole("radio", { name: "Tickets" })).toBeChecked();
    expect(screen.getByRole("combobox", { name: /^Date/ })).toHaveDisplayValue("Created");
    expect(screen.getByRole("combobox", { name: "Ticket ID" })).toHaveDisplayValue("Ticket ID");
    expect(screen.getByRole("combobox", { name: "Time spent" })).toHaveDisplayValue("Hours Worked");
    expect(screen.getByRole("combobox", { name: "Category" })).toHaveDisplayValue("Category");
    expect(screen.getByRole("spinbutton", { name: "Staff during this period" })).toHaveValue(10);
    expect(screen.getByRole("radio", { name: "Break-fix provider" })).toBeChecked();
    expect(await screen.findByRole("checkbox", { name: /Server/ })).not.toBeChecked();
    // ISO dates decide their own order: nothing to ask.
    expect(screen.queryByRole("radio", { name: "Day first (31/12/2025)" })).toBeNull();

    const issues = round2(((60 / (MONTHS_IN_2025 * 10)) * (1 - 0.25)) / 0.6);
    expect(await screen.findByText(new RegExp(`0\\.50 → ${issues.toFixed(2)} \\(.+\\) from 60 user tickets over 12\\.0 months`))).toBeVisible();
    expect(screen.getByText("Issues per person per month")).toBeVisible();
    expect(screen.getByText(/1\.50 → 0\.75/)).toBeVisible();
    expect(screen.getByText(/\d+ of 12 months inside the band/)).toBeVisible();
    expect(screen.getByText("Not fitted: Server incidents per server per year needs at least one category ticked as server work")).toBeVisible();
    expect(store.getState().scenario).toBe(before);

    await userEvent.click(screen.getByRole("button", { name: "Apply" }));
    const applied = store.getState().scenario;
    expect(applied.issues).toBe(issues);
    expect(applied.bfHours).toBe(0.75);
    // A category column is mapped and no value is ticked as server work: the export says nothing
    // about server incidents, so they are left as they are.
    expect(applied.srvIssues).toBe(before.srvIssues);
    expect({ ...applied, issues: before.issues, bfHours: before.bfHours }).toEqual(before);
    expect(screen.getByText(`Applied: Issues per person per month 0.50 → ${issues.toFixed(2)}; Hours per user issue (break-fix) 1.50 → 0.75.`, { exact: false })).toBeVisible();

    await userEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(store.getState().scenario).toEqual(before);
    expect(screen.queryByRole("button", { name: "Undo" })).toBeNull();
  });

  it("fits again for a managed provider, the staff given and the server categories ticked", async () => {
    renderSection();
    await choose("tickets.csv", ticketExport());
    await findReview("tickets.csv");
    await screen.findByText(/from 60 user tickets/);

    await userEvent.click(screen.getByRole("radio", { name: "Managed provider" }));
    const managed = round2(((60 / (MONTHS_IN_2025 * 10)) * (1 - 0.05)) / (1 - 0.4));
    expect(await screen.findByText(new RegExp(`→ ${managed.toFixed(2)} \\(.+\\) from 60 user tickets`))).toBeVisible();
    expect(screen.getByText("Hours per user issue (managed)")).toBeVisible();
    // One plan: nothing to choose.
    expect(screen.queryByRole("combobox", { name: "Apply to plan" })).toBeNull();

    const staff = screen.getByRole("spinbutton", { name: "Staff during this period" });
    await userEvent.clear(staff);
    await userEvent.type(staff, "20");
    const halved = round2(((60 / (MONTHS_IN_2025 * 20)) * (1 - 0.05)) / (1 - 0.4));
    expect(await screen.findByText(new RegExp(`→ ${halved.toFixed(2)} \\(.+\\) from 60 user tickets`))).toBeVisible();

    await userEvent.click(screen.getByRole("checkbox", { name: /Server/ }));
    const userTickets = round2(((50 / (MONTHS_IN_2025 * 20)) * (1 - 0.05)) / (1 - 0.4));
    expect(await screen.findByText(new RegExp(`→ ${userTickets.toFixed(2)} \\(.+\\) from 50 user tickets`))).toBeVisible();
  });

  it("applies a managed provider's records to the plan chosen, the focus plan first, fitted with that plan's terms", async () => {
    let before = addPlan({ ...defaultScenario(), seats: 10, msName: "Basic" });
    before = setPlanTerm(setPlanTerm(before, 2, "msName", "Gold Care"), 2, "msRecur", 20);
    before = { ...setPlanTerm(before, 2, "msFewer", 50), focus: 2 };
    const { store } = renderSection(before);
    await choose("tickets.csv", ticketExport());
    await findReview("tickets.csv");
    await screen.findByText(/from 60 user tickets/);
    expect(screen.queryByRole("combobox", { name: "Apply to plan" })).toBeNull();

    await userEvent.click(screen.getByRole("radio", { name: "Managed provider" }));
    const plan = screen.getByRole("combobox", { name: "Apply to plan" });
    expect(plan).toHaveDisplayValue("Gold Care");
    expect([...(plan as HTMLSelectElement).options].map((option) => option.text)).toEqual(["Basic", "Gold Care"]);
    // Gold Care's own fractions: (1 − 0.20) / (1 − 0.50).
    const gold = round2(((60 / (MONTHS_IN_2025 * 10)) * (1 - 0.2)) / (1 - 0.5));
    expect(await screen.findByText(new RegExp(`→ ${gold.toFixed(2)} \\(.+\\) from 60 user tickets`))).toBeVisible();

    await userEvent.click(screen.getByRole("button", { name: "Apply" }));
    const applied = store.getState().scenario;
    expect(applied.otherPlans[0]).toEqual({ ...before.otherPlans[0], msHours: 0.75 });
    expect(applied.msHours).toBe(before.msHours);
    expect(applied.issues).toBe(gold);
    expect(screen.getByText(/^Applied to “Gold Care”: Issues per person per month/)).toBeVisible();
    await userEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(store.getState().scenario).toEqual(before);

    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Apply to plan" }), "Basic");
    const basic = round2(((60 / (MONTHS_IN_2025 * 10)) * (1 - 0.05)) / (1 - 0.4));
    expect(await screen.findByText(new RegExp(`→ ${basic.toFixed(2)} \\(.+\\) from 60 user tickets`))).toBeVisible();
    await userEvent.click(screen.getByRole("button", { name: "Apply" }));
    expect(store.getState().scenario.msHours).toBe(0.75);
    expect(store.getState().scenario.otherPlans).toEqual(before.otherPlans);
  });

  it("refuses a spreadsheet with its name and the reason, and changes nothing", async () => {
    const before = { ...defaultScenario(), seats: 10 };
    const { store } = renderSection(before);
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, ...new TextEncoder().encode("[Content_Types].xml xl/workbook.xml")]);
    await choose("report.xlsx", zip);

    const alert = await screen.findByText(/report\.xlsx/, { selector: "[role=alert] *" });
    expect(alert).toHaveTextContent("report.xlsx is a spreadsheet (Excel .xlsx): save it as CSV. Nothing was changed.");
    expect(screen.queryByRole("heading", { name: /Records in/ })).toBeNull();
    expect(store.getState().scenario).toBe(before);
  });

  it("asks the order of dates no value decides, starting from the browser's language, and fits with the answer", async () => {
    renderSection();
    const invoices = ["Invoice Date,Amount,Qty", "03/04/2025,150,1", "05/06/2025,300,2", "07/08/2025,75,0.5"].join("\n");
    await choose("invoices.csv", invoices);

    await findReview("invoices.csv");
    expect(screen.getByRole("radio", { name: "Invoices" })).toBeChecked();
    // jsdom's navigator.language is en-US: month first.
    expect(navigator.language).toBe("en-US");
    expect(screen.getByRole("radio", { name: "Month first (12/31/2025)" })).toBeChecked();
    expect(await screen.findByText(/from 4 Mar 2025 to 8 Jul 2025/)).toBeVisible();

    await userEvent.click(screen.getByRole("radio", { name: "Day first (31/12/2025)" }));
    expect(await screen.findByText(/from 3 Apr 2025 to 7 Aug 2025/)).toBeVisible();
  });

  it("shows cells as text: markup and formulas are never run", async () => {
    const { container } = renderSection();
    const lines = ["Created,Category", '2025-01-02,"<img src=x onerror=""alert(1)"">"', "2025-02-03,=HYPERLINK(\"https://example.com\")"];
    await choose("odd.csv", lines.join("\n"));
    await findReview("odd.csv");

    expect(await screen.findByRole("checkbox", { name: /<img src=x onerror="alert\(1\)">/ })).toBeVisible();
    expect(screen.getByRole("checkbox", { name: /=HYPERLINK\("https:\/\/example.com"\)/ })).toBeVisible();
    expect(container.querySelector("img")).toBeNull();
    expect(within(container).queryByRole("link")).toBeNull();
  });
});
