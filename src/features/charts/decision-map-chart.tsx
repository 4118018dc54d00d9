/**
 * Which option costs least for a business of another size, or with more or fewer issues: the
 * decision map drawn as regions, each filled with its option's colour and pattern and labelled
 * with its name, and the scenario's own point marked. Drawn in plain SVG (rectangles placed by
 * percentages, so nothing stretches and no style attribute is written), and as a table of each
 * column's stretches.
 */
import { useMemo } from "react";
import { i18n } from "@lingui/core";
import { msg, plural, t } from "@lingui/core/macro";
import type { DecisionColumn, DecisionMap } from "../../model/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { ChartFrame } from "./chart-frame.tsx";
import { useSvgId } from "./chart-parts.tsx";
import { SeriesLegend, type LegendItem } from "./chart-legend.tsx";
import { chartOptions, type ChartOption } from "./chart-options.ts";
import { niceStep } from "./plain-time-plot.tsx";
import { DataTable } from "./data-table.tsx";

const TITLE = msg`Which option is cheapest`;

/** One column's stretch of one option, in the plot's fractions: x across from the left, y up from the bottom. */
export type Region = { option: number; x0: number; x1: number; y0: number; y1: number };

/**
 * The map's rectangles: each column reaches halfway to its neighbours (the first from no staff,
 * the last to its own seat count), each stretch from its lowest to its highest issue rate.
 */
export function mapRegions(map: DecisionMap): Region[] {
  const { columns, top } = map;
  const largest = columns[columns.length - 1]?.seats ?? 1;
  const regions: Region[] = [];
  columns.forEach((column, index) => {
    const left = index === 0 ? 0 : (columns[index - 1]!.seats + column.seats) / 2;
    const right = index === columns.length - 1 ? column.seats : (column.seats + columns[index + 1]!.seats) / 2;
    for (const segment of column.segments) {
      regions.push({
        option: segment.option,
        x0: left / largest,
        x1: right / largest,
        y0: segment.from / top,
        y1: segment.to / top,
      });
    }
  });
  return regions;
}

/** Room a label needs around its middle, in fractions of the plot: half its height, and half its width per character (sized for a phone's plot). */
const LABEL_HALF_HEIGHT = 0.05;
const LABEL_HALF_WIDTH_PER_CHARACTER = 0.021;

/**
 * Where to write each option's name: in the middle of the tallest stretch around which the
 * option's region holds the whole name; an option whose region is too small for its name is
 * left unlabelled (its pattern, the legend and the table still tell it).
 */
export function regionLabels(
  regions: readonly Region[],
  nameLength: (option: number) => number,
  /** The scenario's own point, which no name may cover. */
  you: { x: number; y: number },
): { option: number; x: number; y: number }[] {
  const labels: { option: number; x: number; y: number }[] = [];
  const options = [...new Set(regions.map((region) => region.option))].sort((a, b) => a - b);
  for (const option of options) {
    const own = regions.filter((region) => region.option === option);
    const halfWidth = 0.02 + nameLength(option) * LABEL_HALF_WIDTH_PER_CHARACTER;
    let best: { x: number; y: number; height: number } | null = null;
    for (const region of own) {
      const x = (region.x0 + region.x1) / 2;
      const height = region.y1 - region.y0;
      if (height < 2 * LABEL_HALF_HEIGHT || x - halfWidth < 0 || x + halfWidth > 1) continue;
      // Of equally tall stretches, the one nearest the middle.
      if (best && (height < best.height - 1e-9 || (height <= best.height + 1e-9 && Math.abs(x - 0.5) >= Math.abs(best.x - 0.5)))) continue;
      // The stretch's middle, or else just above or below the scenario's own point.
      const clear = 3 * LABEL_HALF_HEIGHT;
      const y = [(region.y0 + region.y1) / 2, you.y + clear, you.y - clear].find(
        (at) =>
          at - LABEL_HALF_HEIGHT >= region.y0 &&
          at + LABEL_HALF_HEIGHT <= region.y1 &&
          !(Math.abs(x - you.x) < halfWidth + 0.08 && Math.abs(at - you.y) < 2 * LABEL_HALF_HEIGHT),
      );
      if (y === undefined) continue;
      // Every column under the name must be this option's from just below it to just above it.
      const fits = regions
        .filter((other) => other.x1 > x - halfWidth && other.x0 < x + halfWidth)
        .filter((other) => other.y1 > y - LABEL_HALF_HEIGHT && other.y0 < y + LABEL_HALF_HEIGHT)
        .every((other) => other.option === option);
      if (fits) best = { x, y, height };
    }
    if (best) labels.push({ option, x: best.x, y: best.y });
  }
  return labels;
}

/** An issue rate as the axis and the table write it: at most two decimals. */
export function formatRate(rate: number): string {
  return formatNumber(rate, 2);
}

/** One column's stretches in words: "From 0 to 0.42: Break-fix; from 0.42 to 1.6: Standard". */
export function columnInWords(column: DecisionColumn, options: readonly ChartOption[]): string {
  return column.segments
    .map((segment, index) => {
      const option = segment.option;
      const name = options[option]?.name ?? t`Option ${option}`;
      const from = formatRate(segment.from);
      const to = formatRate(segment.to);
      // The first stretch starts the cell, the others follow it after a semicolon.
      return index === 0
        ? t({ message: `From ${from} to ${to}: ${name}`, comment: "from, to: issues per person per month; name: the option that costs least" })
        : t({ message: `from ${from} to ${to}: ${name}`, comment: "from, to: issues per person per month; name: the option that costs least" });
    })
    .join("; ");
}

/** Ticks from 0 by a round step, none past `top`. */
function ticksUpTo(top: number, count = 5): number[] {
  const step = niceStep(top, count);
  const ticks: number[] = [];
  for (let index = 0; step * index <= top * (1 + 1e-9); index++) ticks.push(Number((step * index).toPrecision(12)));
  return ticks;
}

const percent = (fraction: number) => `${+(fraction * 100).toFixed(3)}%`;

type DecisionMapChartProps = {
  map: DecisionMap | null;
  /** The plans' names, plan 1 first, of the scenario the map was worked out for. */
  planNames: readonly string[];
  /** The scenario's own size and issue rate, marked on the map. */
  seats: number;
  issues: number;
  /** The option that costs least for the scenario itself (0 break-fix, k plan k), and over how many months. */
  cheapest: string;
  months: number;
  busy: boolean;
  waiting: string | null;
};

export function DecisionMapChart({
  map,
  planNames,
  seats,
  issues,
  cheapest,
  months,
  busy,
  waiting,
}: DecisionMapChartProps) {
  const options = useMemo(() => chartOptions(planNames), [planNames]);
  const idPrefix = useSvgId("option-fill");
  const fills = options.map((_, index) => `${idPrefix}-${index}`);
  const legend: LegendItem[] = options.map((option, index) => ({
    id: option.key,
    name: option.name,
    colour: `url(#${fills[index]})`,
    look: "block",
  }));
  const rate = formatRate(issues);
  const top = map ? formatRate(map.top) : "";

  return (
    <ChartFrame
      title={i18n._(TITLE)}
      busy={busy}
      waiting={map ? waiting : (waiting ?? t`Simulating…`)}
      summary={t({
        message: `The option that costs least over ${plural(months, { one: "# month", other: "# months" })}, for each number of staff and rate of issues. For you (${plural(seats, { one: "# staff", other: "# staff" })}, ${rate} issues per person a month): ${cheapest}.`,
        comment: "cheapest: the name of the option that costs least for the user's own business",
      })}
      legend={<SeriesLegend items={legend} />}
      patterns={options.map((option, index) => (
        <OptionFill key={option.key} id={fills[index]!} option={index} colour={option.colour} />
      ))}
      renderChart={() => (map ? <MapPlot map={map} options={options} fills={fills} seats={seats} issues={issues} /> : null)}
      renderTable={() =>
        map ? (
          <DataTable
            caption={t`The option that costs least over ${plural(months, { one: "# month", other: "# months" })}, by number of staff, for issues per person per month from 0 to ${top}`}
            rowHeader={{ header: t`Staff who use IT`, cell: (column) => String(column.seats) }}
            columns={[
              {
                header: t`Cheapest option, by issues per person per month`,
                cell: (column) => columnInWords(column, options),
              },
            ]}
            rows={map.columns}
          />
        ) : null
      }
    />
  );
}

type MapPlotProps = {
  map: DecisionMap;
  options: readonly ChartOption[];
  fills: readonly string[];
  seats: number;
  issues: number;
};

function MapPlot({ map, options, fills, seats, issues }: MapPlotProps) {
  const regions = useMemo(() => mapRegions(map), [map]);
  const largest = map.columns[map.columns.length - 1]?.seats ?? 1;
  const rateTicks = ticksUpTo(map.top);
  const staffTicks = ticksUpTo(largest).filter((tick) => Number.isInteger(tick));
  // An older map may not reach the scenario's own point: it is kept at the edge.
  const you = useMemo(
    () => ({ x: Math.min(1, seats / largest), y: Math.min(1, issues / map.top) }),
    [seats, largest, issues, map.top],
  );
  const youOnRight = you.x > 0.5;
  const labels = useMemo(
    () => regionLabels(regions, (option) => options[option]?.name.length ?? 0, you),
    [regions, options, you],
  );
  const shown = [...new Set(regions.map((region) => region.option))].sort((a, b) => a - b);
  const title = i18n._(TITLE);
  const names = shown.map((option) => options[option]?.name ?? "").join(", ");
  const count = shown.length;
  const description = plural(count, {
    one: `${title}: regions where ${names} costs least, with your business marked`,
    other: `${title}: regions where ${names} cost least, with your business marked`,
  });

  return (
    <div className="plain-plot decision-map" role="img" aria-label={description}>
      <svg className="plain-plot__area" aria-hidden="true">
        {regions.map((region, index) => (
          <rect
            key={index}
            className="decision-map__region"
            x={percent(region.x0)}
            width={percent(region.x1 - region.x0)}
            y={percent(1 - region.y1)}
            height={percent(region.y1 - region.y0)}
            fill={`url(#${fills[region.option]})`}
          />
        ))}
        <line className="plain-plot__axis" x1="0" x2="0" y1="0" y2="100%" />
        <line className="plain-plot__axis" x1="0" x2="100%" y1="100%" y2="100%" />
        {labels.map(({ option, x, y }) => (
          <text
            key={option}
            className="decision-map__label"
            x={percent(x)}
            y={percent(1 - y)}
            dy="0.35em"
            textAnchor="middle"
          >
            {options[option]?.name}
          </text>
        ))}
        <circle className="decision-map__you" cx={percent(you.x)} cy={percent(1 - you.y)} r="6" />
        <text
          className="decision-map__you-label"
          x={percent(you.x)}
          dx={youOnRight ? -10 : 10}
          y={percent(1 - you.y)}
          dy={you.y > 0.9 ? "1.1em" : "-0.5em"}
          textAnchor={youOnRight ? "end" : "start"}
        >
          {t({ message: "You", comment: "the mark of the user's own business on the map of which option costs least" })}
        </text>
      </svg>
      <svg className="plain-plot__y-ticks" aria-hidden="true">
        {rateTicks.map((tick) => (
          <text key={tick} x="100%" dx="-8" y={percent(1 - tick / map.top)} dy="0.355em" textAnchor="end">
            {formatRate(tick)}
          </text>
        ))}
      </svg>
      <svg className="plain-plot__x-ticks" aria-hidden="true">
        {staffTicks.map((tick) => (
          <text key={tick} x={percent(tick / largest)} y="10" dy="0.71em" textAnchor="middle">
            {tick}
          </text>
        ))}
        <text className="plain-plot__axis-title" x="50%" y="100%" dy="-2" textAnchor="middle">
          {t`Staff who use IT (people)`}
        </text>
      </svg>
      <span className="plain-plot__y-title" aria-hidden="true">
        {t`Issues per person per month`}
      </span>
    </div>
  );
}

/**
 * An option's fill: a pale wash of its colour under marks of its own (stripes, none, dots,
 * cross-hatching, bars), so no two regions differ by colour alone.
 */
function OptionFill({ id, option, colour }: { id: string; option: number; colour: string }) {
  return (
    <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse">
      <rect width="8" height="8" fill={colour} fillOpacity={0.22} />
      {option === 0 ? <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={colour} strokeWidth="1.5" /> : null}
      {option === 2 ? <circle cx="4" cy="4" r="1.6" fill={colour} /> : null}
      {option === 3 ? <path d="M0,4 h8 M4,0 v8" stroke={colour} strokeWidth="1" /> : null}
      {option === 4 ? <path d="M0,2 h8 M0,6 h8" stroke={colour} strokeWidth="1.2" /> : null}
    </pattern>
  );
}
