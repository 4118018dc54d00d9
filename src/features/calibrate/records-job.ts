/**
 * The records worker's work, apart from the worker itself so that it can also run in-process
 * (component tests). It keeps the table read from the file and answers the page's requests:
 * read a file, list a column's values, fit the records with the user's choices.
 */
import { SNIFF_BYTES, refuseFile } from "../../model/calibrate/sniff.ts";
import { decodeText } from "../../model/calibrate/decode.ts";
import { readTable } from "../../model/calibrate/read-table.ts";
import { detectColumns } from "../../model/calibrate/detect-columns.ts";
import { toRecords } from "../../model/calibrate/records.ts";
import { fitRecords } from "../../model/calibrate/fit.ts";
import { historyBands } from "../../model/calibrate/history.ts";
import type { Choices, Records, Table } from "../../model/calibrate/types.ts";
import type { CategoryCount, FileSummary, RecordsRequest, RecordsResponse } from "./records-protocol.ts";

const SAMPLE_ROWS = 50;
const SAMPLE_LENGTH = 40;
/** A category column with more values than this is not a list anyone would tick through. */
const MOST_CATEGORIES = 200;
/** Progress is posted at most this often (fractions of the file), so messages never pile up. */
const PROGRESS_STEP = 0.01;

function summarise(table: Table): FileSummary {
  const samples = table.headers.map((_, column) => {
    for (const row of table.rows.slice(0, SAMPLE_ROWS)) {
      const cell = row[column]?.trim();
      if (cell) return cell.length > SAMPLE_LENGTH ? `${cell.slice(0, SAMPLE_LENGTH - 1)}…` : cell;
    }
    return "";
  });
  return { fileName: table.fileName, headers: table.headers, samples, rows: table.rows.length, detection: detectColumns(table) };
}

function categoryCounts(table: Table, column: number): CategoryCount[] {
  const counts = new Map<string, number>();
  for (const row of table.rows) {
    const value = row[column]?.trim();
    if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, rows]) => ({ value, rows }))
    .sort((a, b) => b.rows - a.rows || a.value.localeCompare(b.value))
    .slice(0, MOST_CATEGORIES);
}

/** What toRecords depends on: the records are kept while only the source, staff or server categories change. */
function recordsKey(choices: Choices): string {
  const { kind, mapping, dateOrder, durationUnit, decimalComma } = choices;
  return JSON.stringify([kind, mapping, dateOrder, durationUnit, decimalComma]);
}

export function createRecordsJob(post: (response: RecordsResponse) => void): (request: RecordsRequest) => Promise<void> {
  let table: Table | null = null;
  let records: { key: string; records: Records } | null = null;

  const read = async (id: number, file: File) => {
    const refusal = refuseFile(file.name, file.size, new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
    if (refusal) return post({ type: "refused", id, refusal });
    let posted = 0;
    const read = readTable(file.name, decodeText(new Uint8Array(await file.arrayBuffer())), (fraction) => {
      if (fraction - posted < PROGRESS_STEP) return;
      posted = fraction;
      post({ type: "progress", id, fraction });
    });
    if (!("rows" in read)) return post({ type: "refused", id, refusal: read });
    table = read;
    records = null;
    post({ type: "read", id, summary: summarise(read) });
  };

  return async (request) => {
    try {
      if (request.type === "read") return await read(request.id, request.file);
      if (!table) throw new Error("No file has been read.");
      if (request.type === "categories") {
        return post({ type: "categories", id: request.id, values: categoryCounts(table, request.column) });
      }
      const key = recordsKey(request.choices);
      if (records?.key !== key) records = { key, records: toRecords(table, request.choices) };
      const fit = fitRecords(records.records, request.choices, request.scenario);
      const history = historyBands(request.scenario, fit);
      post({ type: "fit", id: request.id, outcome: { fit, ...history } });
    } catch (error) {
      post({ type: "failed", id: request.id, message: error instanceof Error ? error.message : String(error) });
    }
  };
}
