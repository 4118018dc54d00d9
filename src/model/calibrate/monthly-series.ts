/**
 * Values summed by calendar month (CALIBRATE.md, "Invoices"): every month from the first record's
 * to the last record's is present, a month with no record as 0. Sums are rounded to the cent.
 */
import { calendarMonth } from "./dates.ts";
import { roundHalfAwayFromZero } from "./round.ts";
import type { MonthlyPoint } from "./types.ts";

function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  return monthNumber === 12 ? `${String(year + 1).padStart(4, "0")}-01` : `${month.slice(0, 5)}${String(monthNumber + 1).padStart(2, "0")}`;
}

/** `dates` are local-time ms; `values[i]` belongs to `dates[i]` (1 each when left out, to count). */
export function monthlySeries(dates: readonly number[], values?: readonly number[]): MonthlyPoint[] {
  if (dates.length === 0) return [];
  const sums = new Map<string, number>();
  let first = dates[0]!;
  let last = dates[0]!;
  dates.forEach((date, index) => {
    if (date < first) first = date;
    if (date > last) last = date;
    const month = calendarMonth(date);
    sums.set(month, (sums.get(month) ?? 0) + (values ? values[index]! : 1));
  });
  const points: MonthlyPoint[] = [];
  const end = calendarMonth(last);
  for (let month = calendarMonth(first); ; month = nextMonth(month)) {
    points.push({ month, value: roundHalfAwayFromZero(sums.get(month) ?? 0) });
    if (month === end) break;
  }
  return points;
}
