/**
 * Properties of the whole reading and fitting (fast-check, fixed seed in npm test): a file made
 * from known tickets or invoice lines gives them back, and how the file is written (row order, a
 * byte-order mark, the delimiter, quoting, the date format, the status-log shape) changes nothing.
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultScenario } from "../inputs.ts";
import { decodeText } from "./decode.ts";
import { detectColumns } from "./detect-columns.ts";
import { fitRecords } from "./fit.ts";
import { readTable } from "./read-table.ts";
import { toRecords } from "./records.ts";
import type { Choices, DateOrder, Fit, RecordSource } from "./types.ts";

const scenario = defaultScenario();

/** A value rounded to 2 dp lies within half a cent of the exact one. */
function expectRoundedFrom(rounded: number, exact: number): void {
  expect(Math.abs(rounded - exact)).toBeLessThanOrEqual(0.005 + 1e-9);
}
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A known ticket: its day (from 1 January 2024), minute of the day, time spent in quarter hours, category. */
type KnownTicket = { day: number; minute: number; quarters: number | null; category: string };

const tickets = fc.array(
  fc.record({
    day: fc.integer({ min: 0, max: 729 }),
    minute: fc.integer({ min: 0, max: 1439 }),
    quarters: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
    category: fc.constantFrom("Hardware", "Software", "Server", "Network, WAN", 'Say "hi"', "=cmd"),
  }),
  { minLength: 1, maxLength: 60 },
);

type DateFormat = "iso" | "dayFirst" | "monthFirst" | "monthName" | "jira";
const dateFormats = fc.constantFrom<DateFormat>("iso", "dayFirst", "monthFirst", "monthName", "jira");

const pad = (value: number) => String(value).padStart(2, "0");

function formatDate(day: number, minute: number, format: DateFormat): string {
  const date = new Date(2024, 0, 1 + day);
  const [y, m, d] = [date.getFullYear(), date.getMonth() + 1, date.getDate()];
  const [hours, minutes] = [Math.floor(minute / 60), minute % 60];
  const twelve = `${hours % 12 === 0 ? 12 : hours % 12}:${pad(minutes)} ${hours < 12 ? "AM" : "PM"}`;
  switch (format) {
    case "iso":
      return `${y}-${pad(m)}-${pad(d)}T${pad(hours)}:${pad(minutes)}:00Z`;
    case "dayFirst":
      return `${pad(d)}/${pad(m)}/${y} ${pad(hours)}:${pad(minutes)}`;
    case "monthFirst":
      return `${m}/${d}/${y} ${twelve}`;
    case "monthName":
      return `${MONTH_NAMES[m - 1]} ${d}, ${y} ${twelve}`;
    case "jira":
      return `${pad(d)}/${MONTH_NAMES[m - 1]}/${String(y).slice(2)} ${twelve}`;
  }
}

type Writing = { delimiter: string; quoteAll: boolean; bom: boolean; crlf: boolean };
const writings = fc.record({
  delimiter: fc.constantFrom(",", ";", "\t"),
  quoteAll: fc.boolean(),
  bom: fc.boolean(),
  crlf: fc.boolean(),
});
const PLAIN: Writing = { delimiter: ",", quoteAll: false, bom: false, crlf: false };

function csv(rows: readonly (readonly string[])[], writing: Writing): string {
  const cell = (text: string) =>
    writing.quoteAll || text.includes(writing.delimiter) || /["\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  const text = rows.map((row) => row.map(cell).join(writing.delimiter)).join(writing.crlf ? "\r\n" : "\n");
  return (writing.bom ? "\ufeff" : "") + text;
}

/** Bytes as a browser reads the file, then the whole pipeline with the detected columns. */
function fitText(text: string, choices: { source: RecordSource; staff: number; serverCategories: string[]; dateOrder?: DateOrder }): Fit {
  const table = readTable("records.csv", decodeText(new TextEncoder().encode(text)));
  if (!("rows" in table)) throw new Error(`refused: ${table.code}`);
  const detection = detectColumns(table);
  const all: Choices = { ...detection, dateOrder: choices.dateOrder ?? detection.dateOrder ?? "dayFirst", ...choices };
  return fitRecords(toRecords(table, all), all, scenario);
}

function ticketRows(list: readonly KnownTicket[], format: DateFormat): string[][] {
  return [
    ["Ticket ID", "Created", "Time Spent (h)", "Category", "Summary"],
    ...list.map((ticket, index) => [
      `T-${index + 1}`,
      formatDate(ticket.day, ticket.minute, format),
      ticket.quarters === null ? "" : String(ticket.quarters / 4),
      ticket.category,
      "=HYPERLINK(\"x\"), @a, +b, -c",
    ]),
  ];
}

function dateOrderOf(format: DateFormat): DateOrder {
  return format === "monthFirst" ? "monthFirst" : "dayFirst";
}

function shuffled<T>(list: readonly T[], keys: readonly number[]): T[] {
  return list.map((item, index) => ({ item, key: keys[index % keys.length]! + index / list.length })).sort((a, b) => a.key - b.key).map(({ item }) => item);
}

describe("a file made from known tickets gives them back", () => {
  it("the count, the period, the user and server tickets, the mean time and the fitted values", () => {
    fc.assert(
      fc.property(tickets, dateFormats, fc.constantFrom<RecordSource>("breakFix", "managed"), fc.integer({ min: 1, max: 200 }), (list, format, source, staff) => {
        const fit = fitText(csv(ticketRows(list, format), PLAIN), { source, staff, serverCategories: ["Server"], dateOrder: dateOrderOf(format) });
        const days = Math.max(...list.map((t) => t.day)) - Math.min(...list.map((t) => t.day)) + 1;
        const months = Math.max(1, days / (365.25 / 12));
        const user = list.filter((t) => t.category !== "Server");
        const timed = user.filter((t) => t.quarters !== null && t.quarters > 0);
        expect(fit).toMatchObject({ count: list.length, days, userTickets: user.length, serverTickets: list.length - user.length });
        expect(fit.months).toBeCloseTo(months, 12);
        const factor = source === "breakFix" ? 0.75 / 0.6 : 0.95 / 0.6;
        const issues = fit.fitted.find((f) => f.key === "issues")!;
        expectRoundedFrom(issues.unclamped, (user.length / (months * staff)) * factor);
        const hours = fit.fitted.find((f) => f.key === (source === "breakFix" ? "bfHours" : "msHours"));
        if (timed.length === 0) expect(hours).toBeUndefined();
        else expectRoundedFrom(hours!.unclamped, timed.reduce((sum, t) => sum + t.quarters! / 4, 0) / timed.length);
        expect(fit.history.reduce((sum, point) => sum + point.value, 0)).toBe(list.length);
      }),
      { numRuns: 80 },
    );
  });

  it("a status log of the same tickets, a row per change, gives the same fit as one row per ticket", () => {
    fc.assert(
      fc.property(tickets, fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1 }), fc.array(fc.nat(), { minLength: 1 }), (list, splits, keys) => {
        const rows: string[][] = [];
        list.forEach((ticket, index) => {
          const parts = splits[index % splits.length]!;
          for (let part = 0; part < parts; part++) {
            // Later changes come after the ticket's creation; its time is split across them.
            const quarters = ticket.quarters === null ? null : part === 0 ? ticket.quarters - Math.floor(ticket.quarters / parts) * (parts - 1) : Math.floor(ticket.quarters / parts);
            rows.push([`T-${index + 1}`, formatDate(ticket.day + part * 3, part === 0 ? ticket.minute : 0, "iso"), quarters === null ? "" : String(quarters / 4), part === 0 ? ticket.category : ""]);
          }
        });
        const header = ["Ticket ID", "Changed At", "Time Spent (h)", "Category"];
        const choices = { source: "breakFix" as const, staff: 10, serverCategories: ["Server"] };
        const log = fitText(csv([header, ...shuffled(rows, keys)], PLAIN), choices);
        const single = fitText(csv(ticketRows(list, "iso").map((row) => [row[0]!, row[1]!, row[2]!, row[3]!]), PLAIN), choices);
        expect(log.fitted).toEqual(single.fitted);
        expect(log.days).toBe(single.days);
      }),
      { numRuns: 60 },
    );
  });
});

describe("how a file is written changes nothing", () => {
  it("shuffling rows, a byte-order mark, the delimiter, quoting everything or CRLF line ends", () => {
    fc.assert(
      fc.property(tickets, dateFormats, writings, fc.array(fc.nat(), { minLength: 1 }), (list, format, writing, keys) => {
        const [header, ...rows] = ticketRows(list, format);
        const choices = { source: "breakFix" as const, staff: 7, serverCategories: ["Server"], dateOrder: dateOrderOf(format) };
        const plain = fitText(csv([header!, ...rows], PLAIN), choices);
        const rewritten = fitText(csv([header!, ...shuffled(rows, keys)], writing), choices);
        expect(rewritten).toEqual(plain);
      }),
      { numRuns: 80 },
    );
  });

  it("the date format", () => {
    fc.assert(
      fc.property(tickets, dateFormats, dateFormats, (list, first, second) => {
        const choices = { source: "managed" as const, staff: 3, serverCategories: ["Server"] };
        const a = fitText(csv(ticketRows(list, first), PLAIN), { ...choices, dateOrder: dateOrderOf(first) });
        const b = fitText(csv(ticketRows(list, second), PLAIN), { ...choices, dateOrder: dateOrderOf(second) });
        expect(b).toEqual(a);
      }),
      { numRuns: 50 },
    );
  });
});

describe("a file made from known invoice lines gives them back", () => {
  const lines = fc.array(
    fc.record({
      day: fc.integer({ min: 0, max: 400 }),
      cents: fc.integer({ min: -50_000, max: 500_000 }),
      quarters: fc.option(fc.integer({ min: 0, max: 40 }), { nil: null }),
    }),
    { minLength: 1, maxLength: 50 },
  );
  const amountStyles = fc.constantFrom("plain", "dollars", "euros", "code", "parentheses");

  function amount(cents: number, style: string): string {
    const whole = Math.floor(Math.abs(cents) / 100);
    const fraction = pad(Math.abs(cents) % 100);
    const sign = cents < 0;
    const thousands = (separator: string) => String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
    switch (style) {
      case "dollars":
        return `${sign ? "-" : ""}$${thousands(",")}.${fraction}`;
      case "euros":
        return `${thousands(".")},${fraction}${sign ? "-" : ""} €`;
      case "code":
        return `USD ${sign ? "-" : ""}${thousands(",")}.${fraction}`;
      case "parentheses":
        return sign ? `(${thousands(",")}.${fraction})` : `${thousands(",")}.${fraction}`;
      default:
        return `${sign ? "-" : ""}${whole}.${fraction}`;
    }
  }

  it("bfRate, the line count and the monthly spend, whatever the amounts' style and the file's writing", () => {
    fc.assert(
      fc.property(lines, amountStyles, writings, (list, style, writing) => {
        const decimalComma = style === "euros";
        const rows = [
          ["Invoice Date", "Description", "Qty", "Amount"],
          ...list.map((line) => [
            formatDate(line.day, 0, "iso").slice(0, 10),
            "Labour",
            line.quarters === null ? "" : decimalComma ? String(line.quarters / 4).replace(".", ",") : String(line.quarters / 4),
            amount(line.cents, style),
          ]),
        ];
        const fit = fitText(csv(rows, writing), { source: "breakFix", staff: 5, serverCategories: [] });
        expect(fit.count).toBe(list.length);
        const withHours = list.filter((line) => line.quarters !== null && line.quarters > 0);
        const rate = fit.fitted.find((f) => f.key === "bfRate");
        if (withHours.length < 5) {
          expect(rate).toBeUndefined();
        } else {
          const known = withHours.reduce((sum, line) => sum + line.cents, 0) / 100 / (withHours.reduce((sum, line) => sum + line.quarters!, 0) / 4);
          expectRoundedFrom(rate!.unclamped, known);
        }
        const spent = fit.history.reduce((sum, point) => sum + point.value, 0);
        expect(spent).toBeCloseTo(list.reduce((sum, line) => sum + line.cents, 0) / 100, 6);
      }),
      { numRuns: 80 },
    );
  });
});
