/** Average monthly cost of break-fix and of every managed plan against the size of the business. */
import { useMemo } from "react";
import { LineChart, XAxis } from "recharts";
import {
  focusPlan,
  planTerms,
  sizeCrossover,
  sizeScenario,
  type Scenario,
  type SizePoint,
} from "../../model/index.ts";
import { FigureButton } from "../../components/figure-button.tsx";
import { formatMoney, type Currency } from "../../lib/format.ts";
import { ChartFrame } from "./chart-frame.tsx";
import { ChartGrid, ChartTooltip, Marker, MoneyAxis, SeriesLine } from "./chart-parts.tsx";
import { SeriesLegend, legendOrder, optionLineItem } from "./chart-legend.tsx";
import { chartOptions, optionFigure, planNames, type ChartOption } from "./chart-options.ts";
import { moneyAxisTitle } from "./chart-format.ts";
import { SIDE_NAMES, chartBase } from "./chart-theme.ts";
import { DataTable, type Column } from "./data-table.tsx";

/** More points than a chart is wide add nothing but work (the curve runs to 10,000 seats). */
const MOST_POINTS = 200;
const TITLE = "Cost by size of business";

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

/** Option k's average month at a point (0 break-fix, k plan k). */
function optionValue(point: SizePoint, option: ChartOption): number {
  return option.plan === undefined ? point.breakFix : (point.plans[option.plan - 1] ?? Number.NaN);
}

/** Where the point keeps the option's figure, for Recharts. */
function optionDataKey(option: ChartOption): string {
  return option.plan === undefined ? "breakFix" : `plans.${option.plan - 1}`;
}

/**
 * The option that costs least at a point: its name, "Neither" when break-fix and a single plan
 * cost the same, or the names of every option that ties.
 */
export function cheapestAt(point: SizePoint, options: readonly ChartOption[]): string {
  const values = options.map((option) => optionValue(point, option));
  const least = Math.min(...values);
  const tied = options.filter((_, index) => values[index] === least);
  if (tied.length === 1) return tied[0]!.name;
  if (options.length === 2) return "Neither";
  return `${tied.map((option) => option.name).join(" and ")} (the same)`;
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

export function SizeCurveChart({
  points,
  scenario,
  seats,
  currency,
  busy,
  waiting,
}: SizeCurveChartProps) {
  const crossover = useMemo(() => sizeCrossover(points), [points]);
  const thinned = useMemo(
    () => thinSizeCurve(points, [seats, crossover]),
    [points, seats, crossover],
  );
  const options = useMemo(() => chartOptions(planNames(scenario)), [scenario]);
  const legend = useMemo(() => options.map((option) => optionLineItem(option)), [options]);
  // The crossover is the focus plan's, resolved from the scenario the curve was worked out for.
  const focusName = useMemo(() => planTerms(scenario, focusPlan(scenario)).msName, [scenario]);
  const largest = points[points.length - 1]?.seats ?? seats;
  const figure = (point: SizePoint, option: ChartOption) => (
    <FigureButton
      scenario={sizeScenario(scenario, point.seats)}
      figure={{ kind: "averageMonth", ...optionFigure(option) }}
    >
      {formatMoney(optionValue(point, option), currency)}
    </FigureButton>
  );
  const columns: Column<SizePoint>[] = [
    ...options.map((option) => ({
      key: option.key,
      header: option.name,
      cell: (point: SizePoint) => figure(point, option),
    })),
    { key: "least", header: "Costs least", cell: (point) => cheapestAt(point, options) },
  ];

  return (
    <ChartFrame
      title={TITLE}
      busy={busy}
      waiting={waiting}
      summary={
        waiting
          ? `Average cost per month of ${options.length > 2 ? "each option" : "each model"}, by number of staff.`
          : crossoverSummary(crossover, seats, largest, focusName)
      }
      legend={<SeriesLegend items={legend} />}
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
            order={legendOrder(legend)}
            labelOf={(label) => `${String(label)} people`}
          />
          {options.map((option) => (
            <SeriesLine
              key={option.key}
              colour={option.colour}
              dash={option.dash}
              dataKey={optionDataKey(option)}
              name={option.name}
            />
          ))}
          {crossover !== null && crossover > 1 && crossover !== seats ? (
            <Marker
              x={crossover}
              label={`${focusName} cheaper from ${crossover}`}
              labelLeft={crossover > largest / 2}
            />
          ) : null}
          <Marker x={seats} label={`You: ${seats}`} labelLeft={seats > largest / 2} />
        </LineChart>
      )}
      renderTable={() => (
        <DataTable
          caption={`Average cost per month of ${options.length > 2 ? "each option" : "each model"} by number of staff${thinned.step > 1 ? ` (every ${thinned.step} people)` : ""}, in ${currency}`}
          rowHeader={{ header: "Staff who use IT", cell: (point) => String(point.seats) }}
          columns={columns}
          rows={thinned.points}
        />
      )}
    />
  );
}

/** The crossover is the focus plan's, named `name`, against break-fix. */
function crossoverSummary(crossover: number | null, seats: number, largest: number, name: string): string {
  // The default name is the model's own; a plan's own name says what it is compared with.
  const plain = name === SIDE_NAMES.managed;
  const than = plain ? "" : " than break-fix";
  if (crossover === null)
    return `${name} does not become ${plain ? "the cheaper model" : "cheaper than break-fix"} at any size up to ${largest} people.`;
  if (crossover === 1) return `${name} costs less${than} at every size up to ${largest} people.`;
  return `${name} costs less${than} from ${crossover} people on; you have ${seats}.`;
}
