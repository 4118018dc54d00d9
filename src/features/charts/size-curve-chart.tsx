/** Average monthly cost of break-fix and of every managed plan against the size of the business. */
import { useMemo } from "react";
import { LineChart, XAxis } from "recharts";
import { plural, t } from "@lingui/core/macro";
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
import { chartBase, isDefaultPlanName } from "./chart-theme.ts";
import { DataTable, type Column } from "./data-table.tsx";
import { planDisplayName } from "../../i18n/plan-names.ts";

/** More points than a chart is wide add nothing but work (the curve runs to 10,000 seats). */
const MOST_POINTS = 200;

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
  if (options.length === 2) return t({ message: "Neither", comment: "neither break-fix nor the plan costs less: they cost the same" });
  const names = tied
    .map((option) => option.name)
    .reduce((list, next) => t({ message: `${list} and ${next}`, comment: "joins the names of options that cost the same: A and B (and C…)" }));
  return t({ message: `${names} (the same)`, comment: "names: the options that cost the same, such as “Essentials and Standard”" });
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
  const focusName = useMemo(() => {
    const focus = focusPlan(scenario);
    return planDisplayName(planTerms(scenario, focus).msName, focus);
  }, [scenario]);
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
    { key: "least", header: t`Costs least`, cell: (point) => cheapestAt(point, options) },
  ];
  const title = t`Cost by size of business`;
  const several = options.length > 2;
  const step = thinned.step;

  return (
    <ChartFrame
      title={title}
      busy={busy}
      waiting={waiting}
      summary={
        waiting
          ? several
            ? t`Average cost per month of each option, by number of staff.`
            : t`Average cost per month of each model, by number of staff.`
          : crossoverSummary(crossover, seats, largest, focusName)
      }
      legend={<SeriesLegend items={legend} />}
      renderChart={() => (
        <LineChart {...chartBase(title)} data={thinned.points}>
          <ChartGrid />
          <XAxis
            type="number"
            dataKey="seats"
            domain={[0, "dataMax"]}
            allowDecimals={false}
            height={44}
            tickMargin={4}
            label={{ value: t`Staff who use IT (people)`, position: "insideBottom", offset: -2 }}
          />
          <MoneyAxis
            currency={currency}
            title={moneyAxisTitle(t`Average cost per month`, currency)}
          />
          <ChartTooltip
            currency={currency}
            order={legendOrder(legend)}
            labelOf={(label) => {
              const people = Number(label);
              return plural(people, { one: "# person", other: "# people" });
            }}
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
              label={t({ message: `${focusName} cheaper from ${crossover}`, comment: "focusName: a managed plan's name; crossover: a number of staff" })}
              labelLeft={crossover > largest / 2}
            />
          ) : null}
          <Marker
            x={seats}
            label={t({ message: `You: ${seats}`, comment: "marks the user's own number of staff" })}
            labelLeft={seats > largest / 2}
          />
        </LineChart>
      )}
      renderTable={() => (
        <DataTable
          caption={tableCaption(several, step, currency)}
          rowHeader={{ header: t`Staff who use IT`, cell: (point) => String(point.seats) }}
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
  // `largest` is never 1 (the curve runs to 50 people at least), nor is `crossover` here.
  const plain = isDefaultPlanName(name);
  if (crossover === null)
    return plain
      ? t`${name} does not become the cheaper model at any size up to ${largest} people.`
      : t`${name} does not become cheaper than break-fix at any size up to ${largest} people.`;
  if (crossover === 1)
    return plain
      ? t`${name} costs less at every size up to ${largest} people.`
      : t`${name} costs less than break-fix at every size up to ${largest} people.`;
  return plain
    ? t`${name} costs less from ${crossover} people on; you have ${seats}.`
    : t`${name} costs less than break-fix from ${crossover} people on; you have ${seats}.`;
}

/** The table's caption; `step` people between rows when the curve is thinned. */
function tableCaption(several: boolean, step: number, currency: Currency): string {
  if (step > 1)
    return several
      ? t`Average cost per month of each option by number of staff (every ${step} people), in ${currency}`
      : t`Average cost per month of each model by number of staff (every ${step} people), in ${currency}`;
  return several
    ? t`Average cost per month of each option by number of staff, in ${currency}`
    : t`Average cost per month of each model by number of staff, in ${currency}`;
}
