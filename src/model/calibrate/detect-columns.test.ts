import { describe, expect, it } from "vitest";
import { detectColumns } from "./detect-columns.ts";
import type { Table } from "./types.ts";

function tableOf(headers: string[], rows: string[][]): Table {
  return { fileName: "records.csv", headers, rows, rowLines: rows.map((_, index) => index + 2) };
}

describe("detectColumns", () => {
  it("reads a ticket export: date, ticket id, time spent and category", () => {
    const detection = detectColumns(
      tableOf(["Ticket ID", "Subject", "Type", "Created time", "Time tracked"], [["1", "Printer", "Incident", "2025-03-14 09:05:00", "01:30"]]),
    );
    expect(detection).toEqual({
      kind: "tickets",
      mapping: { ticketId: 0, category: 2, date: 3, timeSpent: 4 },
      dateOrder: "dayFirst",
      durationUnit: "hours",
      decimalComma: false,
    });
  });

  it("reads a file with an amount column as invoices, mapping hours from the quantity", () => {
    const detection = detectColumns(
      tableOf(["Date", "Transaction Type", "Num", "Memo/Description", "Qty", "Amount"], [["03/14/2025", "Bill", "1001", "Labour", "1.5", "225.00"]]),
    );
    expect(detection.kind).toBe("invoices");
    expect(detection.mapping).toEqual({ date: 0, hours: 4, amount: 5 });
    expect(detection.dateOrder).toBe("monthFirst");
  });

  it("asks for the date order when no value decides it", () => {
    expect(detectColumns(tableOf(["Date", "Hours"], [["01/02/2025", "1"], ["03/04/2025", "2"]])).dateOrder).toBeNull();
    expect(detectColumns(tableOf(["Date", "Hours"], [["01/02/2025", "1"], ["13/04/2025", "2"]])).dateOrder).toBe("dayFirst");
  });

  it("reads Jira's Time Spent as whole seconds", () => {
    const jira = detectColumns(tableOf(["Issue key", "Created", "Time Spent"], [["IT-1", "14/Mar/25 9:05 AM", "5400"], ["IT-2", "15/Mar/25 9:05 AM", "60"]]));
    expect(jira.durationUnit).toBe("seconds");
    expect(jira.mapping).toEqual({ ticketId: 0, date: 1, timeSpent: 2 });
    expect(detectColumns(tableOf(["Created", "Σ Time Spent"], [["2025-01-01", "60"]])).durationUnit).toBe("seconds");
  });

  it("reads seconds or minutes when the header says so", () => {
    expect(detectColumns(tableOf(["Created at", "Total time spent (sec)"], [["2025-01-01", "90"]])).durationUnit).toBe("seconds");
    expect(detectColumns(tableOf(["Created at", "Total time spent (min)"], [["2025-01-01", "90"]])).durationUnit).toBe("minutes");
    expect(detectColumns(tableOf(["Created at", "Time Spent (min)"], [["2025-01-01", "90"]])).durationUnit).toBe("minutes");
  });

  it("reads a unit-less time column of large whole numbers as seconds, and small ones as hours", () => {
    expect(detectColumns(tableOf(["Date", "Duration"], [["2025-01-01", "1800"], ["2025-01-02", "3600"]])).durationUnit).toBe("seconds");
    expect(detectColumns(tableOf(["Date", "Duration"], [["2025-01-01", "1"], ["2025-01-02", "2"]])).durationUnit).toBe("hours");
    expect(detectColumns(tableOf(["Date", "Hours"], [["2025-01-01", "1800"]])).durationUnit).toBe("hours");
  });

  it("decides a decimal comma from the values", () => {
    expect(detectColumns(tableOf(["Datum", "Date", "Amount"], [["x", "14.03.2025", "1.234,50"], ["y", "15.03.2025", "12,00"]])).decimalComma).toBe(true);
    expect(detectColumns(tableOf(["Date", "Time Spent"], [["14.03.2025", "1,5"]])).decimalComma).toBe(true);
    expect(detectColumns(tableOf(["Date", "Amount"], [["2025-03-14", "1,234.50"]])).decimalComma).toBe(false);
  });

  it("prefers CALIBRATE.md's headers in their listed order when several match", () => {
    const detection = detectColumns(
      tableOf(["Updated at", "Created at", "Date", "Board", "Type", "Issue id", "Issue key"], [["2025-01-01", "2025-01-01", "2025-01-01", "Infra", "Server", "1", "IT-1"]]),
    );
    expect(detection.mapping).toEqual({ date: 2, category: 4, ticketId: 6 });
  });

  it("finds a date column by its values when no header names one", () => {
    expect(detectColumns(tableOf(["Ref", "When", "Hours"], [["A1", "2025-01-01", "1"], ["A2", "02/01/2025", "2"]])).mapping.date).toBe(1);
  });

  it("does not take a time-of-day column headed Time for time spent", () => {
    expect(detectColumns(tableOf(["Date", "Time", "Ticket"], [["2025-01-01", "9:05 AM", "1"]])).mapping.timeSpent).toBeUndefined();
    expect(detectColumns(tableOf(["Date", "Time", "Ticket"], [["2025-01-01", "1:30", "1"]])).mapping.timeSpent).toBe(1);
  });
});
