/**
 * The user's own months against the model: their monthly spend (invoices) or calls (tickets),
 * the model's expected value and its 10–90 % band for the same months. Drawn with the charts'
 * frame, table and parts, in the Recharts chunk, and loaded only once a file has been fitted.
 */
import { ComposedChart, Line, XAxis, YAxis } from "recharts";
import { t } from "@lingui/core/macro";
import { ChartFrame } from "../features/charts/chart-frame.tsx";
import { ChartGrid, ChartTooltip, MoneyAxis, SideBand, SideLine } from "../features/charts/chart-parts.tsx";
import { SeriesLegend, legendOrder, sideBandItem, sideLineItem, type LegendItem } from "../features/charts/chart-legend.tsx";
import { moneyAxisTitle } from "../features/charts/chart-format.ts";
import { ANIMATE, LINE_WIDTH, chartBase } from "../features/charts/chart-theme.ts";
import { DataTable } from "../features/charts/data-table.tsx";
import { formatMoney, formatNumber } from "../lib/format.ts";
import { monthLabel } from "../features/calibrate/fit-text.ts";
import type { HistoryChartProps } from "../features/calibrate/history-chart-props.ts";
import type { HistoryBand } from "../model/calibrate/types.ts";
import "../features/charts/charts.css";

const RECORDS_COLOUR = "var(--chart-text)";

type Row = HistoryBand & { label: string; band: [number, number] };

function inside(row: HistoryBand): boolean {
  return row.actual >= row.p10 && row.actual <= row.p90;
}

export default function CalibrationHistoryChart({ kind, source, rows, summary, currency }: HistoryChartProps) {
  const money = kind === "invoices";
  const title = money ? t`Your monthly spend against the model` : t`Your calls per month against the model`;
  const records = t({ message: "Your records", comment: "chart series: the user's own months" });
  const expected = t({ message: "Model, expected", comment: "chart series: the model's expected value for each month" });
  const band = t({ message: "Model, 8 in 10 months", comment: "chart series: the range the model expects 8 months in 10" });
  const format = (value: number) => (money ? formatMoney(value, currency) : formatNumber(value, 1));
  const data: Row[] = rows.map((row) => ({ ...row, label: monthLabel(row.month), band: [row.p10, row.p90] }));
  const legend: LegendItem[] = [
    { name: records, colour: RECORDS_COLOUR, look: "line" },
    sideLineItem(source, expected),
    sideBandItem(source, band),
  ];
  const axisTitle = money ? moneyAxisTitle(t`Spend per month`, currency) : t`Calls per month`;
  return (
    <div className="charts calibrate-history">
      <ChartFrame
        title={title}
        summary={summary}
        legend={<SeriesLegend items={legend} />}
        renderChart={() => (
          <ComposedChart {...chartBase(title)} data={data}>
            <ChartGrid />
            <XAxis dataKey="label" height={44} minTickGap={12} tickMargin={4} />
            {money ? (
              <MoneyAxis currency={currency} title={axisTitle} />
            ) : (
              <YAxis
                width={64}
                allowDecimals={false}
                label={{ value: axisTitle, angle: -90, position: "insideLeft", offset: 4, textAnchor: "middle" }}
              />
            )}
            <ChartTooltip
              currency={currency}
              order={legendOrder(legend)}
              labelOf={(label) => String(label)}
              formatEntry={(entry) =>
                Array.isArray(entry.value) ? entry.value.map((end) => format(Number(end))).join(" – ") : format(Number(entry.value))
              }
            />
            <SideBand side={source} dataKey="band" name={band} />
            <SideLine side={source} dataKey="expected" name={expected} />
            <Line
              type="linear"
              dataKey="actual"
              name={records}
              stroke={RECORDS_COLOUR}
              strokeWidth={LINE_WIDTH}
              dot={{ r: LINE_WIDTH + 1, fill: RECORDS_COLOUR }}
              isAnimationActive={ANIMATE}
            />
          </ComposedChart>
        )}
        renderTable={() => (
          <DataTable
            caption={money ? t`${title}, by month, in ${currency}` : t`${title}, by month`}
            rowHeader={{ header: t({ message: "Month", comment: "table column: a calendar month" }), cell: (row) => row.label }}
            columns={[
              { header: records, cell: (row) => format(row.actual) },
              { header: expected, cell: (row) => format(row.expected) },
              { header: t`Model, 10th percentile`, cell: (row) => format(row.p10) },
              { header: t`Model, 90th percentile`, cell: (row) => format(row.p90) },
              {
                header: t`Inside the band`,
                cell: (row) =>
                  inside(row)
                    ? t({ message: "Yes", comment: "the month is inside the band" })
                    : t({ message: "No", comment: "the month is outside the band" }),
              },
            ]}
            rows={data}
          />
        )}
      />
    </div>
  );
}
