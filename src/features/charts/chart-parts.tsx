/**
 * Pieces every chart is built from. Recharts 3 accepts its axes, series and tooltip wrapped in
 * our own components, so their formatting lives here once instead of in each chart.
 */
import { useId } from "react";
import {
  Area,
  CartesianGrid,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
  type TooltipPayloadEntry,
} from "recharts";
import type { Currency } from "../../lib/format.ts";
import { formatMoneyValue, moneyTicks, monthTitle } from "./chart-format.ts";
import {
  ANIMATE,
  BAND_OPACITY,
  LINE_WIDTH,
  SIDE_COLOURS,
  SIDE_DASHES,
  type Side,
} from "./chart-theme.ts";

const AXIS_TITLE_OFFSET = -2;

/** The month axis of the charts over the horizon (categories 1 … M). */
export function MonthAxis() {
  return (
    <XAxis
      dataKey="month"
      height={44}
      minTickGap={12}
      tickMargin={4}
      label={{ value: monthTitle(), position: "insideBottom", offset: AXIS_TITLE_OFFSET }}
    />
  );
}

type MoneyAxisProps = { currency: Currency; title: string; axis?: "x" | "y" };

/** A money axis with compact currency ticks and a title naming the currency. */
export function MoneyAxis({ currency, title, axis = "y" }: MoneyAxisProps) {
  const tickFormatter = moneyTicks(currency);
  if (axis === "x") {
    return (
      <XAxis
        type="number"
        height={44}
        tickFormatter={tickFormatter}
        tickMargin={4}
        label={{ value: title, position: "insideBottom", offset: AXIS_TITLE_OFFSET }}
      />
    );
  }
  return (
    <YAxis
      width={84}
      tickFormatter={tickFormatter}
      label={{ value: title, angle: -90, position: "insideLeft", offset: 4, textAnchor: "middle" }}
    />
  );
}

export function ChartGrid({ horizontal = true }: { horizontal?: boolean }) {
  return <CartesianGrid strokeDasharray="2 4" vertical={!horizontal} horizontal={horizontal} />;
}

/** Position of a series in the chart's own order (Recharts would sort names alphabetically). */
function rankIn(order: readonly string[], name: unknown): number {
  const rank = order.indexOf(String(name));
  return rank === -1 ? order.length : rank;
}

type ChartTooltipProps = {
  currency: Currency;
  /** Series names in display order, as for the legend. */
  order: readonly string[];
  /** The heading of the tooltip from the hovered category: "Month 3". */
  labelOf: (label: unknown) => string;
  /** How one entry's value is written; money or a money range by default. */
  formatEntry?: (entry: TooltipPayloadEntry) => string;
};

export function ChartTooltip({ currency, order, labelOf, formatEntry }: ChartTooltipProps) {
  const format =
    formatEntry ?? ((entry: TooltipPayloadEntry) => formatMoneyValue(entry.value, currency));
  return (
    <Tooltip
      isAnimationActive={false}
      content={(props: TooltipContentProps) => (
        <TooltipBox
          active={props.active}
          label={props.label}
          payload={[...props.payload].sort((a, b) => rankIn(order, a.name) - rankIn(order, b.name))}
          labelOf={labelOf}
          format={format}
        />
      )}
    />
  );
}

type TooltipBoxProps = Pick<TooltipContentProps, "active" | "payload" | "label"> & {
  labelOf: (label: unknown) => string;
  format: (entry: TooltipPayloadEntry) => string;
};

/** The tooltip as plain HTML styled by charts.css (the default one hard-codes a white box). */
function TooltipBox({ active, payload, label, labelOf, format }: TooltipBoxProps) {
  if (!active || payload.length === 0) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__label">{labelOf(label)}</p>
      <ul className="chart-tooltip__items">
        {payload.map((entry, index) => (
          <li key={`${String(entry.name)}-${index}`} className="chart-tooltip__item">
            <Swatch colour={entry.color ?? "currentColor"} />
            <span className="chart-tooltip__name">{entry.name}</span>
            <span className="chart-tooltip__value">{format(entry)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Swatch({ colour }: { colour: string }) {
  return (
    <svg
      className="chart-tooltip__swatch"
      width="10"
      height="10"
      viewBox="0 0 10 10"
      aria-hidden="true"
    >
      <rect width="10" height="10" fill={colour} />
    </svg>
  );
}

/** An id usable inside url(#…): React's ids contain characters CSS would need escaped. */
export function useSvgId(prefix: string): string {
  return `${prefix}-${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
}

/** Diagonal stripes of a colour, for parts of a chart that must differ by more than hue (ChartFrame's `patterns`). */
export function Hatch({ id, colour }: { id: string; colour: string }) {
  return (
    <pattern
      id={id}
      width="6"
      height="6"
      patternUnits="userSpaceOnUse"
      patternTransform="rotate(45)"
    >
      <rect width="6" height="6" fill={colour} fillOpacity={0.3} />
      <rect width="3" height="6" fill={colour} />
    </pattern>
  );
}

type SeriesProps = { dataKey: string; name: string };
/** A series' look: its colour and, for lines, its dash pattern. */
type SeriesLook = { colour: string; dash?: string | undefined };

/**
 * A series of expected figures as a line: its colour and its dash pattern. `dots` marks each
 * point, for a series of one point (a one-month horizon), which no line can show.
 */
export function SeriesLine({
  colour,
  dash,
  dataKey,
  name,
  dots = false,
}: SeriesProps & SeriesLook & { dots?: boolean }) {
  return (
    <Line
      type="linear"
      dataKey={dataKey}
      name={name}
      stroke={colour}
      strokeDasharray={dash}
      strokeWidth={LINE_WIDTH}
      dot={dots ? { r: LINE_WIDTH + 2, fill: colour, strokeDasharray: "" } : false}
      isAnimationActive={ANIMATE}
    />
  );
}

/** A series' simulated range as a pale band; dataKey must give [low, high]. */
export function SeriesBand({ colour, dataKey, name }: SeriesProps & SeriesLook) {
  return (
    <Area
      type="linear"
      dataKey={dataKey}
      name={name}
      stroke="none"
      fill={colour}
      fillOpacity={BAND_OPACITY}
      activeDot={false}
      isAnimationActive={ANIMATE}
    />
  );
}

type SideSeriesProps = SeriesProps & { side: Side };

/** One side's expected figures as a line, in the side's colour and dash. */
export function SideLine({ side, ...props }: SideSeriesProps & { dots?: boolean }) {
  return <SeriesLine colour={SIDE_COLOURS[side]} dash={SIDE_DASHES[side]} {...props} />;
}

/** One side's simulated range as a pale band. */
export function SideBand({ side, ...props }: SideSeriesProps) {
  return <SeriesBand colour={SIDE_COLOURS[side]} {...props} />;
}

type MarkerProps = {
  x: number;
  label: string;
  /** Put the label left of the line (near the right edge). */ labelLeft?: boolean;
};

/** A labelled vertical marker: break-even month, crossover size, the current figure. */
export function Marker({ x, label, labelLeft = false }: MarkerProps) {
  return (
    <ReferenceLine
      x={x}
      stroke="currentColor"
      strokeDasharray="3 3"
      label={{
        value: label,
        position: labelLeft ? "insideTopRight" : "insideTopLeft",
        className: "chart-marker__label",
      }}
    />
  );
}
