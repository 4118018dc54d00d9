/**
 * The charts over time drawn in plain SVG: the same lines, bands, grid and axes as TimePlot, at
 * a fraction of the cost to draw, and with no style attribute, so it can be prerendered under a
 * strict Content-Security-Policy. The plot stretches to its box (preserveAspectRatio="none")
 * while its strokes keep their width (vector-effect); text sits in axis strips of its own, placed
 * by percentages, so it never stretches. It has no tooltip: TimePlotOnDemand swaps in TimePlot
 * for that.
 */
import type { FocusEventHandler, PointerEventHandler } from "react";
import { breakEvenLabel, moneyAxisTitle, moneyTicks, monthTitle } from "./chart-format.ts";
import { valueOf, type TimePlotProps, type TimeRow } from "./time-series.ts";

/** The plot's own coordinates: 0–1000 both ways, stretched to whatever box it is given. */
const VIEW = 1000;
const Y_TICKS = 5;
const MAX_MONTH_LABELS = 7;
const MONTH_LABEL_STEPS = [1, 2, 3, 6, 12, 24];

/**
 * A round step for an axis from 0 to `max` in `count` ticks, as Recharts picks it (so that the
 * plot keeps its grid when Recharts takes over): the rough step rounded up to a multiple of
 * 0.05 of its power of ten (0.1 for single digits).
 */
export function niceStep(max: number, count = Y_TICKS): number {
  const rough = max / (count - 1);
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const digits = Math.floor(Math.log10(rough)) + 1;
  const unit = 10 ** digits;
  const scale = digits === 1 ? 0.1 : 0.05;
  // toPrecision trims the binary noise of multiplying decimals (0.15 × 1000 = 150.00000000000003).
  return Number((Math.ceil(rough / unit / scale) * scale * unit).toPrecision(12));
}

/** The money ticks, from 0 up to the first round figure at or above every value drawn. */
export function moneyAxisTicks(rows: readonly TimeRow[]): number[] {
  let max = 0;
  for (const row of rows) {
    for (const value of Object.values(row.values)) max = Math.max(max, value);
    for (const band of Object.values(row.bands)) max = Math.max(max, band?.[1] ?? 0);
  }
  const step = niceStep(max);
  return Array.from({ length: Y_TICKS }, (_, index) => Number((step * index).toPrecision(12)));
}

/** The months to label: every k-th, counted back from the last, for at most seven labels. */
export function monthLabels(months: number): number[] {
  const step = MONTH_LABEL_STEPS.find((k) => Math.ceil(months / k) <= MAX_MONTH_LABELS) ?? 24;
  const labels: number[] = [];
  for (let month = months; month >= 1; month -= step) labels.unshift(month);
  return labels;
}

/** Where month `month` of `months` sits across the plot, 0–1: first at the left, last at the right. */
function monthPosition(month: number, months: number): number {
  return months === 1 ? 0.5 : (month - 1) / (months - 1);
}

const percent = (fraction: number) => `${+(fraction * 100).toFixed(3)}%`;

type PlainTimePlotProps = TimePlotProps & {
  /** Called when someone points at, touches or focuses the plot: they want its details. */
  onUse?: () => void;
};

export function PlainTimePlot({ title, rows, series, hasBands, currency, breakEven, onUse }: PlainTimePlotProps) {
  const ticks = moneyAxisTicks(rows);
  const top = ticks[ticks.length - 1]!;
  const months = rows.length;
  const x = (month: number) => monthPosition(month, months) * VIEW;
  const y = (value: number) => (1 - value / top) * VIEW;
  const point = (month: number, value: number) => `${+x(month).toFixed(2)},${+y(value).toFixed(2)}`;
  const tickLabel = moneyTicks(currency);
  const use: PointerEventHandler & FocusEventHandler = () => onUse?.();

  return (
    <div
      className="plain-plot"
      role="img"
      aria-label={title}
      tabIndex={onUse ? 0 : undefined}
      onPointerEnter={use}
      onPointerDown={use}
      onFocus={use}
    >
      <svg className="plain-plot__area" viewBox={`0 0 ${VIEW} ${VIEW}`} preserveAspectRatio="none" aria-hidden="true">
        {ticks.slice(1).map((tick) => (
          <line key={tick} className="plain-plot__grid" x1="0" x2={VIEW} y1={y(tick)} y2={y(tick)} />
        ))}
        {hasBands
          ? series
              .filter((one) => one.banded)
              .map(({ key }) => {
                const band = (row: TimeRow) => row.bands[key] ?? [valueOf(row, key), valueOf(row, key)];
                const upper = rows.map((row) => point(row.month, band(row)[1]));
                const lower = rows.map((row) => point(row.month, band(row)[0])).reverse();
                return (
                  <polygon key={`${key}-band`} className={`plain-plot__band plain-plot__band--${key}`} points={[...upper, ...lower].join(" ")} />
                );
              })
          : null}
        {series.map(({ key }) =>
          months === 1 ? (
            <line key={key} className={`plain-plot__dot plain-plot__line--${key}`} x1={x(1)} x2={x(1)} y1={y(valueOf(rows[0]!, key))} y2={y(valueOf(rows[0]!, key))} />
          ) : (
            <polyline key={key} className={`plain-plot__line plain-plot__line--${key}`} points={rows.map((row) => point(row.month, valueOf(row, key))).join(" ")} />
          ),
        )}
        {breakEven !== null ? (
          <line className="plain-plot__marker" x1={x(breakEven)} x2={x(breakEven)} y1="0" y2={VIEW} />
        ) : null}
        <line className="plain-plot__axis" x1="0" x2="0" y1="0" y2={VIEW} />
        <line className="plain-plot__axis" x1="0" x2={VIEW} y1={VIEW} y2={VIEW} />
      </svg>
      <svg className="plain-plot__y-ticks" aria-hidden="true">
        {ticks.map((tick) => (
          <text key={tick} x="100%" dx="-8" y={percent(1 - tick / top)} dy="0.355em" textAnchor="end">
            {tickLabel(tick)}
          </text>
        ))}
      </svg>
      <svg className="plain-plot__x-ticks" aria-hidden="true">
        {monthLabels(months).map((month) => (
          <text key={month} x={percent(monthPosition(month, months))} y="10" dy="0.71em" textAnchor="middle">
            {month}
          </text>
        ))}
        <text className="plain-plot__axis-title" x="50%" y="100%" dy="-2" textAnchor="middle">
          {monthTitle()}
        </text>
      </svg>
      <span className="plain-plot__y-title" aria-hidden="true">
        {moneyAxisTitle(title, currency)}
      </span>
      {breakEven !== null ? (
        <svg className="plain-plot__overlay" aria-hidden="true">
          <text
            className="plain-plot__marker-label"
            x={percent(monthPosition(breakEven, months))}
            dx={breakEven > months / 2 ? -6 : 6}
            y="14"
            textAnchor={breakEven > months / 2 ? "end" : "start"}
          >
            {breakEvenLabel(breakEven)}
          </text>
        </svg>
      ) : null}
    </div>
  );
}
