/**
 * Chart legends, drawn as HTML above each plot. Free of Recharts, so a chart can show its legend
 * (and its plain first drawing) before Recharts has loaded.
 */
import { BAND_OPACITY, LINE_WIDTH, SIDE_COLOURS, SIDE_DASHES, type Side } from "./chart-theme.ts";
import type { ChartOption } from "./chart-options.ts";

/** How a series looks, for its legend entry. */
export type LegendItem = {
  name: string;
  /** Tells entries apart where two may share a name (plans are named by the user). */
  id?: string;
  colour: string;
  look: "line" | "band" | "block";
  dash?: string | undefined;
  /** Not drawn yet (bands before the simulation): the entry keeps its room, so nothing moves when it comes. */
  pending?: boolean;
};

/**
 * The legend as HTML above the plot, not inside it: on a phone a wrapped legend would otherwise
 * eat the plot's fixed height.
 */
export function SeriesLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li
          key={item.id ?? item.name}
          className={item.pending ? "chart-legend__item chart-legend__item--pending" : "chart-legend__item"}
          aria-hidden={item.pending || undefined}
        >
          <svg
            className="chart-legend__swatch"
            width="24"
            height="12"
            viewBox="0 0 24 12"
            aria-hidden="true"
          >
            {item.look === "line" ? (
              <line
                x1="0"
                y1="6"
                x2="24"
                y2="6"
                stroke={item.colour}
                strokeWidth={LINE_WIDTH + 1}
                strokeDasharray={item.dash}
              />
            ) : (
              <rect
                x="4"
                y="0"
                width="16"
                height="12"
                fill={item.colour}
                fillOpacity={item.look === "band" ? BAND_OPACITY * 2 : 1}
              />
            )}
          </svg>
          {item.name}
        </li>
      ))}
    </ul>
  );
}

/** The names of a chart's series in legend order, for the tooltip to follow. */
export function legendOrder(items: readonly LegendItem[]): string[] {
  return items.map((item) => item.name);
}

export function sideLineItem(side: Side, name: string): LegendItem {
  return { name, colour: SIDE_COLOURS[side], look: "line", dash: SIDE_DASHES[side] };
}

export function sideBandItem(side: Side, name: string, pending = false): LegendItem {
  return { name, colour: SIDE_COLOURS[side], look: "band", pending };
}

/** An option's line, named `name` (its own name by default). */
export function optionLineItem(option: ChartOption, name = option.name): LegendItem {
  return { id: option.key, name, colour: option.colour, look: "line", dash: option.dash };
}
