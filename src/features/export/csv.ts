/**
 * The monthly figures of both models as CSV (RFC 4180): a comment line with the link that
 * reopens the scenario, a header row, then one row per month. Numbers are plain decimals with no
 * currency symbol or thousands separator, so any spreadsheet reads them as numbers.
 */
import { SIDE_MONTH_FIELDS, type CostResult, type SimulationResult } from "../../model/index.ts";

/** The fields that count calls, problems or hours; every other field of a month is money. */
const COUNT_FIELDS: ReadonlySet<string> = new Set(["userCalls", "serverCalls", "outages", "livedWith", "downtimeHours"]);

const SIDES = ["breakFix", "managed"] as const;
const MEASURES = ["monthly", "cumulative"] as const;
const BANDS = ["p10", "p50", "p90"] as const;

/** Counts and hours are expected values with long fractions; four places keep them readable. */
const COUNT_DECIMALS = 4;

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
export function csvHeader(withBands: boolean): string[] {
  const header = ["month", "seats"];
  for (const side of SIDES) for (const field of SIDE_MONTH_FIELDS) header.push(`${side}.${field}`);
  if (withBands) {
    for (const side of SIDES) for (const measure of MEASURES) for (const band of BANDS) header.push(`${side}.${measure}.${band}`);
  }
  return header;
}

export function buildCsv({ costs, simulation, link }: CsvInput): string {
  const bands = simulation && simulation.months.length === costs.months.length ? simulation.months : null;
  const lines: string[] = [`# ${link.replace(/[\r\n]/g, "")}`, csvHeader(bands !== null).map(csvField).join(",")];
  costs.months.forEach((month, index) => {
    const row = [String(month.month), String(month.seats)];
    for (const side of SIDES) {
      for (const field of SIDE_MONTH_FIELDS) {
        const value = month[side][field];
        row.push(COUNT_FIELDS.has(field) ? plainNumber(value, COUNT_DECIMALS) : money(value));
      }
    }
    const simulated = bands?.[index];
    if (simulated) {
      for (const side of SIDES) for (const measure of MEASURES) for (const band of BANDS) row.push(money(simulated[side][measure][band]));
    }
    lines.push(row.map(csvField).join(","));
  });
  // RFC 4180: every record, the last included, ends in CRLF.
  return `${lines.join("\r\n")}\r\n`;
}
