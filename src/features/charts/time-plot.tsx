/** The plot of the charts over time, drawn by Recharts: lines, bands, axes, tooltip and marker. */
import { ComposedChart } from "recharts";
import {
  ChartGrid,
  ChartTooltip,
  Marker,
  MoneyAxis,
  MonthAxis,
  SideBand,
  SideLine,
} from "./chart-parts.tsx";
import { legendOrder } from "./chart-legend.tsx";
import { monthName, moneyAxisTitle } from "./chart-format.ts";
import { chartBase } from "./chart-theme.ts";
import { BAND_KEY, BAND_NAME, LINE_NAME, SIDES, type TimePlotProps, type TimeRow } from "./time-series.ts";

export function TimePlot({ title, rows, hasBands, currency, legend, breakEven }: TimePlotProps) {
  return (
    <ComposedChart {...chartBase(title)} data={rows as TimeRow[]}>
      <ChartGrid />
      <MonthAxis />
      <MoneyAxis currency={currency} title={moneyAxisTitle(title, currency)} />
      <ChartTooltip currency={currency} order={legendOrder(legend)} labelOf={monthName} />
      {SIDES.map((side) => [
        <SideLine key={side} side={side} dataKey={side} name={LINE_NAME[side]} dots={rows.length === 1} />,
        hasBands ? (
          <SideBand key={`${side}-band`} side={side} dataKey={BAND_KEY[side]} name={BAND_NAME[side]} />
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
  );
}

export default TimePlot;
