/**
 * Text into rows (CALIBRATE.md, "Reading a file"), with Papa Parse: RFC 4180 quoting, the
 * delimiter detected among comma, semicolon and tab, cells kept as the raw text they are (a cell
 * starting with `=`, `+`, `-` or `@` is text like any other; nothing is ever evaluated).
 *
 * This is the only module that imports Papa Parse, so that it lands in the chunk of whatever
 * reads files (the calibration worker) and nowhere else.
 *
 * - Line ends may be CRLF, LF or CR, mixed; blank lines and lines of empty cells are skipped.
 * - Excel's `sep=;` first line sets the delimiter.
 * - The header row is the row, among the first 20, with the most recognised headers (the first
 *   such on a tie; the first row when none is recognised), so report titles above the header
 *   (QuickBooks puts the company and the period there) are set aside.
 * - Refused: an empty file; a file whose header row is data (every cell a number or a date); a
 *   file with no rows below its header; more than 500,000 rows below the header.
 */
import Papa from "papaparse";
import { parseDate } from "./dates.ts";
import { headerRank } from "./headers.ts";
import type { Field, Refusal, Table } from "./types.ts";

export const MAX_ROWS = 500_000;
const DELIMITERS = [",", ";", "\t"] as const;
/** How many rows may stand above the header: titles, dates, blank lines of a report. */
const HEADER_SEARCH_ROWS = 20;
const FIELDS: readonly Field[] = ["date", "ticketId", "timeSpent", "category", "amount", "hours"];

type Row = { cells: string[]; line: number };

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === "");
}

/** Rows of `text` with the line each starts on (1-based, counted in `text` from `firstLine`). */
function parseRows(
  text: string,
  delimiter: string,
  limits: { preview?: number; maxRows?: number; firstLine?: number },
  onProgress?: (fraction: number) => void,
): { rows: Row[]; tooMany: boolean } {
  const rows: Row[] = [];
  let tooMany = false;
  let line = limits.firstLine ?? 1;
  let rowStart = 0;
  const progressEvery = Math.max(1, Math.floor(text.length / 100));
  let nextProgress = progressEvery;
  const parser: Papa.Parser = new Papa.Parser({
    delimiter,
    newline: "\n",
    quoteChar: '"',
    preview: limits.preview,
    step: (results: Papa.ParseStepResult<string[]>) => {
      const cursor = results.meta.cursor;
      for (const cells of results.data as unknown as string[][]) {
        if (!isBlank(cells)) rows.push({ cells, line });
      }
      // The next row starts on the line after every line end this one spanned.
      for (let at = text.indexOf("\n", rowStart); at !== -1 && at < cursor; at = text.indexOf("\n", at + 1)) line++;
      rowStart = cursor;
      if (limits.maxRows !== undefined && rows.length > limits.maxRows) {
        tooMany = true;
        parser.abort();
      }
      if (onProgress && cursor >= nextProgress) {
        onProgress(cursor / text.length);
        nextProgress = cursor + progressEvery;
      }
    },
  } as Papa.ParseConfig);
  parser.parse(text, 0, false);
  return { rows, tooMany };
}

/**
 * The delimiter that splits the first rows most consistently: for each candidate, the most common
 * field count (of two or more) among the first 50 rows, and how many rows have it. The candidate
 * with the most such rows wins, then the one with more fields; a comma when nothing splits.
 */
function detectDelimiter(text: string): string {
  const sample = text.slice(0, 65_536);
  let best: string = ",";
  let bestRows = 0;
  let bestFields = 0;
  for (const delimiter of DELIMITERS) {
    const { rows } = parseRows(sample, delimiter, { preview: 50 });
    const counts = new Map<number, number>();
    for (const row of rows) {
      if (row.cells.length >= 2) counts.set(row.cells.length, (counts.get(row.cells.length) ?? 0) + 1);
    }
    for (const [fields, rowsWith] of counts) {
      if (rowsWith > bestRows || (rowsWith === bestRows && fields > bestFields)) {
        best = delimiter;
        bestRows = rowsWith;
        bestFields = fields;
      }
    }
  }
  return best;
}

function recognisedHeaders(cells: readonly string[]): number {
  return cells.filter((cell) => FIELDS.some((field) => headerRank(field, cell) !== null)).length;
}

function headerRowIndex(rows: readonly Row[]): number {
  let best = 0;
  let bestCount = 0;
  for (let index = 0; index < Math.min(HEADER_SEARCH_ROWS, rows.length); index++) {
    const count = recognisedHeaders(rows[index]!.cells);
    if (count > bestCount) {
      best = index;
      bestCount = count;
    }
  }
  return best;
}

/** A row that is all numbers and dates is data, not a header. */
function looksLikeData(cells: readonly string[]): boolean {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== "");
  return (
    filled.length > 0 &&
    filled.every((cell) => /^[-+(]?[$€£]?\s*\d[\d\s.,'’:/-]*\)?$/.test(cell) || parseDate(cell, "dayFirst") !== null || parseDate(cell, "monthFirst") !== null)
  );
}

export function readTable(fileName: string, text: string, onProgress?: (fraction: number) => void): Table | Refusal {
  const refuse = (reason: string): Refusal => ({ fileName, reason: `${fileName} ${reason}` });
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.includes("\r")) body = body.replace(/\r\n?/g, "\n");
  if (body.trim() === "") return refuse("is empty");

  let delimiter: string | undefined;
  let firstLine = 1;
  const separatorLine = /^sep=(.)\n/i.exec(body);
  if (separatorLine) {
    delimiter = separatorLine[1]!;
    body = body.slice(separatorLine[0].length);
    firstLine = 2;
  }
  delimiter ??= detectDelimiter(body);

  const { rows, tooMany } = parseRows(body, delimiter, { maxRows: MAX_ROWS + HEADER_SEARCH_ROWS, firstLine }, onProgress);
  if (rows.length === 0) return refuse("is empty");
  const headerAt = headerRowIndex(rows);
  const header = rows[headerAt]!;
  const dataRows = rows.length - headerAt - 1;
  if (tooMany || dataRows > MAX_ROWS) {
    return refuse(`has more than 500,000 rows: export a shorter period`);
  }
  if (looksLikeData(header.cells)) return refuse("has no header row: its first line is data, not column names");
  if (dataRows === 0) return refuse("has a header row but no records below it");
  onProgress?.(1);
  const data = rows.slice(headerAt + 1);
  return {
    fileName,
    headers: header.cells.map((cell) => cell.trim()),
    rows: data.map((row) => row.cells),
    rowLines: data.map((row) => row.line),
  };
}
