/**
 * The figures of the charts over time (cost per month, running total): rows of both models'
 * expected figures with the simulated range, and the names their series go by.
 */
import type { CostResult, SimulationResult } from "../../model/index.ts";
import type { Currency } from "../../lib/format.ts";
import type { LegendItem } from "./chart-legend.tsx";
import { SIDE_NAMES, type Side } from "./chart-theme.ts";
import type { Range } from "./chart-format.ts";

export type Measure = "monthly" | "cumulative";

export type TimeRow = {
  month: number;
  breakFix: number;
  managed: number;
  /** 10th and 90th percentile across simulated paths, when the simulation matches the figures. */
  breakFixBand?: Range;
  managedBand?: Range;
};

export const SIDES: readonly Side[] = ["breakFix", "managed"];
export const BAND_KEY = { breakFix: "breakFixBand", managed: "managedBand" } as const;
export const LINE_NAME = {
  breakFix: `${SIDE_NAMES.breakFix}, expected`,
  managed: `${SIDE_NAMES.managed}, expected`,
} as const;
export const BAND_NAME = {
  breakFix: `${SIDE_NAMES.breakFix}, 8 in 10 outcomes`,
  managed: `${SIDE_NAMES.managed}, 8 in 10 outcomes`,
} as const;

export const MEASURES = {
  monthly: { title: "Cost per month", field: "total" },
  cumulative: { title: "Total cost to date", field: "cumulative" },
} as const;

/** The chart's rows; bands only when the simulation covers the same months as the figures. */
export function timeRows(
  costs: CostResult,
  simulation: SimulationResult | null,
  measure: Measure,
): TimeRow[] {
  const field = MEASURES[measure].field;
  const bands = simulation?.months.length === costs.months.length ? simulation.months : null;
  return costs.months.map((month, index) => {
    const row: TimeRow = {
      month: month.month,
      breakFix: month.breakFix[field],
      managed: month.managed[field],
    };
    const simulated = bands?.[index];
    if (simulated) {
      row.breakFixBand = [simulated.breakFix[measure].p10, simulated.breakFix[measure].p90];
      row.managedBand = [simulated.managed[measure].p10, simulated.managed[measure].p90];
    }
    return row;
  });
}

/** What a plot of the rows is given, whichever way it is drawn (Recharts, or plain SVG). */
export type TimePlotProps = {
  /** The chart's title, the plot's accessible name. */
  title: string;
  rows: readonly TimeRow[];
  hasBands: boolean;
  currency: Currency;
  /** Series in legend order, for the tooltip to follow. */
  legend: readonly LegendItem[];
  /** The month to mark as break-even, on the running total. */
  breakEven: number | null;
};
