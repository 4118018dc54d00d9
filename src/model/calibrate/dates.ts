/**
 * Reading the dates of exports (CALIBRATE.md, "Reading a file"). Every reading gives local
 * wall-clock time in milliseconds, the getTime of a local Date, because the period is counted in
 * calendar days in local time.
 *
 * Accepted, each with an optional time of day (`9:05`, `09:05:00`, `9:05 AM`, `09:05:00.123`):
 * - ISO 8601 and its relatives: `2025-03-14`, `2025-03-14T09:05:00Z`, `2025-03-14 09:05`,
 *   `2025/03/14`, `2025.03.14`, `20250314`;
 * - day, month and year as numbers: `14/03/2025`, `03/14/2025`, `14.03.2025`, `14-03-25`; the
 *   order (day or month first) is the caller's, decided from the column by `decideDateOrder`;
 * - English month names: `3 Mar 2025`, `03-Mar-2025`, `Mar 3, 2025`, `March 3rd, 2025`,
 *   `Tue, 14 Mar 2025`, `2025-Mar-14`, and Jira's `14/Mar/25 9:05 AM`;
 * - Excel serial day numbers 20000–80000 (1900 date system: 25569 is 1970-01-01; a fraction is
 *   the time of day).
 *
 * A time zone (`Z`, `+01:00`, `UTC`, `AEST`) is read past and ignored: the date and time are kept
 * as written, which is the calendar day the export's own system recorded. Converting to the
 * browser's zone would move tickets near midnight to another day depending on who opens the file.
 * Two-digit years are 2000–2069 for 00–69 and 1970–1999 for 70–99.
 */
import type { DateOrder } from "./types.ts";

const MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
const ORDINAL = "(?:st|nd|rd|th)?";
/** An optional time of day after the date, then an optional zone that is read past. */
const TIME =
  "(?:(?:t|\\s+|,\\s*|\\s+at\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*([ap])?\\.?(?:m\\.?)?)?" +
  "\\s*(?:z|[+-]\\d{2}(?::?\\d{2})?|(?:utc|gmt)(?:[+-]\\d{1,2}(?::?\\d{2})?)?|[a-z]{3,5})?";

const YEAR_FIRST = new RegExp(`^(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})${TIME}$`, "i");
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const NUMERIC = new RegExp(`^(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4}|\\d{2})${TIME}$`, "i");
const DAY_MONTH_NAME = new RegExp(`^${WEEKDAY}(\\d{1,2})${ORDINAL}[\\s\\-/.]+(${MONTHS})\\.?,?[\\s\\-/.]+(\\d{4}|\\d{2})${TIME}$`, "i");
const MONTH_NAME_DAY = new RegExp(`^${WEEKDAY}(${MONTHS})\\.?[\\s\\-/]+(\\d{1,2})${ORDINAL},?[\\s\\-/]+(\\d{4}|\\d{2})${TIME}$`, "i");
const YEAR_MONTH_NAME = new RegExp(`^(\\d{4})[\\s\\-/.]+(${MONTHS})\\.?[\\s\\-/.]+(\\d{1,2})${TIME}$`, "i");
const SERIAL = /^(\d{5})(?:\.(\d+))?$/;

/** Excel's day 0 in the 1900 system, as it counts from serial 61 on (after its phantom 29 Feb 1900). */
const EXCEL_EPOCH = { year: 1899, monthIndex: 11, day: 30 };
const MS_PER_DAY = 86_400_000;

const MONTH_INDEX: Readonly<Record<string, number>> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};

function monthNumber(name: string): number {
  return MONTH_INDEX[name.slice(0, 3).toLowerCase()]!;
}

function fullYear(text: string): number {
  const year = Number(text);
  if (text.length > 2) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return DAYS_IN_MONTH[month - 1]! + (leap ? 1 : 0);
}

/**
 * Local time from its parts, or null when the parts are not a real date and time. `time` is
 * [hours, minutes, seconds, am/pm] as matched.
 */
function localTime(year: number, month: number, day: number, time: readonly (string | undefined)[]): number | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  let hours = time[0] === undefined ? 0 : Number(time[0]);
  const minutes = time[1] === undefined ? 0 : Number(time[1]);
  const seconds = time[2] === undefined ? 0 : Number(time[2]);
  const meridiem = time[3]?.toLowerCase();
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem === "p" ? 12 : 0);
  }
  if (hours > 23 || minutes > 59 || seconds > 59) return null;
  return new Date(year, month - 1, day, hours, minutes, seconds).getTime();
}

function excelSerial(whole: string, fraction: string | undefined): number | null {
  const days = Number(whole);
  if (days < 20000 || days > 80000) return null;
  const base = new Date(EXCEL_EPOCH.year, EXCEL_EPOCH.monthIndex, EXCEL_EPOCH.day + days);
  if (!fraction) return base.getTime();
  // The fraction of a day as wall-clock time, to the second, so DST never shifts the calendar day.
  const secondsOfDay = Math.min(86_399, Math.round(Number(`0.${fraction}`) * (MS_PER_DAY / 1000)));
  base.setHours(Math.floor(secondsOfDay / 3600), Math.floor(secondsOfDay / 60) % 60, secondsOfDay % 60);
  return base.getTime();
}

/**
 * A date cell as local-time milliseconds, or null when it is not a date this reader knows.
 * `order` settles `03/04/2025`; a value whose parts decide (`14/03/2025`) is read as it must be
 * only when it agrees with the order, so a column is read one way throughout.
 */
export function parseDate(cell: string, order: DateOrder): number | null {
  const text = cell.trim();
  if (text === "") return null;
  let match = YEAR_FIRST.exec(text);
  if (match) return localTime(Number(match[1]), Number(match[3]), Number(match[4]), match.slice(5, 9));
  match = NUMERIC.exec(text);
  if (match) {
    const first = Number(match[1]);
    const second = Number(match[3]);
    const [day, month] = order === "dayFirst" ? [first, second] : [second, first];
    return localTime(fullYear(match[4]!), month, day, match.slice(5, 9));
  }
  match = DAY_MONTH_NAME.exec(text);
  if (match) return localTime(fullYear(match[3]!), monthNumber(match[2]!), Number(match[1]), match.slice(4, 8));
  match = MONTH_NAME_DAY.exec(text);
  if (match) return localTime(fullYear(match[3]!), monthNumber(match[1]!), Number(match[2]), match.slice(4, 8));
  match = YEAR_MONTH_NAME.exec(text);
  if (match) return localTime(Number(match[1]), monthNumber(match[2]!), Number(match[3]), match.slice(4, 8));
  match = SERIAL.exec(text);
  if (match) return excelSerial(match[1]!, match[2]);
  match = COMPACT.exec(text);
  if (match) return localTime(Number(match[1]), Number(match[2]), Number(match[3]), []);
  return null;
}

/** The two leading numbers of a `14/03/2025`-style date, or null for any other form. */
export function numericDateParts(cell: string): [number, number] | null {
  const match = NUMERIC.exec(cell.trim());
  return match ? [Number(match[1]), Number(match[3])] : null;
}

/**
 * Day or month first, from a column's values (CALIBRATE.md): a first part above 12 means day
 * first, a second part above 12 month first; null when the column has dates like `03/04/2025` and
 * no value decides, so the user is asked. A column with no such date at all (ISO dates, month
 * names) has nothing to decide: day first, which none of its values depends on. Should values
 * disagree (a column mixing both orders), the order more of them show wins, day first on a tie.
 */
export function decideDateOrder(values: Iterable<string>): DateOrder | null {
  let dayFirst = 0;
  let monthFirst = 0;
  let ambiguous = 0;
  for (const value of values) {
    const parts = numericDateParts(value);
    if (!parts) continue;
    ambiguous++;
    if (parts[0] > 12 && parts[1] <= 12) dayFirst++;
    else if (parts[1] > 12 && parts[0] <= 12) monthFirst++;
  }
  if (dayFirst === 0 && monthFirst === 0) return ambiguous === 0 ? "dayFirst" : null;
  return dayFirst >= monthFirst ? "dayFirst" : "monthFirst";
}

/** The calendar date of local-time milliseconds as a day count, so two dates subtract to whole days whatever DST does. */
export function calendarDay(localMs: number): number {
  const date = new Date(localMs);
  return Math.round(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()) / MS_PER_DAY);
}

/** "2025-03" for local-time milliseconds. */
export function calendarMonth(localMs: number): string {
  const date = new Date(localMs);
  return `${String(date.getFullYear()).padStart(4, "0")}-${String(date.getMonth() + 1).padStart(2, "0")}`;
}
