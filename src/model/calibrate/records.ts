/**
 * Rows into records (CALIBRATE.md, "Reading a file" and "Tickets"). A row whose date (or, for
 * invoices, amount) cannot be read is skipped and counted by reason with its line number.
 *
 * Tickets are grouped by ticket id when that column is mapped, so a status log or a log of time
 * entries (one row per change or entry) gives one ticket per id: its date the earliest row's, its
 * time spent the sum over its rows (null when no row gives one), its category the earliest row's
 * that has one. A row with an empty id is a ticket of its own. Without an id column each row is a
 * ticket.
 */
import { parseAmount } from "./amounts.ts";
import { parseDate } from "./dates.ts";
import { columnsUseDecimalComma } from "./detect-columns.ts";
import { parseDuration } from "./durations.ts";
import type { Choices, InvoiceRecord, Records, SkipReason, Skipped, Table, TicketRecord } from "./types.ts";

/** How many line numbers of skipped rows are kept per reason. */
const FIRST_LINES = 5;

class SkipCounter {
  private readonly byReason = new Map<SkipReason, Skipped>();

  skip(reason: SkipReason, line: number): void {
    const skipped = this.byReason.get(reason) ?? { reason, count: 0, firstLines: [] };
    skipped.count++;
    if (skipped.firstLines.length < FIRST_LINES) skipped.firstLines.push(line);
    this.byReason.set(reason, skipped);
  }

  list(): Skipped[] {
    return [...this.byReason.values()];
  }
}

function cellOf(row: readonly string[], column: number | undefined): string {
  return column === undefined ? "" : (row[column] ?? "");
}

function ticketRecords(table: Table, choices: Choices, decimalComma: boolean): Records {
  const { mapping, dateOrder, durationUnit } = choices;
  const skipped = new SkipCounter();
  const tickets: TicketRecord[] = [];
  /** The date of the row each ticket's category came from (Infinity while it has none), by ticket. */
  const categoryDates: number[] = [];
  const byId = new Map<string, number>();
  table.rows.forEach((row, index) => {
    const date = parseDate(cellOf(row, mapping.date), dateOrder);
    if (date === null) return skipped.skip("date unreadable", table.rowLines[index]!);
    const hours = mapping.timeSpent === undefined ? null : parseDuration(cellOf(row, mapping.timeSpent), durationUnit, decimalComma);
    const category = mapping.category === undefined ? null : cellOf(row, mapping.category).trim() || null;
    const id = mapping.ticketId === undefined ? "" : cellOf(row, mapping.ticketId).trim();
    const at = id === "" ? undefined : byId.get(id);
    if (at === undefined) {
      if (id !== "") byId.set(id, tickets.length);
      tickets.push({ date, hours, category });
      categoryDates.push(category === null ? Infinity : date);
      return;
    }
    const ticket = tickets[at]!;
    if (date < ticket.date) ticket.date = date;
    if (hours !== null) ticket.hours = (ticket.hours ?? 0) + hours;
    if (category !== null && date < categoryDates[at]!) {
      ticket.category = category;
      categoryDates[at] = date;
    }
  });
  return { kind: "tickets", tickets, skipped: skipped.list(), rows: table.rows.length };
}

function invoiceRecords(table: Table, choices: Choices, decimalComma: boolean): Records {
  const { mapping, dateOrder, durationUnit } = choices;
  const skipped = new SkipCounter();
  const lines: InvoiceRecord[] = [];
  table.rows.forEach((row, index) => {
    const date = parseDate(cellOf(row, mapping.date), dateOrder);
    if (date === null) return skipped.skip("date unreadable", table.rowLines[index]!);
    const amount = parseAmount(cellOf(row, mapping.amount), decimalComma);
    if (amount === null) return skipped.skip("amount unreadable", table.rowLines[index]!);
    const hours = mapping.hours === undefined ? null : parseDuration(cellOf(row, mapping.hours), durationUnit, decimalComma);
    lines.push({ date, amount, hours });
  });
  return { kind: "invoices", lines, skipped: skipped.list(), rows: table.rows.length };
}

export function toRecords(table: Table, choices: Choices): Records {
  const { kind, mapping } = choices;
  const decimalComma =
    choices.decimalComma ?? columnsUseDecimalComma(table, kind === "tickets" ? [mapping.timeSpent] : [mapping.amount, mapping.hours]);
  return kind === "tickets" ? ticketRecords(table, choices, decimalComma) : invoiceRecords(table, choices, decimalComma);
}
