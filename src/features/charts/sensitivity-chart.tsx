/**
 * Which assumptions matter: the ten inputs that move the horizon difference most when set 25 %
 * lower and 25 % higher, drawn as bars from the current difference (a tornado chart).
 */
import { useMemo } from "react";
import { Bar, BarChart, YAxis, useChartWidth } from "recharts";
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
import { ANIMATE, CHANGE_COLOURS, SIDE_NAMES, chartBase, planInSentence } from "./chart-theme.ts";
import { DataTable } from "./data-table.tsx";
import { inputLabel } from "../../i18n/input-text.ts";

const SHOWN = 10;
const TITLE = "Which assumptions matter most";
const LOWER = "Input 25 % lower";
const HIGHER = "Input 25 % higher";

export type TornadoRow = SensitivityRow & { label: string; lowerBar: Range; higherBar: Range };

/**
 * The input's label, by its key as in a link (`p2.msSeat`); inputs that exist on both sides
 * ("Hours per user issue") say whose they are: break-fix's, or the plan's by its name.
 */
export function sensitivityLabel(key: string, scenario: Scenario): string {
  const prefixed = splitPlanKey(key);
  const def = inputDef(prefixed?.key ?? key);
  if (!def) return key;
  if (def.group === "breakFix") return `${SIDE_NAMES.breakFix}: ${inputLabel(def.key)}`;
  if (prefixed || isPlanNumericKey(def.key)) {
    const plan = prefixed?.plan ?? 1;
    const name = plan <= planCount(scenario) ? planTerms(scenario, plan).msName : `Plan ${plan}`;
    return `${name}: ${inputLabel(def.key)}`;
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
  const focusName = useMemo(() => planTerms(scenario, focusPlan(scenario)).msName, [scenario]);
  const plan = planInSentence(focusName);
  const hatchId = useSvgId("hatch-higher");
  const money = (value: number) => formatMoney(value, currency);
  const figure = (row: TornadoRow, part: SensitivityPart) => (
    <FigureButton scenario={scenario} figure={{ kind: "sensitivity", key: row.key, part }}>
      {money({ lower: row.low, higher: row.high, swing: row.swing }[part])}
    </FigureButton>
  );
  const legend: LegendItem[] = [
    { name: LOWER, colour: CHANGE_COLOURS.lower, look: "block" },
    { name: HIGHER, colour: `url(#${hatchId})`, look: "block" },
  ];
  const differenceTitle = `Break-fix minus ${plan} over ${months === 1 ? "1 month" : `${months} months`}`;

  return (
    <ChartFrame
      title={TITLE}
      tall
      busy={busy}
      waiting={waiting}
      summary={`${differenceTitle}, with one input at a time 25 % lower or higher; above zero, ${plan} saves money. Now: ${money(difference)}.`}
      legend={<SeriesLegend items={legend} />}
      patterns={<Hatch id={hatchId} colour={CHANGE_COLOURS.higher} />}
      renderChart={() => (
        <BarChart {...chartBase(TITLE)} data={rows} layout="vertical" barGap={1}>
          <ChartGrid horizontal={false} />
          <MoneyAxis
            axis="x"
            currency={currency}
            title={moneyAxisTitle(`Saving with ${plan}`, currency)}
          />
          <InputAxis />
          <ChartTooltip
            currency={currency}
            order={legendOrder(legend)}
            labelOf={String}
            formatEntry={(entry) => {
              const row = entry.payload as TornadoRow;
              return money(entry.name === LOWER ? row.low : row.high);
            }}
          />
          <Bar
            dataKey="lowerBar"
            name={LOWER}
            fill={CHANGE_COLOURS.lower}
            isAnimationActive={ANIMATE}
          />
          <Bar
            dataKey="higherBar"
            name={HIGHER}
            fill={`url(#${hatchId})`}
            isAnimationActive={ANIMATE}
          />
          <Marker x={difference} label="Now" />
        </BarChart>
      )}
      renderTable={() => (
        <DataTable
          caption={`${differenceTitle}, in ${currency}, with one input 25 % lower or higher; largest swing first`}
          rowHeader={{ header: "Input", cell: (row) => row.label }}
          columns={[
            { header: "25 % lower", cell: (row) => figure(row, "lower") },
            { header: "25 % higher", cell: (row) => figure(row, "higher") },
            { header: "Swing", cell: (row) => figure(row, "swing") },
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
