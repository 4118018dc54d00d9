/**
 * What each month's cost is made of: one stacked bar for break-fix and one for the focus plan (the
 * plan the verdict compares), per month.
 */
import { BarChart, Bar } from "recharts";
import { t } from "@lingui/core/macro";
import {
  defaultPlanName,
  type CostResult,
  type MonthFigures,
  type MonthPart,
  type Scenario,
  type SideMonth,
} from "../../model/index.ts";
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
import { monthName, monthTitle, moneyAxisTitle } from "./chart-format.ts";
import {
  ANIMATE,
  PART_COLOURS,
  SIDE_COLOURS,
  chartBase,
  planColour,
  planInSentence,
  planShade,
  type Side,
} from "./chart-theme.ts";
import { DataTable, type Column } from "./data-table.tsx";
import { planDisplayName } from "../../i18n/plan-names.ts";

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
  { name, plan, outside }: PlanLook = { name: defaultPlanName(1), plan: 1, outside: false },
): Part[] {
  const parts: Part[] = [
    { side: "breakFix", field: "labour", name: t`Break-fix labour`, fill: PART_COLOURS.labour },
    {
      side: "breakFix",
      field: "afterHoursPremium",
      name: t`Break-fix after-hours premium`,
      fill: PART_COLOURS.afterHoursPremium,
    },
    {
      side: "breakFix",
      field: "callOutFees",
      name: t`Break-fix call-out fees`,
      fill: PART_COLOURS.callOutFees,
    },
    { side: "breakFix", field: "downtimeCost", name: t`Break-fix downtime`, fill: hatch.breakFix },
    {
      side: "managed",
      field: "fee",
      name: t({ message: `${name} fee`, comment: "name: a managed plan's name; its monthly fee" }),
      fill: planColour(plan),
    },
    {
      side: "managed",
      field: "onboarding",
      name: t({ message: `${name} onboarding`, comment: "name: a managed plan's name; the cost of setting it up" }),
      fill: planShade(plan, "pale"),
    },
    ...(outside
      ? [
          {
            side: "managed",
            field: "outsideWork",
            name: t({ message: `${name} work billed outside the fee`, comment: "name: a managed plan's name" }),
            fill: planShade(plan, "strong"),
          } as const,
        ]
      : []),
    {
      side: "managed",
      field: "downtimeCost",
      name: t({ message: `${name} downtime`, comment: "name: a managed plan's name; what its staff's downtime costs" }),
      fill: hatch.managed,
    },
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
  const name = planDisplayName(costs.plans[focus - 1]?.name ?? defaultPlanName(1), focus);
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
    { header: t`Break-fix total`, cell: (month) => figure(month, "breakFix", "total") },
    {
      header: t({ message: `${name} total`, comment: "name: a managed plan's name" }),
      cell: (month) => figure(month, "managed", "total"),
    },
  ];
  const title = t`What makes up each month’s cost`;

  return (
    <ChartFrame
      title={title}
      summary={summary(several ? name : null, planInSentence(name), downtime)}
      legend={<SeriesLegend items={legend} />}
      patterns={
        <>
          <Hatch id={hatchIds.breakFix} colour={SIDE_COLOURS.breakFix} />
          <Hatch id={hatchIds.managed} colour={planColour(focus)} />
        </>
      }
      renderChart={() => (
        <BarChart
          {...chartBase(title)}
          data={costs.months}
          barGap={dense ? 0 : 1}
          barCategoryGap={dense ? 0 : "12%"}
        >
          <ChartGrid />
          <MonthAxis />
          <MoneyAxis currency={currency} title={moneyAxisTitle(t`Cost per month`, currency)} />
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
          caption={
            several
              ? t`What makes up each month’s cost, for break-fix and ${name}, in ${currency}`
              : t`What makes up each month’s cost, by model, in ${currency}`
          }
          rowHeader={{ header: monthTitle(), cell: (month) => String(month.month) }}
          columns={columns}
          rows={costs.months}
        />
      )}
    />
  );
}

/**
 * Which bar is which. `compared` names the focus plan when there are several plans; `plan` is how
 * a sentence names it when there is one ("managed" for the default name).
 */
function summary(compared: string | null, plan: string, downtime: boolean): string {
  if (compared !== null) {
    const name = compared;
    return downtime
      ? t`Left bar: break-fix; right bar: ${name}, the plan compared with break-fix; striped: the cost of staff downtime.`
      : t`Left bar: break-fix; right bar: ${name}, the plan compared with break-fix.`;
  }
  return downtime
    ? t`Left bar: break-fix; right bar: ${plan}; striped: the cost of staff downtime.`
    : t`Left bar: break-fix; right bar: ${plan}.`;
}
