/**
 * The figures of the charts over time (cost per month, running total): rows of every option's
 * expected figures with the simulated range, and the series they are drawn as.
 */
import { msg, t } from "@lingui/core/macro";
import type { CostResult, SimulationResult } from "../../model/index.ts";
import type { Currency } from "../../lib/format.ts";
import { optionLineItem, type LegendItem } from "./chart-legend.tsx";
import { chartOptions, type ChartOption, type OptionKey } from "./chart-options.ts";
import type { Range } from "./chart-format.ts";

export type Measure = "monthly" | "cumulative";

export type SeriesKey = OptionKey;

/** One option drawn over time. */
export type TimeSeries = ChartOption & {
  /** Drawn with its simulated range: break-fix and the focus plan (more bands would hide each other). */
  banded: boolean;
};

export type TimeRow = {
  month: number;
  values: Record<SeriesKey, number>;
  /** 10th and 90th percentile across simulated paths of the banded series, when the simulation matches the figures. */
  bands: Partial<Record<SeriesKey, Range>>;
};

/** The series' value in a row (every row holds every series). */
export function valueOf(row: TimeRow, key: SeriesKey): number {
  return row.values[key] ?? Number.NaN;
}

/** Each measure's chart title (resolved with i18n._), and the field of the figures it draws. */
export const MEASURES = {
  monthly: { title: msg`Cost per month`, field: "total" },
  cumulative: { title: msg`Total cost to date`, field: "cumulative" },
} as const;

/** A series' expected figures: "Break-fix, expected". */
export function lineName({ name }: TimeSeries): string {
  return t({ message: `${name}, expected`, comment: "name: break-fix or a managed plan's name" });
}

/** A series' simulated range: "Break-fix, 8 in 10 outcomes". */
export function bandName({ name }: TimeSeries): string {
  return t({ message: `${name}, 8 in 10 outcomes`, comment: "name: break-fix or a managed plan's name" });
}

/** Break-fix, then every plan, plan 1 first. */
export function timeSeries(costs: CostResult): TimeSeries[] {
  return chartOptions(costs.plans.map((plan) => plan.name)).map((option) => ({
    ...option,
    banded: option.plan === undefined || option.plan === costs.focus,
  }));
}

/** The series' legend: each line, and after it its band where it has one. */
export function timeLegend(series: readonly TimeSeries[], hasBands: boolean): LegendItem[] {
  return series.flatMap((one) => {
    const line = optionLineItem(one, lineName(one));
    if (!one.banded) return [line];
    return [line, { id: `${one.key}-band`, name: bandName(one), colour: one.colour, look: "band", pending: !hasBands }];
  });
}

/** The chart's rows; bands only when the simulation covers the same months and plans as the figures. */
export function timeRows(
  costs: CostResult,
  simulation: SimulationResult | null,
  measure: Measure,
): TimeRow[] {
  const field = MEASURES[measure].field;
  const matches =
    simulation?.months.length === costs.months.length &&
    simulation.months[0]?.plans.length === costs.plans.length;
  const bands = matches ? simulation.months : null;
  const focus: SeriesKey = `plan${costs.focus}`;
  return costs.months.map((month, index) => {
    const values: Record<SeriesKey, number> = { breakFix: month.breakFix[field] };
    month.plans.forEach((plan, planIndex) => {
      values[`plan${planIndex + 1}`] = plan[field];
    });
    const row: TimeRow = { month: month.month, values, bands: {} };
    const simulated = bands?.[index];
    const focusBands = simulated?.plans[costs.focus - 1];
    if (simulated && focusBands) {
      row.bands.breakFix = [simulated.breakFix[measure].p10, simulated.breakFix[measure].p90];
      row.bands[focus] = [focusBands[measure].p10, focusBands[measure].p90];
    }
    return row;
  });
}

/** What a plot of the rows is given, whichever way it is drawn (Recharts, or plain SVG). */
export type TimePlotProps = {
  /** The chart's title, the plot's accessible name. */
  title: string;
  rows: readonly TimeRow[];
  series: readonly TimeSeries[];
  hasBands: boolean;
  currency: Currency;
  /** Series in legend order, for the tooltip to follow. */
  legend: readonly LegendItem[];
  /** The month to mark as break-even, on the running total. */
  breakEven: number | null;
};
