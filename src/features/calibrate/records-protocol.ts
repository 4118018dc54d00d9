/**
 * The messages between the page and the records worker. The file's rows stay in the worker:
 * the page is sent only what it shows (headers, a sample per column, counts, the fit).
 */
import type { Choices, Detection, Fit, HistoryBand, Refusal } from "../../model/calibrate/types.ts";
import type { Scenario } from "../../model/index.ts";

/** What the page is told about a file that was read. */
export type FileSummary = {
  fileName: string;
  headers: string[];
  /** The first non-empty value of each column (shortened), to help confirm the mapping. */
  samples: string[];
  /** Data rows read. */
  rows: number;
  detection: Detection;
};

/** One value of the category column and how many rows carry it. */
export type CategoryCount = { value: string; rows: number };

export type FitOutcome = {
  fit: Fit;
  /** The user's months against the model's expected value and 10–90 % band. */
  history: HistoryBand[];
  /** How many of those months fall inside the band. */
  inside: number;
};

export type RecordsRequest =
  | { type: "read"; id: number; file: File }
  | { type: "categories"; id: number; column: number }
  | { type: "fit"; id: number; choices: Choices; scenario: Scenario };

export type RecordsResponse =
  | { type: "progress"; id: number; fraction: number }
  | { type: "read"; id: number; summary: FileSummary }
  | { type: "refused"; id: number; refusal: Refusal }
  | { type: "categories"; id: number; values: CategoryCount[] }
  | { type: "fit"; id: number; outcome: FitOutcome }
  | { type: "failed"; id: number; message: string };
