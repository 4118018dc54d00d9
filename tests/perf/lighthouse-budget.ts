/**
 * Lighthouse (mobile preset, simulated throttling) against the production build served by
 * `vite preview`: each page once, judged on its accessibility, best practices, SEO and layout
 * shift. Its performance score, blocking time and largest paint are printed, not judged:
 * Lighthouse multiplies the main thread's time by 4 and profiles it as it goes, so its timings
 * swing with the machine's load. Start-up's timings are judged by `npm run startup`
 * (startup-gate.ts), against a reference measured in the same run. Run after `vite build`:
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

type Figures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  tbtMs: number;
  lcpMs: number;
  cls: number;
};

/** Budgets: scores out of 100. `min` must be reached, `max` not exceeded. */
const BUDGETS: { key: keyof Figures; min?: number; max?: number }[] = [
  { key: "accessibility", min: 100 },
  { key: "bestPractices", min: 100 },
  { key: "seo", min: 95 },
  { key: "cls", max: 0.01 },
];

type Page = { name: string; path: string };

/** The English pages (the default page, a shared link, which is drawn in the browser, the embed) and each language's. */
const ALL_PAGES: Page[] = [
  { name: "Full app", path: "/" },
  { name: "Shared link", path: "/?seats=40&bfRate=130&issues=0.7" },
  { name: "Embed", path: "/embed.html?parentOrigin=https%3A%2F%2Fexample.com" },
  ...["de", "fr", "es", "nl"].map((locale) => ({ name: `/${locale}/`, path: `/${locale}/` })),
];

/** `LIGHTHOUSE_ONLY="Full app,Embed"`: those pages alone. */
const ONLY = process.env.LIGHTHOUSE_ONLY?.split(",");

const PAGES = ALL_PAGES.filter(
  (page) => existsSync(resolve(ROOT, "dist", page.path.slice(1).split("?")[0]!)) && (!ONLY || ONLY.includes(page.name)),
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
try {
  for (const page of PAGES) {
    const figures = await measure(`http://localhost:${PORT}${page.path}`);
    console.log(`${page.name}: ${describe(figures)}`);
    const missed = misses(figures);
    if (missed.length > 0) {
      failed = true;
      console.error(`  OVER BUDGET: ${missed.join(", ")}`);
    }
  }
} finally {
  await server.close();
}
if (failed) process.exit(1);
console.log("Lighthouse budgets met.");
