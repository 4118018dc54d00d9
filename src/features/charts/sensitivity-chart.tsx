/**
 * Which assumptions matter: the ten inputs that move the horizon difference most when set 25 %
 * lower and 25 % higher, drawn as bars from the current difference (a tornado chart).
 */
import { useMemo } from "react";
import { Bar, BarChart, YAxis, useChartWidth } from "recharts";
import { plural, t } from "@lingui/core/macro";
import {
  focusPlan,
  inputDef,
  isPlanNumericKey,
  planCount,
  planTerms,
  splitPlanKey,
  type Scenario,
  type SensitivityPart,
  type SensitivityRow,
} from "../../model/index.ts";
import { FigureButton } from "../../components/figure-button.tsx";
import { formatMoney, type Currency } from "../../lib/format.ts";
import { ChartFrame } from "./chart-frame.tsx";
import {
  ChartGrid,
  ChartTooltip,
  Hatch,
  Marker,
  MoneyAxis,
  useSvgId,
} from "./chart-parts.tsx";
import { SeriesLegend, legendOrder, type LegendItem } from "./chart-legend.tsx";
import { moneyAxisTitle, type Range } from "./chart-format.ts";
import { ANIMATE, CHANGE_COLOURS, chartBase, planInSentence } from "./chart-theme.ts";
import { DataTable } from "./data-table.tsx";
import { inputLabel } from "../../i18n/input-text.ts";
import { planDisplayName } from "../../i18n/plan-names.ts";

const SHOWN = 10;

export type TornadoRow = SensitivityRow & { label: string; lowerBar: Range; higherBar: Range };

/**
 * The input's label, by its key as in a link (`p2.msSeat`); inputs that exist on both sides
 * ("Hours per user issue") say whose they are: break-fix's, or the plan's by its name.
 */
export function sensitivityLabel(key: string, scenario: Scenario): string {
  const prefixed = splitPlanKey(key);
  const def = inputDef(prefixed?.key ?? key);
  if (!def) return key;
  const label = inputLabel(def.key);
  if (def.group === "breakFix") return t({ message: `Break-fix: ${label}`, comment: "label: an input's label, such as Hours per user issue" });
  if (prefixed || isPlanNumericKey(def.key)) {
    const plan = prefixed?.plan ?? 1;
    const name =
      plan <= planCount(scenario)
        ? planDisplayName(planTerms(scenario, plan).msName, plan)
        : t({ message: `Plan ${plan}`, comment: "a managed plan that has no name, by its number" });
    return t({ message: `${name}: ${label}`, comment: "name: a managed plan's name; label: one of its terms' labels, such as Fee per staff member" });
  }
  return inputLabel(def.key);
}

/** The largest swings (the analysis comes sorted largest first), each bar starting at the current difference. */
export function tornadoRows(
  sensitivity: readonly SensitivityRow[],
  difference: number,
  scenario: Scenario,
): TornadoRow[] {
  return sensitivity.slice(0, SHOWN).map((row) => ({
    ...row,
    label: sensitivityLabel(row.key, scenario),
    lowerBar: [difference, row.low],
    higherBar: [difference, row.high],
  }));
}

type SensitivityChartProps = {
  sensitivity: readonly SensitivityRow[];
  /** The scenario the rows were worked out for. */
  scenario: Scenario;
  /** Break-fix − managed over the horizon with every input as it is. */
  difference: number;
  months: number;
  currency: Currency;
  busy: boolean;
  waiting: string | null;
};

export function SensitivityChart({
  sensitivity,
  scenario,
  difference,
  months,
  currency,
  busy,
  waiting,
}: SensitivityChartProps) {
  const rows = useMemo(
    () => tornadoRows(sensitivity, difference, scenario),
    [sensitivity, difference, scenario],
  );
  // The rows are the focus plan's, resolved from the scenario they were worked out for.
  const focusName = useMemo(() => {
    const focus = focusPlan(scenario);
    return planDisplayName(planTerms(scenario, focus).msName, focus);
  }, [scenario]);
  const plan = planInSentence(focusName);
  const hatchId = useSvgId("hatch-higher");
  const money = (value: number) => formatMoney(value, currency);
  const figure = (row: TornadoRow, part: SensitivityPart) => (
    <FigureButton scenario={scenario} figure={{ kind: "sensitivity", key: row.key, part }}>
      {money({ lower: row.low, higher: row.high, swing: row.swing }[part])}
    </FigureButton>
  );
  // The two bars of an input, as the legend and the tooltip name them.
  const lower = t`Input 25 % lower`;
  const higher = t`Input 25 % higher`;
  const legend: LegendItem[] = [
    { name: lower, colour: CHANGE_COLOURS.lower, look: "block" },
    { name: higher, colour: `url(#${hatchId})`, look: "block" },
  ];
  const now = money(difference);
  const title = t`Which assumptions matter most`;

  return (
    <ChartFrame
      title={title}
      tall
      busy={busy}
      waiting={waiting}
      summary={t({
        message: `Break-fix minus ${plan} over ${plural(months, { one: "# month", other: "# months" })}, with one input at a time 25 % lower or higher; above zero, ${plan} saves money. Now: ${now}.`,
        comment: "plan: a managed plan's name, or “managed”; now: the difference with every input as it is",
      })}
      legend={<SeriesLegend items={legend} />}
      patterns={<Hatch id={hatchId} colour={CHANGE_COLOURS.higher} />}
      renderChart={() => (
        <BarChart {...chartBase(title)} data={rows} layout="vertical" barGap={1}>
          <ChartGrid horizontal={false} />
          <MoneyAxis
            axis="x"
            currency={currency}
            title={moneyAxisTitle(t`Saving with ${plan}`, currency)}
          />
          <InputAxis />
          <ChartTooltip
            currency={currency}
            order={legendOrder(legend)}
            labelOf={String}
            formatEntry={(entry) => {
              const row = entry.payload as TornadoRow;
              return money(entry.name === lower ? row.low : row.high);
            }}
          />
          <Bar
            dataKey="lowerBar"
            name={lower}
            fill={CHANGE_COLOURS.lower}
            isAnimationActive={ANIMATE}
          />
          <Bar
            dataKey="higherBar"
            name={higher}
            fill={`url(#${hatchId})`}
            isAnimationActive={ANIMATE}
          />
          <Marker x={difference} label={t({ message: "Now", comment: "marks the difference with every input as it is" })} />
        </BarChart>
      )}
      renderTable={() => (
        <DataTable
          caption={t({
            message: `Break-fix minus ${plan} over ${plural(months, { one: "# month", other: "# months" })}, in ${currency}, with one input 25 % lower or higher; largest swing first`,
            comment: "plan: a managed plan's name, or “managed”; currency: a code such as USD",
          })}
          rowHeader={{ header: t({ message: "Input", comment: "a column title: the assumption varied" }), cell: (row) => row.label }}
          columns={[
            { header: t`25 % lower`, cell: (row) => figure(row, "lower") },
            { header: t`25 % higher`, cell: (row) => figure(row, "higher") },
            {
              header: t({ message: "Swing", comment: "a column title: how far the result moves between the input 25 % lower and 25 % higher" }),
              cell: (row) => figure(row, "swing"),
            },
          ]}
          rows={rows}
        />
      )}
    />
  );
}

/** The inputs' labels, wrapped in about a third of the chart's width (more on a projector, less on a phone). */
function InputAxis() {
  const chartWidth = useChartWidth() ?? 0;
  const width = Math.round(Math.min(260, Math.max(120, chartWidth * 0.3)));
  return <YAxis type="category" dataKey="label" width={width} interval={0} tickLine={false} />;
}
