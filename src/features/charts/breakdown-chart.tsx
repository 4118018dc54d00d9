/**
 * What each month's cost is made of: one stacked bar for break-fix and one for the focus plan (the
 * plan the verdict compares), per month.
 */
import { BarChart, Bar } from "recharts";
import type { CostResult, MonthFigures, MonthPart, Scenario, SideMonth } from "../../model/index.ts";
import { FigureButton } from "../../components/figure-button.tsx";
import { formatMoney, type Currency } from "../../lib/format.ts";
import { ChartFrame } from "./chart-frame.tsx";
import {
  ChartGrid,
  ChartTooltip,
  Hatch,
  MoneyAxis,
  MonthAxis,
  useSvgId,
} from "./chart-parts.tsx";
import { SeriesLegend, legendOrder, type LegendItem } from "./chart-legend.tsx";
import { monthName, moneyAxisTitle } from "./chart-format.ts";
import {
  ANIMATE,
  PART_COLOURS,
  SIDE_COLOURS,
  SIDE_NAMES,
  chartBase,
  planColour,
  planInSentence,
  planShade,
  type Side,
} from "./chart-theme.ts";
import { DataTable, type Column } from "./data-table.tsx";

const TITLE = "What makes up each month’s cost";

type Part = { side: Side; field: keyof SideMonth & MonthPart; name: string; fill: string };

type PlanLook = {
  /** The plan's name, as it names its parts ("Standard fee"). */
  name: string;
  /** Its number (1-based), which its colours follow. */
  plan: number;
  /** Whether any month has work billed outside the fee: the part is left out where it is always zero. */
  outside: boolean;
};

/** The parts of each side's monthly cost, bottom of the stack first; downtime only when it counts. */
export function breakdownParts(
  downtime: boolean,
  hatch: Readonly<Record<Side, string>>,
  { name, plan, outside }: PlanLook = { name: SIDE_NAMES.managed, plan: 1, outside: false },
): Part[] {
  const parts: Part[] = [
    { side: "breakFix", field: "labour", name: "Break-fix labour", fill: PART_COLOURS.labour },
    {
      side: "breakFix",
      field: "afterHoursPremium",
      name: "Break-fix after-hours premium",
      fill: PART_COLOURS.afterHoursPremium,
    },
    {
      side: "breakFix",
      field: "callOutFees",
      name: "Break-fix call-out fees",
      fill: PART_COLOURS.callOutFees,
    },
    { side: "breakFix", field: "downtimeCost", name: "Break-fix downtime", fill: hatch.breakFix },
    { side: "managed", field: "fee", name: `${name} fee`, fill: planColour(plan) },
    { side: "managed", field: "onboarding", name: `${name} onboarding`, fill: planShade(plan, "pale") },
    ...(outside
      ? [{ side: "managed", field: "outsideWork", name: `${name} work billed outside the fee`, fill: planShade(plan, "strong") } as const]
      : []),
    { side: "managed", field: "downtimeCost", name: `${name} downtime`, fill: hatch.managed },
  ];
  return downtime ? parts : parts.filter((part) => part.field !== "downtimeCost");
}

type BreakdownChartProps = {
  costs: CostResult;
  /** The scenario of the figures, which their explanations work from. */
  scenario: Scenario;
  downtime: boolean;
  currency: Currency;
};

export function BreakdownChart({ costs, scenario, downtime, currency }: BreakdownChartProps) {
  const hatchIds = { breakFix: useSvgId("hatch-bf"), managed: useSvgId("hatch-ms") };
  const focus = costs.focus;
  const name = costs.plans[focus - 1]?.name ?? SIDE_NAMES.managed;
  const outside = costs.months.some((month) => month.managed.outsideWork !== 0);
  const parts = breakdownParts(
    downtime,
    { breakFix: `url(#${hatchIds.breakFix})`, managed: `url(#${hatchIds.managed})` },
    { name, plan: focus, outside },
  );
  const several = costs.plans.length > 1;
  const legend: LegendItem[] = parts.map((part) => ({
    name: part.name,
    colour: part.fill,
    look: "block",
  }));
  const money = (value: number) => formatMoney(value, currency);
  const figure = (month: MonthFigures, side: Side, part: Part["field"]) => (
    <FigureButton scenario={scenario} figure={{ kind: "month", side, month: month.month, part }}>
      {money(month[side][part])}
    </FigureButton>
  );
  // Past four years the bars are thinner than the gaps between them: drop the gaps.
  const dense = costs.months.length > 48;
  const columns: Column<MonthFigures>[] = [
    ...parts.map((part) => ({
      header: part.name,
      cell: (month: MonthFigures) => figure(month, part.side, part.field),
    })),
    { header: "Break-fix total", cell: (month) => figure(month, "breakFix", "total") },
    { header: `${name} total`, cell: (month) => figure(month, "managed", "total") },
  ];

  return (
    <ChartFrame
      title={TITLE}
      summary={`Left bar: break-fix; right bar: ${several ? `${name}, the plan compared with break-fix` : planInSentence(name)}${downtime ? "; striped: the cost of staff downtime" : ""}.`}
      legend={<SeriesLegend items={legend} />}
      patterns={
        <>
          <Hatch id={hatchIds.breakFix} colour={SIDE_COLOURS.breakFix} />
          <Hatch id={hatchIds.managed} colour={planColour(focus)} />
        </>
      }
      renderChart={() => (
        <BarChart
          {...chartBase(TITLE)}
          data={costs.months}
          barGap={dense ? 0 : 1}
          barCategoryGap={dense ? 0 : "12%"}
        >
          <ChartGrid />
          <MonthAxis />
          <MoneyAxis currency={currency} title={moneyAxisTitle("Cost per month", currency)} />
          <ChartTooltip currency={currency} order={legendOrder(legend)} labelOf={monthName} />
          {parts.map((part) => (
            <Bar
              key={part.name}
              dataKey={`${part.side}.${part.field}`}
              name={part.name}
              stackId={part.side}
              fill={part.fill}
              isAnimationActive={ANIMATE}
            />
          ))}
        </BarChart>
      )}
      renderTable={() => (
        <DataTable
          caption={`What makes up each month’s cost, ${several ? `for break-fix and ${name}` : "by model"}, in ${currency}`}
          rowHeader={{ header: "Month", cell: (month) => String(month.month) }}
          columns={columns}
          rows={costs.months}
        />
      )}
    />
  );
}
