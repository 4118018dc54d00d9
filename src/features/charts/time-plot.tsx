/** The plot of the charts over time, drawn by Recharts: lines, bands, axes, tooltip and marker. */
import { ComposedChart } from "recharts";
import {
  ChartGrid,
  ChartTooltip,
  Marker,
  MoneyAxis,
  MonthAxis,
  SeriesBand,
  SeriesLine,
} from "./chart-parts.tsx";
import { legendOrder } from "./chart-legend.tsx";
import { breakEvenLabel, monthName, moneyAxisTitle } from "./chart-format.ts";
import { chartBase } from "./chart-theme.ts";
import { bandName, lineName, type TimePlotProps, type TimeRow } from "./time-series.ts";

export function TimePlot({ title, rows, series, hasBands, currency, legend, breakEven }: TimePlotProps) {
  return (
    <ComposedChart {...chartBase(title)} data={rows as TimeRow[]}>
      <ChartGrid />
      <MonthAxis />
      <MoneyAxis currency={currency} title={moneyAxisTitle(title, currency)} />
      <ChartTooltip currency={currency} order={legendOrder(legend)} labelOf={monthName} />
      {series.map((one) => [
        <SeriesLine
          key={one.key}
          colour={one.colour}
          dash={one.dash}
          dataKey={`values.${one.key}`}
          name={lineName(one)}
          dots={rows.length === 1}
        />,
        hasBands && one.banded ? (
          <SeriesBand key={`${one.key}-band`} colour={one.colour} dataKey={`bands.${one.key}`} name={bandName(one)} />
        ) : null,
      ])}
      {breakEven !== null ? (
        <Marker
          x={breakEven}
          label={breakEvenLabel(breakEven)}
          labelLeft={breakEven > rows.length / 2}
        />
      ) : null}
    </ComposedChart>
  );
}

export default TimePlot;
