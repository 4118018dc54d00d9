/**
 * Recognising columns from their headers (CALIBRATE.md, "Reading a file"): case-insensitive,
 * punctuation and spacing ignored, so `Created At`, `created_at`, `CreatedAt` and `Created at:`
 * are one header. A part in brackets is a qualifier, not the name: `Time Spent (min)` is Time Spent
 * in minutes, `Amount (USD)` is Amount. Failing that, a trailing unit or currency code is set
 * aside the same way (`Time Spent Minutes`, `Total AUD`).
 *
 * Each field has a list of headers in order of preference: first CALIBRATE.md's own names in the
 * order it lists them, then the names real exports use (Zendesk, Freshdesk, ConnectWise, Autotask,
 * HaloPSA, Jira, QuickBooks, Xero). When several columns match one field, the one whose header
 * comes first in that list wins; a header matched only once its qualifier is set aside comes after
 * every exact match; on a tie the leftmost column wins.
 *
 * One exception to CALIBRATE.md's order: for the amount, a line's own amount (Line Total, and Xero's
 * LineAmount) comes before the invoice's Total. A file that has both has a row per invoice line
 * and repeats the invoice's total on each of its lines, so summing Total would count an invoice
 * once per line.
 */
import type { DurationUnit, Field } from "./types.ts";

export const FIELD_HEADERS: Readonly<Record<Field, readonly string[]>> = {
  date: [
    // CALIBRATE.md
    "Date", "Created", "Created At", "Created Date", "Opened", "Opened At", "Date Opened", "Timestamp",
    "Date Entered", "Invoice Date", "Txn Date", "Transaction Date", "Issue Date",
    // Real exports: Freshdesk, ConnectWise, Autotask, HaloPSA, then other common names
    "Created Time", "Entered", "Create Date", "Date Occurred", "Date Logged",
    "Created On", "Date Created", "Creation Date", "Created Date Time", "Date Time", "Date Reported",
    "Reported", "Reported At", "Submitted", "Submitted At", "Date Submitted", "Open Date", "Opened Date",
    "Request Date", "Logged", "Logged At", "Log Date", "Date Raised", "Raised",
    "Start Date", "Date Start", "Started", "Started At", "Start Time", "Work Date", "Date Worked", "Entry Date",
    "Spent On", "Changed", "Changed At", "Date Changed", "Change Date", "Status Changed", "Status Changed At",
    "Event Date", "Event Time", "Posting Date", "Posted Date", "Bill Date", "Document Date",
  ],
  ticketId: [
    "Ticket", "Ticket ID", "Ticket Number", "Ticket #", "Issue Key", "Issue id", "Key", "Number",
    "Case Number", "ID",
    "Ticket No", "Ticket Num", "Ticket Key", "Case ID", "Case", "Incident", "Incident ID", "Incident Number",
    "Request ID", "Request Number", "SR Number", "Service Request", "Issue Number", "Issue", "Display ID",
    "Work Order", "Job Number", "Charge To",
  ],
  timeSpent: [
    "Time Spent", "Time Worked", "Hours", "Hours Worked", "Actual Hours", "Billable Hours", "Duration", "Time",
    "Σ Time Spent",
    "Total Hours Worked", "Time Taken", "Time Tracked", "Total Time Spent", "Total Time", "Total Hours",
    "Time Logged", "Logged Time", "Hours Spent", "Spent Time", "Work Time", "Actual Time", "Actual Duration",
    "Labour Hours", "Labor Hours", "Hours Logged", "Worked Hours", "Billed Hours", "Minutes", "Minutes Worked",
    "Minutes Spent", "Seconds", "Time Spent Seconds",
  ],
  category: [
    "Category", "Type", "Issue Type", "Ticket Type", "Service", "Board", "Queue",
    "Request Type", "Ticket Category", "Issue Category", "Category 1", "Service Type", "Problem Type",
    "Work Type", "Classification", "Group", "Assignment Group", "Support Group", "Team",
  ],
  amount: [
    // CALIBRATE.md's names, a line's own amount before the invoice's (see above)
    "Amount", "Line Total", "Line Amount", "Total", "Amount Due", "Net Amount", "Debit", "Invoice Total",
    "Total Amount", "Invoice Amount", "Gross Amount", "Gross", "Total Incl Tax", "Subtotal",
    "Sub Total", "Net", "Value", "Billed Amount", "Extended Amount", "Extended Price", "Charge",
  ],
  hours: ["Qty", "Quantity", "Hours", "Units", "Hours Billed", "Billed Hours", "Billable Hours", "Time", "Qty Hours"],
};

/** The header of a column without case, punctuation, spacing or bracketed qualifiers. */
export function normaliseHeader(header: string): string {
  return words(withoutQualifiers(header)).join("");
}

function withoutQualifiers(header: string): string {
  return header.replace(/\([^)]*\)|\[[^\]]*\]|\{[^}]*\}/g, " ");
}

/** Lower-case words, camelCase split (`InvoiceDate` → invoice date); punctuation is a space. */
function words(text: string): string[] {
  return text
    .replace(/^\ufeff/, "")
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
}

const SECONDS = new Set(["s", "sec", "secs", "second", "seconds"]);
const MINUTES = new Set(["min", "mins", "minute", "minutes", "m"]);
const HOURS = new Set(["h", "hr", "hrs", "hour", "hours"]);
const CURRENCY_CODES = new Set([
  "usd", "eur", "gbp", "aud", "nzd", "cad", "chf", "jpy", "sek", "nok", "dkk", "zar", "inr", "sgd", "hkd", "pln", "czk", "huf", "mxn", "brl",
]);
/** Words that can trail a header's name without changing its meaning. */
const TRAILING_QUALIFIERS = new Set([...SECONDS, ...MINUTES, ...HOURS, ...CURRENCY_CODES, "in", "incl", "excl", "tax", "local", "utc", "gmt"]);

/** Set a trailing unit, currency code or zone aside: `Time Spent In Minutes` → time spent. */
function withoutTrailingQualifiers(header: string): string {
  const parts = words(withoutQualifiers(header));
  while (parts.length > 1 && TRAILING_QUALIFIERS.has(parts[parts.length - 1]!)) parts.pop();
  return parts.join("");
}

const INDEX: ReadonlyMap<Field, ReadonlyMap<string, number>> = new Map(
  (Object.keys(FIELD_HEADERS) as Field[]).map((field) => [
    field,
    new Map(FIELD_HEADERS[field].map((name, rank) => [normaliseHeader(name), rank] as const).reverse()),
  ]),
);

/** Exact matches rank by their place in the list; matches after setting a qualifier aside come after all of them. */
const LOOSE_MATCH = 1000;

/** How well a header names a field: a lower rank is a better match; null when it does not name it. */
export function headerRank(field: Field, header: string): number | null {
  const names = INDEX.get(field)!;
  const exact = names.get(normaliseHeader(header));
  if (exact !== undefined) return exact;
  const loose = names.get(withoutTrailingQualifiers(header));
  return loose === undefined ? null : LOOSE_MATCH + loose;
}

/** The unit a header states for its values, anywhere in it (`Time Spent (sec)`, `Minutes Worked`), or null. */
export function headerUnit(header: string): DurationUnit | null {
  const all = words(header);
  if (all.some((word) => SECONDS.has(word))) return "seconds";
  if (all.some((word) => MINUTES.has(word) && word !== "m")) return "minutes";
  if (all.some((word) => HOURS.has(word))) return "hours";
  return null;
}

/**
 * The best column for a field among those not yet taken, by headerRank, or undefined. Ties go to
 * the leftmost column.
 */
export function bestColumn(field: Field, headers: readonly string[], taken: ReadonlySet<number>): number | undefined {
  let best: number | undefined;
  let bestRank = Infinity;
  headers.forEach((header, column) => {
    if (taken.has(column)) return;
    const rank = headerRank(field, header);
    if (rank !== null && rank < bestRank) {
      best = column;
      bestRank = rank;
    }
  });
  return best;
}
