/** The fit in words: what each fitted input would change, on what basis, and what was skipped. */
import { i18n, type MessageDescriptor } from "@lingui/core";
import { msg, plural, select, t } from "@lingui/core/macro";
import { numberInputDef, type Scenario } from "../../model/index.ts";
import type { DateOrder, FittedValue, SkipReason, Skipped } from "../../model/calibrate/types.ts";
import { basisText, fittedLabel } from "./calibrate-reasons.ts";

/** Day first everywhere but in the United States, where 12/31/2025 is the usual way round. */
export function defaultDateOrder(language: string): DateOrder {
  return /^en-us\b/i.test(language) ? "monthFirst" : "dayFirst";
}

/** Fitted values are rounded to two decimals, and shown that way beside the current ones. */
export function twoDecimals(value: number): string {
  return i18n.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** "0.50 → 0.78 (0.68–0.89) from 150 tickets over 12.0 months", with a clamp said. */
export function fittedChange(fitted: FittedValue, current: number): string {
  const interval = fitted.interval ? ` (${twoDecimals(fitted.interval.low)}–${twoDecimals(fitted.interval.high)})` : "";
  const change = `${twoDecimals(current)} → ${twoDecimals(fitted.value)}`;
  const basis = basisText(fitted.basis);
  if (!fitted.clamped) return `${change}${interval} ${basis}`;
  // The interval belongs to what the records say, not to the clamped value.
  const { min: lowest, max: highest } = numberInputDef(fitted.key);
  const [min, max, unclamped] = [twoDecimals(lowest), twoDecimals(highest), twoDecimals(fitted.unclamped)];
  const limit = fitted.value === highest ? "most" : fitted.value === lowest ? "least" : "nearest";
  return t({
    message: `${change}, ${select(limit, { most: "the most", least: "the least", other: "the nearest" })} this input allows (${min}–${max}): the records say ${unclamped}${interval} ${basis}`,
    comment: "{change}: “0.50 → 10.00”; {interval}: nothing or “ (11.20–13.50)”; {basis}: “from 150 tickets over 12.0 months”",
  });
}

/** How many line numbers are listed before "…". */
const LINES_SHOWN = 5;

const SKIP_REASONS: Readonly<Record<SkipReason, MessageDescriptor>> = {
  "date unreadable": msg({ message: "date unreadable", comment: "why rows of the user's file were skipped; followed by their line numbers" }),
  "amount unreadable": msg({ message: "amount unreadable", comment: "why rows of the user's file were skipped; followed by their line numbers" }),
};

/** "18 rows skipped: date unreadable, lines 4, 9, 12 …", one clause per reason. */
export function skippedText(skipped: readonly Skipped[]): string | null {
  const total = skipped.reduce((sum, group) => sum + group.count, 0);
  if (total === 0) return null;
  const reasons = skipped
    .filter((group) => group.count > 0)
    .map((group) => {
      const shown = group.firstLines.slice(0, LINES_SHOWN);
      const [reason, lineCount, lines] = [i18n._(SKIP_REASONS[group.reason]), shown.length, shown.join(", ")];
      const more = group.count > shown.length ? " …" : "";
      return plural(lineCount, { one: `${reason}, line ${lines}${more}`, other: `${reason}, lines ${lines}${more}` });
    })
    .join("; ");
  return plural(total, { one: `# row skipped: ${reasons}`, other: `# rows skipped: ${reasons}` });
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
  return plural(months, { one: `${inside} of # month inside the band`, other: `${inside} of # months inside the band` });
}

/** "2025-03" → "Mar 2025", the same in every time zone. */
export function monthLabel(month: string): string {
  const [year, monthNumber] = month.split("-").map(Number);
  if (!year || !monthNumber) return month;
  return i18n.date(new Date(Date.UTC(year, monthNumber - 1, 1)), { month: "short", year: "numeric", timeZone: "UTC" });
}
