/** The fit in words: what each fitted input would change, on what basis, and what was skipped. */
import { numberInputDef, type Scenario } from "../../model/index.ts";
import type { DateOrder, FittedKey, FittedValue, Skipped } from "../../model/calibrate/types.ts";
import { inputLabel } from "../../i18n/input-text.ts";

/** Day first everywhere but in the United States, where 12/31/2025 is the usual way round. */
export function defaultDateOrder(language: string): DateOrder {
  return /^en-us\b/i.test(language) ? "monthFirst" : "dayFirst";
}

const SIDE_OF_GROUP: Partial<Record<string, string>> = { breakFix: "break-fix", managed: "managed" };

/** An input's label from the inputs table, naming the side where both sides have one ("Hours per user issue"). */
export function fittedLabel(key: FittedKey): string {
  const def = numberInputDef(key);
  const side = SIDE_OF_GROUP[def.group];
  const label = inputLabel(key);
  return side ? `${label} (${side})` : label;
}

/** Fitted values are rounded to two decimals, and shown that way beside the current ones. */
export function twoDecimals(value: number): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** "0.50 → 0.78 (0.68–0.89) from 150 tickets over 12.0 months", with a clamp said. */
export function fittedChange(fitted: FittedValue, current: number): string {
  const interval = fitted.interval ? ` (${twoDecimals(fitted.interval.low)}–${twoDecimals(fitted.interval.high)})` : "";
  const change = `${twoDecimals(current)} → ${twoDecimals(fitted.value)}`;
  if (!fitted.clamped) return `${change}${interval} ${fitted.basis}`;
  // The interval belongs to what the records say, not to the clamped value.
  const { min, max } = numberInputDef(fitted.key);
  const limit = fitted.value === max ? "the most" : fitted.value === min ? "the least" : "the nearest";
  return `${change}, ${limit} this input allows (${twoDecimals(min)}–${twoDecimals(max)}): the records say ${twoDecimals(fitted.unclamped)}${interval} ${fitted.basis}`;
}

/** How many line numbers are listed before "…". */
const LINES_SHOWN = 5;

/** "18 rows skipped: date unreadable, lines 4, 9, 12 …", one clause per reason. */
export function skippedText(skipped: readonly Skipped[]): string | null {
  const total = skipped.reduce((sum, group) => sum + group.count, 0);
  if (total === 0) return null;
  const reasons = skipped
    .filter((group) => group.count > 0)
    .map((group) => {
      const lines = group.firstLines.slice(0, LINES_SHOWN);
      const more = group.count > lines.length ? " …" : "";
      return `${group.reason}, ${lines.length === 1 ? "line" : "lines"} ${lines.join(", ")}${more}`;
    });
  return `${total.toLocaleString("en-US")} ${total === 1 ? "row" : "rows"} skipped: ${reasons.join("; ")}`;
}

/** What Apply changed from what: "Issues per person per month 0.50 → 0.78; …"; null when nothing changes. */
export function changeSummary(fitted: readonly FittedValue[], before: Scenario): string | null {
  const changes = fitted
    .filter((value) => before[value.key] !== value.value)
    .map((value) => `${fittedLabel(value.key)} ${twoDecimals(before[value.key])} → ${twoDecimals(value.value)}`);
  return changes.length > 0 ? changes.join("; ") : null;
}

/** "9 of 12 months inside the band". */
export function insideBandText(inside: number, months: number): string {
  return `${inside} of ${months} ${months === 1 ? "month" : "months"} inside the band`;
}

const MONTH_NAME = new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" });

/** "2025-03" → "Mar 2025", the same in every time zone. */
export function monthLabel(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number);
  if (!year || !monthNumber) return month;
  return MONTH_NAME.format(Date.UTC(year, monthNumber - 1, 1));
}
