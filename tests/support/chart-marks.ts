/**
 * What a chart draws its figures with: lines, their points, bands and bars. Not what Recharts
 * draws under the pointer (the grey cursor band or line and the highlighted points), which
 * shows wherever a pointer happens to rest and says nothing about the figures.
 */
export const DATA_MARKS = [
  "path.recharts-curve",
  "circle.recharts-dot",
  ".recharts-area-area",
  "path.recharts-rectangle",
]
  .map((mark) => `${mark}:not(.recharts-tooltip-cursor, .recharts-active-dot *)`)
  .join(", ");

/** The calculator's charts, by their headings, in the order of the page. */
export const CHART_TITLES = [
  "Cost per month",
  "Total cost to date",
  "What makes up each month’s cost",
  "Cost by size of business",
  "Which option is cheapest",
  "Which assumptions matter most",
] as const;

/** Charts drawn as plain SVG rather than with Recharts, and what they draw their figures with. */
export const PLAIN_CHART_MARKS: Readonly<Partial<Record<(typeof CHART_TITLES)[number], string>>> = {
  "Which option is cheapest": ".decision-map__region",
};
