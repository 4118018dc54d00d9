/**
 * Running totals of scenarios A and B, both models each: loaded on its own, after the figures.
 * Colour tells the model apart (as in every chart on the page), line style tells A from B.
 */
import { useMemo } from "react";
import { CartesianGrid, ComposedChart, Line, Tooltip, XAxis, YAxis } from "recharts";
import { t } from "@lingui/core/macro";
import type { CostResult } from "../../model/index.ts";
import { formatMoney, formatMoneyCompact, type Currency } from "../../lib/format.ts";
import { compareRows, type CompareRow } from "./compare-data.ts";

type Series = { key: keyof Omit<CompareRow, "month">; name: string; colour: string; dash?: string; width: number };

const BREAK_FIX = "var(--color-bf, #b34700)";
const MANAGED = "var(--color-ms, #005a8c)";

/** The four lines; each side's managed line is its focus plan, named. */
function seriesOf(planA: string, planB: string): Series[] {
  return [
    {
      key: "aBreakFix",
      name: t({ message: "A: break-fix", comment: "chart line: scenario A's break-fix support" }),
      colour: BREAK_FIX,
      dash: "3 4",
      width: 2,
    },
    { key: "aManaged", name: t({ message: `A: ${planA}`, comment: "chart line: scenario A's plan, by name" }), colour: MANAGED, dash: "3 4", width: 2 },
    { key: "bBreakFix", name: t({ message: "B: break-fix", comment: "chart line: scenario B's break-fix support" }), colour: BREAK_FIX, width: 3 },
    { key: "bManaged", name: t({ message: `B: ${planB}`, comment: "chart line: scenario B's plan, by name" }), colour: MANAGED, width: 3 },
  ];
}

export type CompareChartProps = { a: CostResult; b: CostResult; currency: Currency; aName: string; bName: string };

export default function CompareChart({ a, b, currency, aName, bName }: CompareChartProps) {
  const rows = useMemo(() => compareRows(a, b), [a, b]);
  const lines = useMemo(() => seriesOf(aName, bName), [aName, bName]);
  return (
    <figure className="compare__chart">
      <figcaption className="compare__caption">{t`Total cost to date, month by month`}</figcaption>
      <ul className="compare__legend" aria-hidden="true">
        {lines.map((series) => (
          <li key={series.key} className={`compare__key compare__key--${series.key}`}>
            {series.name}
          </li>
        ))}
      </ul>
      <div
        className="compare__plot"
        role="img"
        aria-label={t`Running totals of break-fix support and of each scenario’s compared plan, for scenarios A and B; the figures are in the table above.`}
      >
        <ComposedChart data={rows} responsive width="100%" height="100%" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="2 4" vertical={false} />
          <XAxis dataKey="month" minTickGap={12} />
          <YAxis width={72} tickFormatter={(value: number) => formatMoneyCompact(value, currency)} />
          <Tooltip
            formatter={(value) => (typeof value === "number" ? formatMoney(value, currency) : String(value))}
            labelFormatter={(label) => {
              const month = String(label);
              return t`Month ${month}`;
            }}
          />
          {lines.map((series) => (
            <Line
              key={series.key}
              dataKey={series.key}
              name={series.name}
              stroke={series.colour}
              strokeWidth={series.width}
              strokeDasharray={series.dash}
              dot={false}
              isAnimationActive={false}
              connectNulls={false}
            />
          ))}
        </ComposedChart>
      </div>
    </figure>
  );
}
