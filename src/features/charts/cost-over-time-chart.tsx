/**
 * Both models month by month, as a cost per month or as a running total: the expected figures
 * as lines, and where the simulation has run, the range 8 in 10 simulated paths fall inside.
 */
import { useMemo } from "react";
import { ComposedChart } from "recharts";
import type { CostResult, SimulationResult } from "../../model/index.ts";
import { formatMoney, type Currency } from "../../lib/format.ts";
import { ChartFrame } from "./chart-frame.tsx";
import {
  ChartGrid,
  ChartTooltip,
  Marker,
  MoneyAxis,
  MonthAxis,
  SeriesLegend,
  SideBand,
  SideLine,
  legendOrder,
  sideBandItem,
  sideLineItem,
} from "./chart-parts.tsx";
import { monthName, moneyAxisTitle, type Range } from "./chart-format.ts";
import { SIDE_NAMES, chartBase, type Side } from "./chart-theme.ts";
import { DataTable, type Column } from "./data-table.tsx";

export type Measure = "monthly" | "cumulative";

export type TimeRow = {
  month: number;
  breakFix: number;
  managed: number;
  /** 10th and 90th percentile across simulated paths, when the simulation matches the figures. */
  breakFixBand?: Range;
  managedBand?: Range;
};

const SIDES: readonly Side[] = ["breakFix", "managed"];
const BAND_KEY = { breakFix: "breakFixBand", managed: "managedBand" } as const;
const LINE_NAME = {
  breakFix: `${SIDE_NAMES.breakFix}, expected`,
  managed: `${SIDE_NAMES.managed}, expected`,
} as const;
const BAND_NAME = {
  breakFix: `${SIDE_NAMES.breakFix}, 8 in 10 outcomes`,
  managed: `${SIDE_NAMES.managed}, 8 in 10 outcomes`,
} as const;

const MEASURES = {
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

type CostOverTimeChartProps = {
  measure: Measure;
  costs: CostResult;
  simulation: SimulationResult | null;
  /** The simulation could not run: there will be no bands. */
  simulationFailed: boolean;
  currency: Currency;
  busy: boolean;
};

export function CostOverTimeChart({
  measure,
  costs,
  simulation,
  simulationFailed,
  currency,
  busy,
}: CostOverTimeChartProps) {
  const rows = useMemo(() => timeRows(costs, simulation, measure), [costs, simulation, measure]);
  const hasBands = rows[0]?.breakFixBand !== undefined;
  const config = MEASURES[measure];
  const breakEven = measure === "cumulative" ? costs.breakEvenMonth : null;
  const legend = SIDES.flatMap((side) =>
    hasBands
      ? [sideLineItem(side, LINE_NAME[side]), sideBandItem(side, BAND_NAME[side])]
      : [sideLineItem(side, LINE_NAME[side])],
  );

  const columns: Column<TimeRow>[] = SIDES.flatMap((side) => {
    const expected: Column<TimeRow> = {
      header: `${SIDE_NAMES[side]}, expected`,
      cell: (row) => formatMoney(row[side], currency),
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
      title={config.title}
      busy={busy}
      summary={
        measure === "monthly"
          ? bandSummary(hasBands, simulationFailed)
          : breakEvenSummary(breakEven, rows)
      }
      legend={<SeriesLegend items={legend} />}
      renderChart={() => (
        <ComposedChart {...chartBase(config.title)} data={rows}>
          <ChartGrid />
          <MonthAxis />
          <MoneyAxis currency={currency} title={moneyAxisTitle(config.title, currency)} />
          <ChartTooltip currency={currency} order={legendOrder(legend)} labelOf={monthName} />
          {SIDES.map((side) => [
            <SideLine
              key={side}
              side={side}
              dataKey={side}
              name={LINE_NAME[side]}
              dots={rows.length === 1}
            />,
            hasBands ? (
              <SideBand
                key={`${side}-band`}
                side={side}
                dataKey={BAND_KEY[side]}
                name={BAND_NAME[side]}
              />
            ) : null,
          ])}
          {breakEven !== null ? (
            <Marker
              x={breakEven}
              label={`Break-even: month ${breakEven}`}
              labelLeft={breakEven > rows.length / 2}
            />
          ) : null}
        </ComposedChart>
      )}
      renderTable={() => (
        <DataTable
          caption={`${config.title} of each model by month, in ${currency}${hasBands ? ", with the 10th–90th percentile of the simulation" : ""}`}
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
