/** Average monthly cost of both models against the size of the business. */
import { useMemo } from "react";
import { LineChart, XAxis } from "recharts";
import { sizeCrossover, sizeScenario, type Scenario, type Side, type SizePoint } from "../../model/index.ts";
import { FigureButton } from "../../components/figure-button.tsx";
import { formatMoney, type Currency } from "../../lib/format.ts";
import { ChartFrame } from "./chart-frame.tsx";
import {
  ChartGrid,
  ChartTooltip,
  Marker,
  MoneyAxis,
  SideLine,
} from "./chart-parts.tsx";
import { SeriesLegend, legendOrder, sideLineItem } from "./chart-legend.tsx";
import { moneyAxisTitle } from "./chart-format.ts";
import { SIDE_NAMES, chartBase } from "./chart-theme.ts";
import { DataTable } from "./data-table.tsx";

/** More points than a chart is wide add nothing but work (the curve runs to 10,000 seats). */
const MOST_POINTS = 200;
const TITLE = "Cost by size of business";
const LEGEND = [
  sideLineItem("breakFix", SIDE_NAMES.breakFix),
  sideLineItem("managed", SIDE_NAMES.managed),
];

/**
 * Every step-th seat count, so that at most about MOST_POINTS remain, always keeping the ends and
 * the seat counts the chart marks.
 */
export function thinSizeCurve(
  points: readonly SizePoint[],
  keep: readonly (number | null)[],
): { points: SizePoint[]; step: number } {
  const step = Math.max(1, Math.ceil(points.length / MOST_POINTS));
  if (step === 1) return { points: [...points], step };
  const marked = new Set(keep);
  const last = points.length - 1;
  return {
    points: points.filter(
      (point, index) => index % step === 0 || index === last || marked.has(point.seats),
    ),
    step,
  };
}

type SizeCurveChartProps = {
  points: readonly SizePoint[];
  /** The scenario the curve was worked out for: each point is its average month at another size. */
  scenario: Scenario;
  seats: number;
  currency: Currency;
  busy: boolean;
  waiting: string | null;
};

export function SizeCurveChart({ points, scenario, seats, currency, busy, waiting }: SizeCurveChartProps) {
  const crossover = useMemo(() => sizeCrossover(points), [points]);
  const thinned = useMemo(
    () => thinSizeCurve(points, [seats, crossover]),
    [points, seats, crossover],
  );
  const largest = points[points.length - 1]?.seats ?? seats;
  const figure = (point: SizePoint, side: Side) => (
    <FigureButton scenario={sizeScenario(scenario, point.seats)} figure={{ kind: "averageMonth", side }}>
      {formatMoney(point[side], currency)}
    </FigureButton>
  );

  return (
    <ChartFrame
      title={TITLE}
      busy={busy}
      waiting={waiting}
      summary={
        waiting
          ? "Average cost per month of each model, by number of staff."
          : crossoverSummary(crossover, seats, largest)
      }
      legend={<SeriesLegend items={LEGEND} />}
      renderChart={() => (
        <LineChart {...chartBase(TITLE)} data={thinned.points}>
          <ChartGrid />
          <XAxis
            type="number"
            dataKey="seats"
            domain={[0, "dataMax"]}
            allowDecimals={false}
            height={44}
            tickMargin={4}
            label={{ value: "Staff who use IT (people)", position: "insideBottom", offset: -2 }}
          />
          <MoneyAxis
            currency={currency}
            title={moneyAxisTitle("Average cost per month", currency)}
          />
          <ChartTooltip
            currency={currency}
            order={legendOrder(LEGEND)}
            labelOf={(label) => `${String(label)} people`}
          />
          <SideLine side="breakFix" dataKey="breakFix" name={SIDE_NAMES.breakFix} />
          <SideLine side="managed" dataKey="managed" name={SIDE_NAMES.managed} />
          {crossover !== null && crossover > 1 && crossover !== seats ? (
            <Marker
              x={crossover}
              label={`Managed cheaper from ${crossover}`}
              labelLeft={crossover > largest / 2}
            />
          ) : null}
          <Marker x={seats} label={`You: ${seats}`} labelLeft={seats > largest / 2} />
        </LineChart>
      )}
      renderTable={() => (
        <DataTable
          caption={`Average cost per month of each model by number of staff${thinned.step > 1 ? ` (every ${thinned.step} people)` : ""}, in ${currency}`}
          rowHeader={{ header: "Staff who use IT", cell: (point) => String(point.seats) }}
          columns={[
            { header: SIDE_NAMES.breakFix, cell: (point) => figure(point, "breakFix") },
            { header: SIDE_NAMES.managed, cell: (point) => figure(point, "managed") },
            { header: "Costs less", cell: (point) => cheaper(point) },
          ]}
          rows={thinned.points}
        />
      )}
    />
  );
}

function cheaper(point: SizePoint): string {
  if (point.managed === point.breakFix) return "Neither";
  return point.managed < point.breakFix ? SIDE_NAMES.managed : SIDE_NAMES.breakFix;
}

function crossoverSummary(crossover: number | null, seats: number, largest: number): string {
  if (crossover === null)
    return `Managed does not become the cheaper model at any size up to ${largest} people.`;
  if (crossover === 1) return `Managed costs less at every size up to ${largest} people.`;
  return `Managed costs less from ${crossover} people on; you have ${seats}.`;
}
