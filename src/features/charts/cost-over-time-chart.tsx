/**
 * Both models month by month, as a cost per month or as a running total: the expected figures
 * as lines, and where the simulation has run, the range 8 in 10 simulated paths fall inside.
 * The plot is passed in, so this frame (title, legend, summary, table) never loads Recharts itself.
 */
import { useMemo, type ComponentType } from "react";
import type { CostResult, Scenario, SimulationResult } from "../../model/index.ts";
import { FigureButton } from "../../components/figure-button.tsx";
import { formatMoney, type Currency } from "../../lib/format.ts";
import { ChartFrame } from "./chart-frame.tsx";
import { SeriesLegend, sideBandItem, sideLineItem } from "./chart-legend.tsx";
import { SIDE_NAMES } from "./chart-theme.ts";
import { DataTable, type Column } from "./data-table.tsx";
import {
  BAND_KEY,
  BAND_NAME,
  LINE_NAME,
  MEASURES,
  SIDES,
  timeRows,
  type Measure,
  type TimePlotProps,
  type TimeRow,
} from "./time-series.ts";

type CostOverTimeChartProps = {
  measure: Measure;
  costs: CostResult;
  /** The scenario of the figures, which their explanations work from. */
  scenario: Scenario;
  simulation: SimulationResult | null;
  /** The simulation could not run: there will be no bands. */
  simulationFailed: boolean;
  currency: Currency;
  busy: boolean;
  /** Draws the plot: TimePlot (Recharts), or TimePlotOnDemand (plain SVG until used). */
  Plot: ComponentType<TimePlotProps>;
};

export function CostOverTimeChart({
  measure,
  costs,
  scenario,
  simulation,
  simulationFailed,
  currency,
  busy,
  Plot,
}: CostOverTimeChartProps) {
  const rows = useMemo(() => timeRows(costs, simulation, measure), [costs, simulation, measure]);
  const hasBands = rows[0]?.breakFixBand !== undefined;
  const { title } = MEASURES[measure];
  const breakEven = measure === "cumulative" ? costs.breakEvenMonth : null;
  const legend = useMemo(
    () =>
      SIDES.flatMap((side) => [
        sideLineItem(side, LINE_NAME[side]),
        sideBandItem(side, BAND_NAME[side], !hasBands),
      ]),
    [hasBands],
  );

  const columns: Column<TimeRow>[] = SIDES.flatMap((side) => {
    const expected: Column<TimeRow> = {
      header: `${SIDE_NAMES[side]}, expected`,
      cell: (row) => (
        <FigureButton
          scenario={scenario}
          figure={{ kind: "month", side, month: row.month, part: MEASURES[measure].field }}
        >
          {formatMoney(row[side], currency)}
        </FigureButton>
      ),
    };
    if (!hasBands) return [expected];
    const band = (row: TimeRow) => row[BAND_KEY[side]];
    return [
      expected,
      {
        header: `${SIDE_NAMES[side]}, 10th percentile`,
        cell: (row) => formatMoney(band(row)?.[0] ?? Number.NaN, currency),
      },
      {
        header: `${SIDE_NAMES[side]}, 90th percentile`,
        cell: (row) => formatMoney(band(row)?.[1] ?? Number.NaN, currency),
      },
    ];
  });

  return (
    <ChartFrame
      title={title}
      busy={busy}
      summary={
        measure === "monthly"
          ? bandSummary(hasBands, simulationFailed)
          : breakEvenSummary(breakEven, rows)
      }
      legend={<SeriesLegend items={legend} />}
      renderChart={() => (
        <Plot
          title={title}
          rows={rows}
          hasBands={hasBands}
          currency={currency}
          legend={legend}
          breakEven={breakEven}
        />
      )}
      renderTable={() => (
        <DataTable
          caption={`${title} of each model by month, in ${currency}${hasBands ? ", with the 10th–90th percentile of the simulation" : ""}`}
          rowHeader={{ header: "Month", cell: (row) => String(row.month) }}
          columns={columns}
          rows={rows}
        />
      )}
    />
  );
}

function bandSummary(hasBands: boolean, failed: boolean): string {
  if (hasBands) return "Lines show the expected cost; shaded bands hold 8 in 10 simulated months.";
  if (failed)
    return "Lines show the expected cost; the range of likely bills could not be simulated.";
  return "Lines show the expected cost. Simulating the range of likely bills…";
}

function breakEvenSummary(breakEvenMonth: number | null, rows: readonly TimeRow[]): string {
  const months = rows.length;
  if (breakEvenMonth === null)
    return `Managed does not pay for itself within ${months === 1 ? "1 month" : `${months} months`}.`;
  // Break-even is the first month managed costs no more: when the two are equal throughout, neither costs less.
  if (rows.every((row) => row.managed === row.breakFix))
    return "Both cost the same to date in every month.";
  if (breakEvenMonth === 1) return "Managed costs less from the first month on.";
  return `Managed pays for itself from month ${breakEvenMonth} on.`;
}
