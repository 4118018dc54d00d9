/**
 * The types of calibration (CALIBRATE.md): a user's own records read from a file, turned into
 * records, and fitted into scenario inputs. Pure data; nothing here touches the DOM.
 */

/** What a file holds: helpdesk tickets, or accounting invoice lines. */
export type RecordKind = "tickets" | "invoices";

/** Who produced the records: a break-fix provider (billed by the hour) or a managed one (flat fee). */
export type RecordSource = "breakFix" | "managed";

/** A column's meaning for the fit. `hours` is the quantity of an invoice line. */
export type Field = "date" | "ticketId" | "timeSpent" | "category" | "amount" | "hours";

/** Column index for each mapped field; a field left out is not mapped. */
export type ColumnMapping = Partial<Record<Field, number>>;

/** Whether `03/04/2025` is the 3rd of April (day first) or the 4th of March (month first). */
export type DateOrder = "dayFirst" | "monthFirst";

/** What a bare number in the time-spent column measures. */
export type DurationUnit = "hours" | "minutes" | "seconds";

/** The spreadsheet formats a file is recognised as by its first bytes, by their own names. */
export type SpreadsheetFormat = "Excel 97–2003" | "Excel .xlsx" | "OpenDocument .ods" | "Numbers";

/** The image formats a file is recognised as by its first bytes. */
export type ImageFormat = "PNG" | "JPEG" | "GIF" | "WebP" | "TIFF";

/** The compressed archives a file is recognised as by its first bytes. */
export type CompressedFormat = "gzip" | "7z" | "RAR" | "xz" | "zstd" | "bzip2";

/**
 * Why a file cannot be read, as a code with its values: the page words it in its own language
 * (src/features/calibrate/calibrate-reasons.ts), the model speaks none.
 */
export type RefusalReason =
  /** No bytes, or nothing but blank lines. */
  | { code: "empty" }
  /** `bytes`: the file's size; `maxBytes`: the most a file may have (MAX_FILE_BYTES). */
  | { code: "tooLarge"; bytes: number; maxBytes: number }
  /** A workbook: to be saved as CSV. */
  | { code: "spreadsheet"; format: SpreadsheetFormat }
  | { code: "pdf" }
  | { code: "image"; format: ImageFormat }
  /** An ISO media file (`ftyp`): HEIC photos and MP4 or QuickTime videos alike. */
  | { code: "imageOrVideo" }
  | { code: "compressedArchive"; format: CompressedFormat }
  | { code: "tarArchive" }
  /** A zip that is not recognised as a workbook. */
  | { code: "zipArchive" }
  /** NUL bytes without a UTF-16 byte-order mark. */
  | { code: "notText" }
  | { code: "webPage" }
  | { code: "xml" }
  | { code: "rtf" }
  /** `maxRows`: the most data rows a file may have (MAX_ROWS). */
  | { code: "tooManyRows"; maxRows: number }
  /** The header row is data: it has a date, or is all numbers. */
  | { code: "noHeaderRow" }
  | { code: "noRecords" };

export type RefusalCode = RefusalReason["code"];

/** A file that cannot be read: its name, and why, e.g. `{ fileName: "report.xlsx", code: "spreadsheet", format: "Excel .xlsx" }`. */
export type Refusal = { fileName: string } & RefusalReason;

/**
 * A file read into rows of raw cell text. `rowLines[i]` is the 1-based line number in the file of
 * `rows[i]` (the header is line 1 in a simple file), so skipped rows can be pointed at.
 */
export type Table = { fileName: string; headers: string[]; rows: string[][]; rowLines: number[] };

/** What the columns of a table were recognised as; the user confirms or changes each part. */
export type Detection = {
  kind: RecordKind;
  mapping: ColumnMapping;
  /** null when no value in the date column decides: the user chooses (default from the browser's locale, chosen by the UI). */
  dateOrder: DateOrder | null;
  /** Seconds for Jira's Time Spent or a header saying seconds, minutes for a header saying minutes, else hours. */
  durationUnit: DurationUnit;
  /** Amounts and hours are written with a decimal comma (`1.234,50`), decided from the columns' values. */
  decimalComma: boolean;
};

/** Everything the user has confirmed about a file, and what the fit needs beyond it. */
export type Choices = {
  kind: RecordKind;
  mapping: ColumnMapping;
  dateOrder: DateOrder;
  durationUnit: DurationUnit;
  /**
   * Amounts and hours use a decimal comma. Optional: when left out, it is decided from the columns'
   * values as detectColumns does.
   */
  decimalComma?: boolean;
  source: RecordSource;
  /** "Staff during this period" (people). */
  staff: number;
  /** Category values ticked as server work; compared after trimming, case-sensitively. */
  serverCategories: readonly string[];
};

/** Why a row was left out of the records. */
export type SkipReason = "date unreadable" | "amount unreadable";

/** Rows left out for one reason: how many, and the first few (at most 5) line numbers. */
export type Skipped = { reason: SkipReason; count: number; firstLines: number[] };

/**
 * One ticket. `date` is local wall-clock time in milliseconds (Date.getTime of a local Date) of
 * its earliest row; `hours` the time spent summed over its rows (null when no row says); the
 * category is its first non-empty one.
 */
export type TicketRecord = { date: number; hours: number | null; category: string | null };

/** One invoice or invoice line: local-time date in ms, amount (a credit is negative), hours or quantity. */
export type InvoiceRecord = { date: number; amount: number; hours: number | null };

/** A table turned into records; `rows` is the number of data rows read, skipped ones included. */
export type Records =
  | { kind: "tickets"; tickets: TicketRecord[]; skipped: Skipped[]; rows: number }
  | { kind: "invoices"; lines: InvoiceRecord[]; skipped: Skipped[]; rows: number };

/** The scenario inputs a file can fit. */
export type FittedKey = "issues" | "bfHours" | "msHours" | "srvIssues" | "bfRate";

/**
 * What a fitted value rests on, as a code with its counts: the page words it ("from 150 tickets
 * over 12.0 months"). `months` is the period's length as fitted (Fit.months), unrounded.
 * "User" tickets are those not ticked as server work, said so when a category column is mapped.
 */
export type Basis =
  /** issues, no category column: every ticket counts. */
  | { code: "tickets"; tickets: number; months: number }
  /** issues, with a category column: the user tickets. */
  | { code: "userTickets"; tickets: number; months: number }
  /** bfHours or msHours: the mean over the tickets with time spent. */
  | { code: "timedTickets"; tickets: number }
  | { code: "timedUserTickets"; tickets: number }
  /** srvIssues: the server tickets, the period and the scenario's servers. */
  | { code: "serverTickets"; tickets: number; months: number; servers: number }
  /** bfRate: the invoice lines with hours, and those hours summed (rounded to 2 dp). */
  | { code: "invoiceLines"; lines: number; hours: number };

export type BasisCode = Basis["code"];

/** The inputs fitted from time spent, one per source. */
export type HoursKey = "bfHours" | "msHours";

/**
 * Why an input was not fitted, as a code with its values: the page words it. `key` is the input
 * that was not fitted, where the reason is about one.
 */
export type NotFitted =
  /** "Staff during this period" is not a number above 0. */
  | { code: "noStaff"; key: "issues" }
  /** Break-fix with `input` (bfReported) at `percent` (0): no call says how many problems there are. */
  | { code: "noneCalledIn"; key: "issues"; input: "bfReported"; percent: number }
  | { code: "noTimeSpentColumn"; key: HoursKey }
  /** No ticket (no user ticket, with a category column) has time spent above 0. */
  | { code: "noTimedTickets"; key: HoursKey }
  | { code: "noTimedUserTickets"; key: HoursKey }
  | { code: "noCategoryColumn"; key: "srvIssues" }
  | { code: "noServerCategory"; key: "srvIssues" }
  /** The scenario has no servers. */
  | { code: "noServers"; key: "srvIssues" }
  /** Invoices from a managed provider: its fees are the managed terms, and fit no input. */
  | { code: "managedInvoices" }
  | { code: "noHoursColumn"; key: "bfRate" }
  /** `min`: the invoice lines with hours needed (MIN_RATE_LINES); `found`: how many there are. */
  | { code: "tooFewRateLines"; key: "bfRate"; min: number; found: number }
  /** No record could be read from the file, by its kind. */
  | { code: "noTickets" }
  | { code: "noInvoiceLines" };

export type NotFittedCode = NotFitted["code"];

/** One fitted input, ready for Apply. */
export type FittedValue = {
  key: FittedKey;
  /** Rounded to 2 dp and clamped to the input's range: what Apply sets. */
  value: number;
  /** Rounded to 2 dp before the clamp. */
  unclamped: number;
  clamped: boolean;
  /** 90 % (issues only; Garwood on the ticket count, scaled the same way; 2 dp). */
  interval?: { low: number; high: number };
  /** What the value rests on, e.g. `{ code: "tickets", tickets: 150, months: 12.02 }`: "from 150 tickets over 12.0 months". */
  basis: Basis;
};

/** Spend (invoices) or calls (tickets) in one calendar month, "2025-03"; zero-filled between the first and last. */
export type MonthlyPoint = { month: string; value: number };

/** Records fitted into inputs, with the period they cover. */
export type Fit = {
  kind: RecordKind;
  source: RecordSource;
  /** Local-time ms of the first and last record (0 when no record could be read, like days and months). */
  firstDate: number;
  lastDate: number;
  /** Calendar days from the first date to the last, both included. */
  days: number;
  /** max(1, days / (365.25 / 12)). */
  months: number;
  /** Tickets (grouped by id when mapped) or invoice lines. */
  count: number;
  /** The staff the fit divided by ("Staff during this period"); the history uses it as the seats. */
  staff: number;
  /** Tickets only (0 for invoices): whether a category column was mapped, and the tickets on each side of it. */
  categoryMapped: boolean;
  userTickets: number;
  serverTickets: number;
  /** Only the inputs this file can fit; empty when nothing can be fitted. */
  fitted: FittedValue[];
  /** Why each input this file could fit was not, e.g. `{ code: "tooFewRateLines", key: "bfRate", min: 5, found: 3 }`. */
  notFitted: NotFitted[];
  skipped: Skipped[];
  history: MonthlyPoint[];
};

/** One month of the user's history beside the model's expected value and 10–90 % band for it. */
export type HistoryBand = { month: string; actual: number; expected: number; p10: number; p90: number };
