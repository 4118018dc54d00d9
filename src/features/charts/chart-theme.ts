/**
 * The look shared by every chart: colours, line styles and series names. Colours are CSS custom
 * properties defined in charts.css, so the stylesheet can adapt them to a dark background; line
 * dashes and hatching make sure colour is never the only way to tell two series apart.
 */
import { t } from "@lingui/core/macro";
import { defaultPlanName } from "../../model/index.ts";
import { defaultPlanTitle } from "../../i18n/plan-names.ts";

export type Side = "breakFix" | "managed";

/** Break-fix's name in legends, tables and labels. (The plans' names, the model's default one included, are data.) */
export function breakFixName(): string {
  return t({ message: "Break-fix", comment: "IT support paid by the hour when something breaks, as opposed to a managed plan" });
}

/** True while a plan has the name plan 1 has when nobody named it: the model's, or as the page shows it. */
export function isDefaultPlanName(name: string): boolean {
  return name === defaultPlanName(1) || name === defaultPlanTitle(1);
}

/** Okabe–Ito vermillion and blue (fallbacks in charts.css): distinct for every common colour-vision deficiency. */
export const SIDE_COLOURS: Readonly<Record<Side, string>> = {
  breakFix: "var(--chart-bf)",
  managed: "var(--chart-ms)",
};

/** Break-fix is drawn dashed (its bill is irregular), managed solid (a flat fee). */
export const SIDE_DASHES: Readonly<Record<Side, string | undefined>> = {
  breakFix: "7 4",
  managed: undefined,
};

/**
 * The managed plans' looks, plan 1 first: plan 1 is managed's blue and solid line (so a scenario
 * of one plan looks as it always has); plans 2–4 take Okabe–Ito's bluish green, reddish purple
 * and a neutral, each with a dash pattern of its own so colour is never the only difference.
 */
export const PLAN_COLOURS: readonly string[] = [
  "var(--chart-ms)",
  "var(--chart-p2)",
  "var(--chart-p3)",
  "var(--chart-p4)",
];

export const PLAN_DASHES: readonly (string | undefined)[] = [undefined, "2 3", "10 3 2 3", "14 3 2 3 2 3"];

/** Plan k's (1-based) colour and dash. */
export function planColour(plan: number): string {
  return PLAN_COLOURS[plan - 1] ?? PLAN_COLOURS[0]!;
}

export function planDash(plan: number): string | undefined {
  return PLAN_DASHES[plan - 1];
}

/** The same plan's colour paler and stronger, for the parts of its bill (defined in charts.css). */
export function planShade(plan: number, shade: "pale" | "strong"): string {
  return `var(--chart-p${plan}-${shade})`;
}

/** How a sentence speaks of a plan: the model's default name for plan 1 is written as a common noun ("managed"). */
export function planInSentence(name: string): string {
  return isDefaultPlanName(name)
    ? t({ message: "managed", comment: "managed support (a flat-fee plan) named in the middle of a sentence" })
    : name;
}

/** Shades of each side for the parts of a bill, told apart by lightness as well as hue. */
export const PART_COLOURS = {
  labour: "var(--chart-bf)",
  afterHoursPremium: "var(--chart-bf-strong)",
  callOutFees: "var(--chart-bf-pale)",
  fee: "var(--chart-ms)",
  onboarding: "var(--chart-ms-pale)",
} as const;

/** The two directions of the tornado chart (Paul Tol's muted green and purple). */
export const CHANGE_COLOURS = {
  lower: "var(--chart-lower)",
  higher: "var(--chart-higher)",
} as const;

export const LINE_WIDTH = 2;
export const BAND_OPACITY = 0.18;

/**
 * Charts redraw on every keystroke in the inputs; animating each redraw would make the figures
 * lag behind the numbers being typed.
 */
export const ANIMATE = false;

const CHART_MARGIN = { top: 16, right: 16, bottom: 8, left: 8 };

/**
 * What every Recharts chart element is given: it fills the plot box (whose height charts.css
 * fixes) and follows its width; its accessible name is the chart's title. An aria-label, not an
 * SVG <title>, which browsers would also show as a second tooltip.
 */
export function chartBase(title: string) {
  return {
    "aria-label": title,
    responsive: true,
    width: "100%",
    height: "100%",
    margin: CHART_MARGIN,
  } as const;
}
