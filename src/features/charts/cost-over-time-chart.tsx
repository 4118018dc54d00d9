/**
 * Break-fix and every managed plan month by month, as a cost per month or as a running total: the expected figures
 * as lines, and where the simulation has run, the range 8 in 10 simulated paths fall inside.
 * The plot is passed in, so this frame (title, legend, summary, table) never loads Recharts itself.
 */
import { useMemo, type ComponentType } from "react";
import type { CostResult, Scenario, SimulationResult } from "../../model/index.ts";
import { FigureButton } from "../../components/figure-button.tsx";
import { formatMoney, type Currency } from "../../lib/format.ts";
import { ChartFrame } from "./chart-frame.tsx";
import { SeriesLegend } from "./chart-legend.tsx";
import { optionFigure } from "./chart-options.ts";
import { SIDE_NAMES, planInSentence } from "./chart-theme.ts";
import { DataTable, type Column } from "./data-table.tsx";
import {
  MEASURES,
  timeLegend,
  timeRows,
  timeSeries,
  valueOf,
  type Measure,
  type SeriesKey,
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
  const series = useMemo(() => timeSeries(costs), [costs]);
  const hasBands = rows[0]?.bands.breakFix !== undefined;
  const { title } = MEASURES[measure];
  const breakEven = measure === "cumulative" ? costs.breakEvenMonth : null;
  const legend = useMemo(() => timeLegend(series, hasBands), [series, hasBands]);
  const focusName = costs.plans[costs.focus - 1]?.name ?? SIDE_NAMES.managed;

  const columns: Column<TimeRow>[] = series.flatMap((one) => {
    const expected: Column<TimeRow> = {
      key: one.key,
      header: `${one.name}, expected`,
      cell: (row) => (
        <FigureButton
          scenario={scenario}
          figure={{ kind: "month", month: row.month, part: MEASURES[measure].field, ...optionFigure(one) }}
        >
          {formatMoney(valueOf(row, one.key), currency)}
        </FigureButton>
      ),
    };
    if (!hasBands || !one.banded) return [expected];
    return [
      expected,
      {
        key: `${one.key}-p10`,
        header: `${one.name}, 10th percentile`,
        cell: (row) => formatMoney(row.bands[one.key]?.[0] ?? Number.NaN, currency),
      },
      {
        key: `${one.key}-p90`,
        header: `${one.name}, 90th percentile`,
        cell: (row) => formatMoney(row.bands[one.key]?.[1] ?? Number.NaN, currency),
      },
    ];
  });
  const several = costs.plans.length > 1;

  return (
    <ChartFrame
      title={title}
      busy={busy}
      summary={
        measure === "monthly"
          ? bandSummary(hasBands, simulationFailed, several ? focusName : null)
          : breakEvenSummary(breakEven, rows, `plan${costs.focus}`, focusName)
      }
      legend={<SeriesLegend items={legend} />}
      renderChart={() => (
        <Plot
          title={title}
          rows={rows}
          series={series}
          hasBands={hasBands}
          currency={currency}
          legend={legend}
          breakEven={breakEven}
        />
      )}
      renderTable={() => (
        <DataTable
          caption={`${title} of ${several ? "each option" : "each model"} by month, in ${currency}${hasBands ? `, with the 10th–90th percentile of the simulation${several ? ` for break-fix and ${focusName}` : ""}` : ""}`}
          rowHeader={{ header: "Month", cell: (row) => String(row.month) }}
          columns={columns}
          rows={rows}
        />
      )}
    />
  );
}

/** `bandedPlan` names the one plan drawn with its range, when there are several. */
function bandSummary(hasBands: boolean, failed: boolean, bandedPlan: string | null): string {
  if (hasBands) {
    const whose = bandedPlan === null ? "" : ` (break-fix’s and ${bandedPlan}’s)`;
    return `Lines show the expected cost; shaded bands${whose} hold 8 in 10 simulated months.`;
  }
  if (failed)
    return "Lines show the expected cost; the range of likely bills could not be simulated.";
  return "Lines show the expected cost. Simulating the range of likely bills…";
}

/** The break-even month is the focus plan's (`focus`, named `name`). */
function breakEvenSummary(
  breakEvenMonth: number | null,
  rows: readonly TimeRow[],
  focus: SeriesKey,
  name: string,
): string {
  const months = rows.length;
  // At the start of a sentence the default name needs no lower case.
  const Plan = name;
  if (breakEvenMonth === null)
    return `${Plan} does not pay for itself within ${months === 1 ? "1 month" : `${months} months`}.`;
  // Break-even is the first month the plan costs no more: when the two are equal throughout, neither costs less.
  if (rows.every((row) => valueOf(row, focus) === row.values.breakFix))
    return name === SIDE_NAMES.managed
      ? "Both cost the same to date in every month."
      : `Break-fix and ${planInSentence(name)} cost the same to date in every month.`;
  if (breakEvenMonth === 1) return `${Plan} costs less from the first month on.`;
  return `${Plan} pays for itself from month ${breakEvenMonth} on.`;
}
