/**
 * The monthly figures of every option as CSV (RFC 4180): a comment line with the link that
 * reopens the scenario, a line naming the managed plans, a line saying which plan the `managed.*`
 * columns hold, a header row, then one row per month. Numbers are plain decimals with no currency
 * symbol or thousands separator, so any spreadsheet reads them as numbers.
 *
 * Columns: `breakFix.*` and `managed.*` (the focus plan's) as before plans existed, so a reader of
 * older files finds them where they were; then `plan1.*` … `planN.*`, every plan's own; then the
 * simulation's bands in the same order.
 */
import { SIDE_MONTH_FIELDS, type CostResult, type SimulationResult } from "../../model/index.ts";

/** The fields that count calls, problems or hours; every other field of a month is money. */
const COUNT_FIELDS: ReadonlySet<string> = new Set(["userCalls", "serverCalls", "outages", "livedWith", "downtimeHours"]);

const SIDES = ["breakFix", "managed"] as const;
const MEASURES = ["monthly", "cumulative"] as const;
const BANDS = ["p10", "p50", "p90"] as const;

/** Counts and hours are expected values with long fractions; four places keep them readable. */
const COUNT_DECIMALS = 4;

/**
 * Text typed by a person (a plan's name) as a cell no spreadsheet runs as a formula (PLANS.md):
 * always quoted, with an apostrophe before a leading =, +, -, @, tab or carriage return.
 */
export function csvText(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** A field quoted when it must be (a comma, a quote or a line break), with quotes doubled. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A number as a plain decimal at most `decimals` places long; "" for a value that is not finite. */
export function plainNumber(value: number, decimals: number): string {
  if (!Number.isFinite(value)) return "";
  const text = value.toFixed(decimals);
  const trimmed = decimals > 0 ? text.replace(/\.?0+$/, "") : text;
  return trimmed === "-0" ? "0" : trimmed;
}

/** Money to the cent, always with two places: "1234.50". */
export function money(value: number): string {
  if (!Number.isFinite(value)) return "";
  const text = value.toFixed(2);
  return text === "-0.00" ? "0.00" : text;
}

export type CsvInput = {
  costs: CostResult;
  /** The simulation of the same scenario, or null while it is still running. */
  simulation: SimulationResult | null;
  /** The address that reopens this scenario. */
  link: string;
};

/** The column names, which are also the model's field names, so a reader can look each one up. */
export function csvHeader(withBands: boolean, plans = 1): string[] {
  const header = ["month", "seats"];
  const groups = [...SIDES, ...planColumns(plans)];
  for (const group of groups) for (const field of SIDE_MONTH_FIELDS) header.push(`${group}.${field}`);
  if (withBands) {
    for (const group of groups) for (const measure of MEASURES) for (const band of BANDS) header.push(`${group}.${measure}.${band}`);
  }
  return header;
}

/** The prefix of each plan's columns: `plan1` … `planN`. */
function planColumns(plans: number): string[] {
  return Array.from({ length: plans }, (_, index) => `plan${index + 1}`);
}

function figure(field: (typeof SIDE_MONTH_FIELDS)[number], value: number): string {
  return COUNT_FIELDS.has(field) ? plainNumber(value, COUNT_DECIMALS) : money(value);
}

export function buildCsv({ costs, simulation, link }: CsvInput): string {
  const plans = costs.plans.length;
  const bands =
    simulation && simulation.months.length === costs.months.length && simulation.months[0]?.plans.length === plans ? simulation.months : null;
  const lines: string[] = [
    `# ${link.replace(/[\r\n]/g, "")}`,
    ["# plans", ...costs.plans.map((plan) => csvText(plan.name))].join(","),
    `# managed.* columns are plan,${costs.focus}`,
    csvHeader(bands !== null, plans).map(csvField).join(","),
  ];
  costs.months.forEach((month, index) => {
    const row = [String(month.month), String(month.seats)];
    const sides = [month.breakFix, month.managed, ...month.plans];
    for (const side of sides) for (const field of SIDE_MONTH_FIELDS) row.push(figure(field, side[field]));
    const simulated = bands?.[index];
    if (simulated) {
      for (const side of [simulated.breakFix, simulated.managed, ...simulated.plans]) {
        for (const measure of MEASURES) for (const band of BANDS) row.push(money(side[measure][band]));
      }
    }
    lines.push(row.map(csvField).join(","));
  });
  // RFC 4180: every record, the last included, ends in CRLF.
  return `${lines.join("\r\n")}\r\n`;
}
