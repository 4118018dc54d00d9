/**
 * Times calibration from a user's file (CALIBRATE.md): text → rows (Papa Parse) → detected
 * columns → records → fit, on a generated helpdesk export of 100,000 and 500,000 ticket rows, as
 * the records worker runs it. Target: under 2 s for 100,000 rows.
 */
import { defaultScenario } from "../../src/model/index.ts";
import { decodeText } from "../../src/model/calibrate/decode.ts";
import { detectColumns } from "../../src/model/calibrate/detect-columns.ts";
import { fitRecords } from "../../src/model/calibrate/fit.ts";
import { readTable } from "../../src/model/calibrate/read-table.ts";
import { toRecords } from "../../src/model/calibrate/records.ts";
import type { Choices, Table } from "../../src/model/calibrate/types.ts";

const CATEGORIES = ["Hardware", "Software", "Email", "Network", "Server", "Printer"];
const SUBJECTS = ["Printer jams", "Outlook asks for a password", "VPN drops, every hour", 'Screen "flickers"', "New starter laptop"];

/** A Zendesk-shaped export: ids, quoted subjects, ISO date-times, minutes, a ticket type, extra columns (500,000 rows stay under the 50 MB limit). */
function ticketExport(rows: number): string {
  const lines = ["Id,Requester,Subject,Status,Priority,Ticket type,Created at,Total time spent (min)"];
  let seed = 1;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let index = 0; index < rows; index++) {
    const day = Math.floor(next() * 730);
    const date = new Date(2024, 0, 1 + day, Math.floor(next() * 24), Math.floor(next() * 60));
    const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}T${String(date.getHours()).padStart(2, "0")}:${String(date.getMinutes()).padStart(2, "0")}:00Z`;
    const subject = SUBJECTS[index % SUBJECTS.length]!;
    lines.push(
      [
        String(100000 + index),
        `user${index % 300}@example.com`,
        `"${subject.replace(/"/g, '""')}"`,
        "closed",
        "normal",
        CATEGORIES[Math.floor(next() * CATEGORIES.length)],
        iso,
        next() < 0.2 ? "" : String(5 + Math.floor(next() * 120)),
      ].join(","),
    );
  }
  return lines.join("\r\n") + "\r\n";
}

let sink = 0;

function pipeline(bytes: Uint8Array): { rows: number; tickets: number } {
  const table = readTable("tickets.csv", decodeText(bytes)) as Table;
  const detection = detectColumns(table);
  const choices: Choices = {
    ...detection,
    dateOrder: detection.dateOrder ?? "dayFirst",
    source: "breakFix",
    staff: 250,
    serverCategories: ["Server"],
  };
  const records = toRecords(table, choices);
  const fit = fitRecords(records, choices, defaultScenario());
  sink += fit.fitted.length;
  return { rows: table.rows.length, tickets: fit.count };
}

/** Median wall-clock ms over `runs` runs of each stage and of the whole, after one warm-up run. */
function timeStages(bytes: Uint8Array, runs: number) {
  pipeline(bytes);
  const stages: Record<string, number[]> = { decode: [], read: [], detect: [], records: [], fit: [], total: [] };
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const text = decodeText(bytes);
    const decoded = performance.now();
    const table = readTable("tickets.csv", text) as Table;
    const read = performance.now();
    const detection = detectColumns(table);
    const detected = performance.now();
    const choices: Choices = { ...detection, dateOrder: detection.dateOrder ?? "dayFirst", source: "breakFix", staff: 250, serverCategories: ["Server"] };
    const records = toRecords(table, choices);
    const recorded = performance.now();
    sink += fitRecords(records, choices, defaultScenario()).fitted.length;
    const fitted = performance.now();
    stages.decode!.push(decoded - start);
    stages.read!.push(read - decoded);
    stages.detect!.push(detected - read);
    stages.records!.push(recorded - detected);
    stages.fit!.push(fitted - recorded);
    stages.total!.push(fitted - start);
  }
  const median = (values: number[]) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  };
  return Object.fromEntries(Object.entries(stages).map(([stage, times]) => [stage, median(times)]));
}

/** The calibration benchmark's table, in the style of the model benchmark's. */
export function calibrationBenchmark(table: (header: readonly string[], rows: readonly (readonly string[])[]) => string): string {
  const rows: string[][] = [];
  for (const [count, runs] of [
    [100_000, 5],
    [500_000, 3],
  ] as const) {
    const bytes = new TextEncoder().encode(ticketExport(count));
    const { tickets } = pipeline(bytes);
    const times = timeStages(bytes, runs);
    const ms = (value: number) => `${Math.round(value)} ms`;
    rows.push([
      `${count.toLocaleString("en-US")} rows (${(bytes.length / 1024 / 1024).toFixed(1)} MB, ${tickets.toLocaleString("en-US")} tickets)`,
      ms(times.decode!),
      ms(times.read!),
      ms(times.detect!),
      ms(times.records!),
      ms(times.fit!),
      ms(times.total!),
    ]);
  }
  if (!Number.isFinite(sink)) rows.push(["(unexpected: no fit)", "", "", "", "", "", ""]);
  return table(["ticket export", "decode", "text → rows", "detect", "rows → records", "fit", "total"], rows);
}
