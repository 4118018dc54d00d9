/**
 * What a table's columns are (CALIBRATE.md, "Reading a file"): the kind of records, the column of
 * each field, and the conventions of its values. The user confirms or changes all of it.
 */
import { decideDateOrder, parseDate } from "./dates.ts";
import { bestColumn, headerUnit, normaliseHeader } from "./headers.ts";
import { decideDecimalComma } from "./numbers.ts";
import type { ColumnMapping, Detection, DurationUnit, Field, Table } from "./types.ts";

const TICKET_FIELDS: readonly Field[] = ["date", "ticketId", "timeSpent", "category"];
const INVOICE_FIELDS: readonly Field[] = ["date", "amount", "hours"];

/** Headers only Jira writes; their presence makes a bare Time Spent whole seconds. */
const JIRA_HEADERS = new Set(["issuekey", "issueid", "σtimespent", "σoriginalestimate", "σremainingestimate", "originalestimate", "remainingestimate"]);
const JIRA_TIME_SPENT = new Set(["timespent", "σtimespent"]);
/** Headers that say nothing of the unit, whose bare numbers may be seconds. */
const UNITLESS_TIME = new Set(["timespent", "σtimespent", "timeworked", "duration", "time", "timetaken", "timetracked", "totaltimespent", "totaltime", "timelogged", "loggedtime", "spenttime", "worktime", "actualtime", "actualduration"]);

/** Values of a column, for the decisions that need a sample rather than every row. */
function columnValues(table: Table, column: number | undefined, limit = Infinity): string[] {
  if (column === undefined) return [];
  const values: string[] = [];
  for (const row of table.rows) {
    const value = row[column]?.trim();
    if (value) values.push(value);
    if (values.length >= limit) break;
  }
  return values;
}

/** With no date header, the first column whose values are mostly dates (four in five of its first hundred). */
function columnOfDates(table: Table, taken: ReadonlySet<number>): number | undefined {
  for (let column = 0; column < table.headers.length; column++) {
    if (taken.has(column)) continue;
    const sample = columnValues(table, column, 100);
    if (sample.length === 0) continue;
    const order = decideDateOrder(sample) ?? "dayFirst";
    const dates = sample.filter((value) => parseDate(value, order) !== null || parseDate(value, order === "dayFirst" ? "monthFirst" : "dayFirst") !== null);
    if (dates.length >= 0.8 * sample.length) return column;
  }
  return undefined;
}

/** A time-of-day column headed "Time" (`9:05 AM`) is not time spent. */
function isTimeOfDay(values: readonly string[]): boolean {
  return values.some((value) => /\d\s*[ap]\.?m\.?$/i.test(value));
}

function isWholeNumber(value: string): boolean {
  return /^\d+$/.test(value);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The unit of the time-spent column's bare numbers: what the header says (`(sec)`, `Minutes`,
 * `Hours`); seconds for Jira's Time Spent and Σ Time Spent (a Jira header such as Issue key beside
 * it, or whole numbers); seconds for any other header silent on the unit whose values are whole
 * numbers with a median of 300 or more (five minutes in seconds; no ticket takes 300 hours);
 * hours otherwise.
 */
function durationUnit(table: Table, column: number | undefined): DurationUnit {
  if (column === undefined) return "hours";
  const header = table.headers[column]!;
  const stated = headerUnit(header);
  if (stated) return stated;
  const name = normaliseHeader(header);
  if (!UNITLESS_TIME.has(name)) return "hours";
  const values = columnValues(table, column, 5000);
  const whole = values.length > 0 && values.every(isWholeNumber);
  if (JIRA_TIME_SPENT.has(name)) {
    const jira = table.headers.some((other) => JIRA_HEADERS.has(normaliseHeader(other)));
    if (jira || (whole && name === "σtimespent")) return "seconds";
  }
  if (whole && median(values.map(Number)) >= 300) return "seconds";
  return "hours";
}

/** Whether the numbers of these columns are written with a decimal comma, from their first 20,000 values each. */
export function columnsUseDecimalComma(table: Table, columns: readonly (number | undefined)[]): boolean {
  return decideDecimalComma(columns.flatMap((column) => columnValues(table, column, 20_000)));
}

export function detectColumns(table: Table): Detection {
  const taken = new Set<number>();
  const pick = (field: Field): number | undefined => {
    const column = bestColumn(field, table.headers, taken);
    if (column !== undefined) taken.add(column);
    return column;
  };
  const date = pick("date") ?? columnOfDates(table, taken);
  if (date !== undefined) taken.add(date);
  const amount = bestColumn("amount", table.headers, taken);
  const kind = amount === undefined ? "tickets" : "invoices";
  const mapping: ColumnMapping = {};
  if (date !== undefined) mapping.date = date;
  for (const field of kind === "tickets" ? TICKET_FIELDS : INVOICE_FIELDS) {
    if (field === "date") continue;
    const column = pick(field);
    if (column === undefined) continue;
    if (field === "timeSpent" && normaliseHeader(table.headers[column]!) === "time" && isTimeOfDay(columnValues(table, column, 200))) {
      continue;
    }
    mapping[field] = column;
  }
  return {
    kind,
    mapping,
    dateOrder: decideDateOrder(columnValues(table, mapping.date)),
    durationUnit: durationUnit(table, kind === "tickets" ? mapping.timeSpent : mapping.hours),
    decimalComma: columnsUseDecimalComma(table, kind === "tickets" ? [mapping.timeSpent] : [mapping.amount, mapping.hours]),
  };
}
