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
 * - Refused, with a code the page words: an empty file; a file whose header row is data (a date
 *   in it, or all numbers); a file with no rows below its header; more than 500,000 rows below
 *   the header.
 */
import Papa from "papaparse";
import { parseDate } from "./dates.ts";
import { headerRank } from "./headers.ts";
import type { Field, Refusal, RefusalReason, Table } from "./types.ts";

export const MAX_ROWS = 500_000;
const DELIMITERS = [",", ";", "\t"] as const;
/** How many rows may stand above the header: titles, dates, blank lines of a report. */
const HEADER_SEARCH_ROWS = 20;
const FIELDS: readonly Field[] = ["date", "ticketId", "timeSpent", "category", "amount", "hours"];

/** Rows of cells, and the line of the file each starts on (1-based). */
type Rows = { cells: string[][]; lines: number[] };

/** Parse in slices of this many characters, so progress can be reported between them. */
const CHUNK_CHARS = 1 << 18;

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell !== "" && /\S/.test(cell)) return false;
  return true;
}

/** How many line ends a row spans: those inside its quoted cells. */
function lineEndsInside(cells: readonly string[]): number {
  let count = 0;
  for (const cell of cells) {
    for (let at = cell.indexOf("\n"); at !== -1; at = cell.indexOf("\n", at + 1)) count++;
  }
  return count;
}

/**
 * The non-blank rows of `text` (line ends already LF), with the line each starts on counted from
 * `firstLine`. Stops once there are more than `maxRows`. Line numbers come from the rows
 * themselves: each row starts one line after the previous one ended, and a row ends as many
 * lines further on as its quoted cells hold line ends.
 */
function parseRows(
  text: string,
  delimiter: string,
  limits: { preview?: number; maxRows?: number; firstLine?: number },
  onProgress?: (fraction: number) => void,
): Rows & { tooMany: boolean } {
  const out: Rows & { tooMany: boolean } = { cells: [], lines: [], tooMany: false };
  const quoted = text.includes('"');
  let line = limits.firstLine ?? 1;
  const take = (rows: string[][]) => {
    for (const cells of rows) {
      if (!isBlank(cells)) {
        out.cells.push(cells);
        out.lines.push(line);
      }
      line += 1 + (quoted ? lineEndsInside(cells) : 0);
    }
  };
  const config = { delimiter, newline: "\n", quoteChar: '"', skipEmptyLines: false, preview: limits.preview } as const;
  if (limits.preview !== undefined) {
    take(Papa.parse<string[]>(text, config).data);
    return out;
  }
  // Papa Parse reads a string in slices when given `chunk`, though its types only say so for files.
  const streaming: Papa.ParseConfig<string[]> & Pick<Papa.ParseLocalConfig<string[], Papa.LocalFile>, "chunk" | "chunkSize"> = {
    ...config,
    chunkSize: CHUNK_CHARS,
    chunk: (results, parser) => {
      take(results.data);
      if (limits.maxRows !== undefined && out.cells.length > limits.maxRows) {
        out.tooMany = true;
        parser.abort();
      }
      onProgress?.(Math.min(1, results.meta.cursor / text.length));
    },
  };
  Papa.parse<string[]>(text, streaming);
  return out;
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
    const counts = new Map<number, number>();
    for (const cells of parseRows(sample, delimiter, { preview: 50 }).cells) {
      if (cells.length >= 2) counts.set(cells.length, (counts.get(cells.length) ?? 0) + 1);
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

function headerRowIndex(rows: readonly string[][]): number {
  let best = 0;
  let bestCount = 0;
  for (let index = 0; index < Math.min(HEADER_SEARCH_ROWS, rows.length); index++) {
    const count = recognisedHeaders(rows[index]!);
    if (count > bestCount) {
      best = index;
      bestCount = count;
    }
  }
  return best;
}

/** Column names are never dates, nor all numbers: a row that has a date, or is all numbers, is data. */
function looksLikeData(cells: readonly string[]): boolean {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== "");
  const isNumber = (cell: string) => /^[-+(]?[$€£]?\s*\d[\d\s.,'’:]*\)?$/.test(cell);
  const isDate = (cell: string) => !/^\d+$/.test(cell) && (parseDate(cell, "dayFirst") !== null || parseDate(cell, "monthFirst") !== null);
  return filled.length > 0 && (filled.every(isNumber) || filled.some(isDate));
}

export function readTable(fileName: string, text: string, onProgress?: (fraction: number) => void): Table | Refusal {
  const refuse = (reason: RefusalReason): Refusal => ({ fileName, ...reason });
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.includes("\r")) body = body.replace(/\r\n?/g, "\n");
  if (body.trim() === "") return refuse({ code: "empty" });

  let delimiter: string | undefined;
  let firstLine = 1;
  const separatorLine = /^sep=(.)\n/i.exec(body);
  if (separatorLine) {
    delimiter = separatorLine[1]!;
    body = body.slice(separatorLine[0].length);
    firstLine = 2;
  }
  delimiter ??= detectDelimiter(body);

  const { cells, lines, tooMany } = parseRows(body, delimiter, { maxRows: MAX_ROWS + HEADER_SEARCH_ROWS, firstLine }, onProgress);
  if (cells.length === 0) return refuse({ code: "empty" });
  const headerAt = headerRowIndex(cells);
  const header = cells[headerAt]!;
  const dataRows = cells.length - headerAt - 1;
  if (tooMany || dataRows > MAX_ROWS) return refuse({ code: "tooManyRows", maxRows: MAX_ROWS });
  if (looksLikeData(header)) return refuse({ code: "noHeaderRow" });
  if (dataRows === 0) return refuse({ code: "noRecords" });
  cells.splice(0, headerAt + 1);
  lines.splice(0, headerAt + 1);
  onProgress?.(1);
  return { fileName, headers: header.map((cell) => cell.trim()), rows: cells, rowLines: lines };
}
