import { describe, expect, it } from "vitest";
import { FIELD_HEADERS, bestColumn, headerRank, headerUnit, normaliseHeader } from "./headers.ts";
import type { Field } from "./types.ts";

/** CALIBRATE.md's table of headers recognised, field by field. */
const CONTRACT: Record<Field, string[]> = {
  date: ["Date", "Created", "Created At", "Created Date", "Opened", "Opened At", "Date Opened", "Timestamp", "Date Entered", "Invoice Date", "Txn Date", "Transaction Date", "Issue Date"],
  ticketId: ["Ticket", "Ticket ID", "Ticket Number", "Ticket #", "Issue Key", "Issue id", "Key", "Number", "Case Number", "ID"],
  timeSpent: ["Time Spent", "Time Worked", "Hours", "Hours Worked", "Actual Hours", "Billable Hours", "Duration", "Time", "Σ Time Spent"],
  category: ["Category", "Type", "Issue Type", "Ticket Type", "Service", "Board", "Queue"],
  // A line's own amount before the invoice's total (headers.ts says why).
  amount: ["Amount", "Line Total", "Line Amount", "Total", "Amount Due", "Net Amount", "Debit", "Invoice Total"],
  hours: ["Qty", "Quantity", "Hours", "Units"],
};

describe("header recognition", () => {
  it.each(Object.entries(CONTRACT) as [Field, string[]][])("recognises every CALIBRATE.md header of %s, in its listed order first", (field, names) => {
    expect(FIELD_HEADERS[field].slice(0, names.length)).toEqual(names);
    // "Ticket #" is "Ticket" once punctuation is ignored, so it shares Ticket's rank.
    names.forEach((name) => expect(headerRank(field, name)).toBe(names.findIndex((other) => normaliseHeader(other) === normaliseHeader(name))));
    names.forEach((name, index) => expect(headerRank(field, name)).toBeLessThanOrEqual(index));
  });

  it("ignores case, punctuation, spacing and camel case", () => {
    for (const header of ["created at", "CREATED_AT", "CreatedAt", "Created-At:", " Created  At "]) {
      expect(normaliseHeader(header)).toBe("createdat");
      expect(headerRank("date", header)).toBe(headerRank("date", "Created At"));
    }
    expect(headerRank("date", "InvoiceDate")).toBe(headerRank("date", "Invoice Date"));
    expect(headerRank("ticketId", "Ticket #")).toBe(0);
  });

  it.each([
    ["date", ["Created time", "Entered", "Create Date", "Date Occurred", "Date Logged", "Created"]],
    ["ticketId", ["Id", "Ticket ID", "Ticket #", "Ticket Number", "Issue key"]],
    ["timeSpent", ["Time tracked", "Actual Hours", "Total Hours Worked", "Time Taken", "Σ Time Spent", "Total time spent (min)", "Time Spent (sec)"]],
    ["category", ["Board", "Queue", "Issue Type", "Type"]],
    ["amount", ["Amount", "Total", "LineAmount"]],
    ["hours", ["Qty", "Quantity"]],
  ] as [Field, string[]][])("recognises the %s headers of real exports", (field, headers) => {
    for (const header of headers) expect(headerRank(field, header), header).not.toBeNull();
  });

  it("reads a bracketed qualifier or a trailing unit or currency as no part of the name", () => {
    expect(headerRank("timeSpent", "Time Spent (min)")).toBe(0);
    expect(headerRank("amount", "Amount (USD)")).toBe(0);
    expect(headerRank("amount", "Total AUD")).toBeGreaterThan(headerRank("amount", "Invoice Total")!);
    expect(headerRank("timeSpent", "Time Spent in Minutes")).not.toBeNull();
  });

  it("recognises nothing in unrelated headers", () => {
    for (const header of ["Summary", "Description", "Status", "Priority", "Due Date", "Resolution time (in hrs)", "Sub-Issue Type", ""]) {
      for (const field of Object.keys(CONTRACT) as Field[]) expect(headerRank(field, header), `${field} ${header}`).toBeNull();
    }
  });

  it("reads the unit a header states", () => {
    expect(headerUnit("Total time spent (sec)")).toBe("seconds");
    expect(headerUnit("Time Spent (min)")).toBe("minutes");
    expect(headerUnit("Minutes Worked")).toBe("minutes");
    expect(headerUnit("Actual Hours")).toBe("hours");
    expect(headerUnit("Time Spent")).toBeNull();
  });
});

describe("bestColumn", () => {
  it("prefers the header listed first, then the leftmost column", () => {
    expect(bestColumn("date", ["Updated", "Created At", "Created", "Date"], new Set())).toBe(3);
    expect(bestColumn("date", ["Created At", "Created"], new Set())).toBe(1);
    expect(bestColumn("timeSpent", ["Σ Time Spent", "Time Spent"], new Set())).toBe(1);
    expect(bestColumn("category", ["Board", "Type"], new Set())).toBe(1);
    expect(bestColumn("amount", ["Total", "LineAmount"], new Set())).toBe(1);
    expect(bestColumn("amount", ["Total", "Amount"], new Set())).toBe(1);
    expect(bestColumn("ticketId", ["ID", "ID"], new Set())).toBe(0);
  });

  it("passes over a column already taken", () => {
    expect(bestColumn("date", ["Date", "Created"], new Set([0]))).toBe(1);
    expect(bestColumn("date", ["Date"], new Set([0]))).toBeUndefined();
  });
});
