/**
 * Time spent as exports write it (CALIBRATE.md), always returned in hours:
 * - `h:mm` or `h:mm:ss` (`1:30`, `26:05:00`);
 * - with units: `1h 30m`, `1.5h`, `90m`, `90 min`, `45s`, `1 hour 30 minutes`;
 * - a bare number (`1.5`, `1,5`, `5400`) in the column's unit: hours, minutes, or seconds (Jira's
 *   Time Spent, a header saying seconds).
 * Days and weeks (`2d`, `1w`) are not read: a day is 8 hours in one tool and 24 in another.
 * Negative times are not time spent and read as null, like an empty or unreadable cell.
 */
import { parseDecimal } from "./numbers.ts";
import type { DurationUnit } from "./types.ts";

const WHOLE = /^\d{1,9}$/;
const CLOCK = /^(\d+):([0-5]?\d)(?::([0-5]?\d)(?:[.,]\d+)?)?\s*(?:h|hrs?|hours?)?$/;
const WITH_UNITS = /^(?:\d+(?:[.,]\d+)?\s*[a-z]+\s*)+$/;
const PART = /(\d+(?:[.,]\d+)?)\s*([a-z]+)/g;

const HOURS_PER: Readonly<Record<string, number>> = {
  h: 1, hr: 1, hrs: 1, hour: 1, hours: 1,
  m: 1 / 60, min: 1 / 60, mins: 1 / 60, minute: 1 / 60, minutes: 1 / 60,
  s: 1 / 3600, sec: 1 / 3600, secs: 1 / 3600, second: 1 / 3600, seconds: 1 / 3600,
};

const UNIT_HOURS: Readonly<Record<DurationUnit, number>> = { hours: 1, minutes: 1 / 60, seconds: 1 / 3600 };

function withUnits(text: string, decimalComma: boolean): number | null {
  let hours = 0;
  for (const [, amount, unit] of text.matchAll(PART)) {
    const perUnit = HOURS_PER[unit!];
    const value = parseDecimal(amount!, decimalComma);
    if (perUnit === undefined || value === null) return null;
    hours += value * perUnit;
  }
  return hours;
}

/** Hours spent, or null when the cell is empty or not a duration. */
export function parseDuration(cell: string, unit: DurationUnit, decimalComma: boolean): number | null {
  const text = cell.trim().toLowerCase();
  if (text === "") return null;
  // Whole numbers, the commonest cell of a large export, without the general reading.
  if (WHOLE.test(text)) return Number(text) * UNIT_HOURS[unit];
  const clock = CLOCK.exec(text);
  if (clock) return Number(clock[1]) + Number(clock[2]) / 60 + Number(clock[3] ?? 0) / 3600;
  if (WITH_UNITS.test(text) && /[a-z]/.test(text)) return withUnits(text, decimalComma);
  const value = parseDecimal(text, decimalComma);
  return value === null ? null : value * UNIT_HOURS[unit];
}
