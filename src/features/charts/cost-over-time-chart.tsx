/**
 * Break-fix and every managed plan month by month, as a cost per month or as a running total: the expected figures
 * as lines, and where the simulation has run, the range 8 in 10 simulated paths fall inside.
 * The plot is passed in, so this frame (title, legend, summary, table) never loads Recharts itself.
 */
import { useMemo, type ComponentType } from "react";
import { i18n } from "@lingui/core";
import { plural, t } from "@lingui/core/macro";
import { defaultPlanName, type CostResult, type Scenario, type SimulationResult } from "../../model/index.ts";
import { FigureButton } from "../../components/figure-button.tsx";
import { formatMoney, type Currency } from "../../lib/format.ts";
import { ChartFrame } from "./chart-frame.tsx";
import { SeriesLegend } from "./chart-legend.tsx";
import { optionFigure } from "./chart-options.ts";
import { isDefaultPlanName } from "./chart-theme.ts";
import { monthTitle } from "./chart-format.ts";
import { DataTable, type Column } from "./data-table.tsx";
import {
  MEASURES,
  lineName,
  timeLegend,
  timeRows,
  timeSeries,
  valueOf,
  type Measure,
  type SeriesKey,
  type TimePlotProps,
  type TimeRow,
} from "./time-series.ts";
import { planDisplayName } from "../../i18n/plan-names.ts";

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
  const title = i18n._(MEASURES[measure].title);
  const breakEven = measure === "cumulative" ? costs.breakEvenMonth : null;
  const legend = useMemo(() => timeLegend(series, hasBands), [series, hasBands]);
  const focusName = planDisplayName(costs.plans[costs.focus - 1]?.name ?? defaultPlanName(1), costs.focus);

  const columns: Column<TimeRow>[] = series.flatMap((one) => {
    const { name } = one;
    const expected: Column<TimeRow> = {
      key: one.key,
      header: lineName(one),
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
        header: t({ message: `${name}, 10th percentile`, comment: "name: break-fix or a managed plan's name" }),
        cell: (row) => formatMoney(row.bands[one.key]?.[0] ?? Number.NaN, currency),
      },
      {
        key: `${one.key}-p90`,
        header: t({ message: `${name}, 90th percentile`, comment: "name: break-fix or a managed plan's name" }),
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
          caption={tableCaption(title, currency, hasBands, several ? focusName : null)}
          rowHeader={{ header: monthTitle(), cell: (row) => String(row.month) }}
          columns={columns}
          rows={rows}
        />
      )}
    />
  );
}

/**
 * The table's caption; `bandedPlan` names the one plan given with its range, when there are
 * several. `title` is the chart's own, "Cost per month" or "Total cost to date".
 */
function tableCaption(title: string, currency: Currency, hasBands: boolean, bandedPlan: string | null): string {
  if (bandedPlan === null) {
    return hasBands
      ? t({
          message: `${title} of each model by month, in ${currency}, with the 10th–90th percentile of the simulation`,
          comment: "title: the chart's title (Cost per month, Total cost to date); currency: a code such as USD",
        })
      : t({
          message: `${title} of each model by month, in ${currency}`,
          comment: "title: the chart's title (Cost per month, Total cost to date); currency: a code such as USD",
        });
  }
  const plan = bandedPlan;
  return hasBands
    ? t({
        message: `${title} of each option by month, in ${currency}, with the 10th–90th percentile of the simulation for break-fix and ${plan}`,
        comment: "title: the chart's title (Cost per month, Total cost to date); currency: a code such as USD",
      })
    : t({
        message: `${title} of each option by month, in ${currency}`,
        comment: "title: the chart's title (Cost per month, Total cost to date); currency: a code such as USD",
      });
}

/** `bandedPlan` names the one plan drawn with its range, when there are several. */
function bandSummary(hasBands: boolean, failed: boolean, bandedPlan: string | null): string {
  if (hasBands) {
    const plan = bandedPlan;
    return plan === null
      ? t`Lines show the expected cost; shaded bands hold 8 in 10 simulated months.`
      : t`Lines show the expected cost; shaded bands (break-fix’s and ${plan}’s) hold 8 in 10 simulated months.`;
  }
  if (failed) return t`Lines show the expected cost; the range of likely bills could not be simulated.`;
  return t`Lines show the expected cost. Simulating the range of likely bills…`;
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
  const plan = name;
  if (breakEvenMonth === null)
    return t`${plan} does not pay for itself within ${plural(months, { one: "# month", other: "# months" })}.`;
  // Break-even is the first month the plan costs no more: when the two are equal throughout, neither costs less.
  if (rows.every((row) => valueOf(row, focus) === row.values.breakFix)) {
    return isDefaultPlanName(name)
      ? t`Both cost the same to date in every month.`
      : t`Break-fix and ${plan} cost the same to date in every month.`;
  }
  if (breakEvenMonth === 1) return t`${plan} costs less from the first month on.`;
  const month = breakEvenMonth;
  return t`${plan} pays for itself from month ${month} on.`;
}
