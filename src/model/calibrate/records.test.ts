import { describe, expect, it } from "vitest";
import { toRecords } from "./records.ts";
import type { Choices, Table } from "./types.ts";

const local = (year: number, month: number, day: number, hours = 0, minutes = 0) => new Date(year, month - 1, day, hours, minutes).getTime();

function tableOf(headers: string[], rows: string[][]): Table {
  return { fileName: "records.csv", headers, rows, rowLines: rows.map((_, index) => index + 2) };
}

const ticketChoices: Choices = {
  kind: "tickets",
  mapping: { date: 0, ticketId: 1, timeSpent: 2, category: 3 },
  dateOrder: "dayFirst",
  durationUnit: "hours",
  source: "breakFix",
  staff: 10,
  serverCategories: [],
};

describe("toRecords for tickets", () => {
  it("makes one ticket per id: its earliest date, the sum of its time, the earliest row's category", () => {
    const table = tableOf(
      ["Changed", "Ticket", "Hours", "Category"],
      [
        ["2025-03-15 10:00", "T-1", "0.5", ""],
        ["2025-03-14 09:05", "T-1", "1", "Hardware"],
        ["2025-03-20 16:00", "T-2", "", "Server"],
        ["2025-03-16 08:00", "T-1", "0.25", "Software"],
        ["2025-03-21 08:00", "T-2", "", ""],
      ],
    );
    const records = toRecords(table, ticketChoices);
    expect(records).toEqual({
      kind: "tickets",
      tickets: [
        { date: local(2025, 3, 14, 9, 5), hours: 1.75, category: "Hardware" },
        { date: local(2025, 3, 20, 16), hours: null, category: "Server" },
      ],
      skipped: [],
      rows: 5,
    });
  });

  it("makes each row a ticket when no id column is mapped, and a row with an empty id a ticket of its own", () => {
    const table = tableOf(["Date", "Ticket"], [["2025-01-01", "A"], ["2025-01-02", "A"], ["2025-01-03", ""], ["2025-01-04", " "]]);
    const ungrouped = toRecords(table, { ...ticketChoices, mapping: { date: 0 } });
    expect(ungrouped.kind === "tickets" && ungrouped.tickets).toHaveLength(4);
    const grouped = toRecords(table, { ...ticketChoices, mapping: { date: 0, ticketId: 1 } });
    expect(grouped.kind === "tickets" && grouped.tickets.map((ticket) => ticket.date)).toEqual([local(2025, 1, 1), local(2025, 1, 3), local(2025, 1, 4)]);
  });

  it("skips rows whose date cannot be read, counting them with their first five line numbers", () => {
    const rows = [["2025-01-01"], ["n/a"], [""], ["=NOW()"], ["2025-01-02"], ["31/02/2025"], ["later"], ["soon"]];
    const table = { ...tableOf(["Date"], rows), rowLines: [2, 3, 5, 6, 7, 9, 10, 11] };
    const records = toRecords(table, { ...ticketChoices, mapping: { date: 0 } });
    expect(records.skipped).toEqual([{ reason: "date unreadable", count: 6, firstLines: [3, 5, 6, 9, 10] }]);
    expect(records.kind === "tickets" && records.tickets).toHaveLength(2);
  });

  it("reads time spent in the chosen unit and decimal convention", () => {
    const table = tableOf(["Date", "Spent"], [["2025-01-01", "5400"], ["2025-01-02", "1:30"], ["2025-01-03", "1,5"]]);
    const seconds = toRecords(table, { ...ticketChoices, mapping: { date: 0, timeSpent: 1 }, durationUnit: "seconds", decimalComma: true });
    expect(seconds.kind === "tickets" && seconds.tickets.map((ticket) => ticket.hours)).toEqual([1.5, 1.5, 1.5 * (1 / 3600)]);
  });

  it("reads dates in the chosen order", () => {
    const table = tableOf(["Date"], [["03/04/2025"]]);
    const dayFirst = toRecords(table, { ...ticketChoices, mapping: { date: 0 } });
    const monthFirst = toRecords(table, { ...ticketChoices, mapping: { date: 0 }, dateOrder: "monthFirst" });
    expect(dayFirst.kind === "tickets" && dayFirst.tickets[0]!.date).toBe(local(2025, 4, 3));
    expect(monthFirst.kind === "tickets" && monthFirst.tickets[0]!.date).toBe(local(2025, 3, 4));
  });
});

describe("toRecords for invoices", () => {
  const invoiceChoices: Choices = { ...ticketChoices, kind: "invoices", mapping: { date: 0, amount: 1, hours: 2 }, dateOrder: "monthFirst" };

  it("reads each line's date, amount (credits negative) and hours", () => {
    const table = tableOf(["Date", "Amount", "Qty"], [["03/14/2025", "$1,234.50", "8"], ["03/15/2025", "(90.00)", ""], ["03/16/2025", "150", "1.5"]]);
    expect(toRecords(table, invoiceChoices)).toEqual({
      kind: "invoices",
      lines: [
        { date: local(2025, 3, 14), amount: 1234.5, hours: 8 },
        { date: local(2025, 3, 15), amount: -90, hours: null },
        { date: local(2025, 3, 16), amount: 150, hours: 1.5 },
      ],
      skipped: [],
      rows: 3,
    });
  });

  it("skips and counts lines whose date or amount cannot be read, the date first", () => {
    const table = tableOf(["Date", "Amount"], [["TOTAL", "1,000.00"], ["03/14/2025", ""], ["03/15/2025", "=1+2"], ["", ""], ["03/16/2025", "5"]]);
    const records = toRecords(table, { ...invoiceChoices, mapping: { date: 0, amount: 1 } });
    expect(records.skipped).toEqual([
      { reason: "date unreadable", count: 2, firstLines: [2, 5] },
      { reason: "amount unreadable", count: 2, firstLines: [3, 4] },
    ]);
    expect(records.kind === "invoices" && records.lines).toHaveLength(1);
  });

  it("decides a decimal comma from the columns when the choices do not say", () => {
    const table = tableOf(["Date", "Amount", "Qty"], [["14.03.2025", "1.234,50", "1,5"], ["15.03.2025", "1.000", "2"]]);
    const records = toRecords(table, { ...invoiceChoices, dateOrder: "dayFirst" });
    expect(records.kind === "invoices" && records.lines.map((line) => [line.amount, line.hours])).toEqual([[1234.5, 1.5], [1000, 2]]);
  });
});
