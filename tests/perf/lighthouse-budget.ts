/**
 * The start-up gate, after `vite build`: `npm run lighthouse`.
 *
 * Each page is measured three times, and so is its reference, alternately (page, reference,
 * page, …): the reference is the same built page with its scripts removed, served with the same
 * headers, so it costs what the machine charges for the HTML and CSS alone at that moment. Load
 * from other work on the machine lengthens both alike; the page's excess over its reference is
 * what its scripts cost. Decisions and budgets: tests/perf/perf-gate.ts.
 *
 * 1. Lighthouse (mobile preset, simulated throttling): total blocking time judged as the median
 *    of the paired runs' excess over the reference; LCP, CLS, accessibility, best practices and
 *    SEO against fixed budgets (the last three from the page's first run, which audits them).
 * 2. Chromium at 4 × CPU throttling, a PerformanceObserver for long tasks installed before the
 *    page's own scripts: the long tasks from navigation until start-up has settled, their count
 *    and the longest, against the reference's.
 *
 * PERF_PLANT_BUSY_MS=120 serves the pages with one more script that keeps the main thread busy
 * that long as the page starts (the built files are unchanged): the gate must fail then.
 * LIGHTHOUSE_PORT (default 4190) and the port after it are the two servers' ports.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromium, type Browser } from "playwright-core";
import { preview, type PreviewServer } from "vite";
import { CHROMIUM_ARGS } from "../../playwright.config.ts";
import { judgePage, type LighthouseFigures, type StartupTasks } from "./perf-gate.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const DIST = resolve(ROOT, "dist");
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4190);
const REFERENCE_PORT = PORT + 1;
/** Runs of each page, and of its reference. */
const RUNS = 3;
const CPU_SLOWDOWN = 4;
const PLANT_BUSY_MS = Number(process.env.PERF_PLANT_BUSY_MS ?? 0);
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

type Page = { name: string; path: string };
/** Pages built from one HTML file, and that file without its scripts: their reference, served at `path`. */
type Group = { file: string; reference: string; pages: Page[] };

const ALL_GROUPS: Group[] = [
  {
    file: "index.html",
    reference: "/",
    pages: [
      { name: "Full app", path: "/" },
      // Rendered in the browser: the prerendered figures are the default scenario's.
      { name: "Shared link", path: "/?seats=40&bfRate=130&issues=0.7" },
    ],
  },
  {
    file: "embed.html",
    reference: "/embed.html?parentOrigin=https%3A%2F%2Fexample.com",
    pages: [{ name: "Embed", path: "/embed.html?parentOrigin=https%3A%2F%2Fexample.com" }],
  },
];
const GROUPS = ALL_GROUPS.filter((group) => existsSync(resolve(DIST, group.file)));
const PAGES = GROUPS.flatMap((group) => group.pages);

/**
 * One round: each page, with its group's reference measured after the group's first page (so
 * next to each page of a group of two). Each page's run is paired with its reference's run of the
 * same round.
 */
async function round<T>(measure: (url: string, page: Page | null) => Promise<T>, into: Map<Page | Group, T[]>): Promise<void> {
  for (const group of GROUPS) {
    for (const [index, page] of group.pages.entries()) {
      into.get(page)!.push(await measure(pageUrl(page.path), page));
      if (index === 0) into.get(group)!.push(await measure(referenceUrl(group.reference), null));
    }
  }
}
const pageUrl = (path: string) => `http://localhost:${PORT}${path}`;
const referenceUrl = (path: string) => `http://localhost:${REFERENCE_PORT}${path}`;
const runsOf = <T>() => new Map<Page | Group, T[]>([...GROUPS, ...PAGES].map((key) => [key, []]));

/**
 * chrome-launcher's flags, less its switching off of RenderDocument, which Chrome has on by
 * default. With it off, Chromium 156 showed about half the loads a second late: their first frame
 * was painted on time and then held, which Lighthouse counted as a slow page.
 */
const LAUNCH_FLAGS = chromeLauncher.Launcher.defaultFlags().map((flag) =>
  flag.startsWith("--disable-features=") ? flag.replace(/,?RenderDocument\b/, "") : flag,
);

/** A copy of the build whose HTML pages are rewritten by `edit`; the caller removes it. */
async function copyOfBuild(name: string, edit: (html: string) => string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `perf-${name}-`));
  await cp(DIST, dir, { recursive: true });
  for (const file of await readdir(dir)) {
    if (!file.endsWith(".html")) continue;
    const path = join(dir, file);
    await writeFile(path, edit(await readFile(path, "utf8")));
  }
  return dir;
}

/** The page without its scripts: no script element, no module preload. */
function withoutScripts(html: string): string {
  return html.replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, "").replace(/<link\b[^>]*rel="modulepreload"[^>]*>\s*/g, "");
}

const PLANTED_SCRIPT = "perf-planted-busy.js";

/** The page with a script that keeps the main thread busy for `ms` as it starts (a module script: it runs once the HTML is parsed). */
function withBusyScript(html: string): string {
  return html.replace("</head>", `<script type="module" src="/${PLANTED_SCRIPT}"></script>\n  </head>`);
}

/** The longest tasks of the run that audited everything, with the script each is attributed to, by address. */
const attributions = new Map<string, string>();

const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"];

async function measureLighthouse(port: number, url: string, allCategories: boolean): Promise<LighthouseFigures> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: allCategories ? ["performance", "accessibility", "best-practices", "seo"] : ["performance"],
    // The other runs need no more than the metrics that make up the performance score.
    ...(allCategories ? {} : { onlyAudits: METRICS }),
    disableFullPageScreenshot: true,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const longTasks = audits["long-tasks"]?.details;
  if (longTasks?.type === "table") {
    const top = longTasks.items.slice(0, 3).map((item) => {
      const url = String(item.url ?? "").replace(/^https?:\/\/localhost:\d+/, "");
      return `${url || "(page)"} ${Math.round(Number(item.duration))} ms`;
    });
    attributions.set(url, top.length > 0 ? top.join(", ") : "none");
  }
  const score = (id: string) => (categories[id] ? Math.round((categories[id].score ?? 0) * 100) : Number.NaN);
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
}

/** Installed before any script of the page: records every long task. Plain JavaScript text. */
const LONG_TASK_PROBE = `
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: "longtask", buffered: true });
`;

/** Start-up has settled once this long has passed with no long task (and the page is ready). */
const QUIET_MS = 1000;
/** The most any load is watched for, from navigation. */
const WATCH_MS = 10_000;

/** Resolves with the long tasks once start-up has settled. Plain JavaScript text. */
const SETTLED = `new Promise((resolve) => {
  const list = window.__longTasks;
  const from = performance.now();
  const check = () => {
    const lastEnd = Math.max(from, ...list.map((task) => task.start + task.duration));
    if (performance.now() - lastEnd >= ${QUIET_MS} || performance.now() >= ${WATCH_MS}) resolve(list);
    else setTimeout(check, 100);
  };
  check();
})`;

async function measureTasks(browser: Browser, url: string, waitForReady: boolean): Promise<StartupTasks> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    await page.addInitScript(LONG_TASK_PROBE);
    await page.goto(url, { waitUntil: "load" });
    if (waitForReady) await page.waitForSelector("html[data-ready]", { state: "attached", timeout: WATCH_MS });
    const tasks = (await page.evaluate(SETTLED)) as { start: number; duration: number }[];
    return {
      count: tasks.length,
      longestMs: Math.max(0, ...tasks.map((task) => task.duration)),
      blockingMs: tasks.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
    };
  } finally {
    await context.close();
  }
}

const began = performance.now();
const seconds = () => `${((performance.now() - began) / 1000).toFixed(0)} s`;

const pageDir = PLANT_BUSY_MS > 0 ? await copyOfBuild("planted", withBusyScript) : DIST;
if (PLANT_BUSY_MS > 0) {
  await writeFile(
    join(pageDir, PLANTED_SCRIPT),
    `const end = performance.now() + ${PLANT_BUSY_MS};\nwhile (performance.now() < end);\n`,
  );
  console.log(`PERF_PLANT_BUSY_MS=${PLANT_BUSY_MS}: every page starts with a ${PLANT_BUSY_MS} ms busy task of a planted script.`);
}
const referenceDir = await copyOfBuild("reference", withoutScripts);
const servers: PreviewServer[] = [];
let failed = false;
try {
  for (const [dir, port] of [
    [pageDir, PORT],
    [referenceDir, REFERENCE_PORT],
  ] as const) {
    servers.push(await preview({ root: ROOT, logLevel: "error", build: { outDir: dir }, preview: { port, strictPort: true } }));
  }
  const lighthouseRuns = runsOf<LighthouseFigures>();
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, ignoreDefaultFlags: true, chromeFlags: [...LAUNCH_FLAGS, ...CHROMIUM_ARGS] });
  try {
    for (let run = 0; run < RUNS; run++) {
      // The first run of each page audits everything; the reference and the other runs need the metrics only.
      await round((url, page) => measureLighthouse(chrome.port, url, run === 0 && page !== null), lighthouseRuns);
    }
  } finally {
    chrome.kill();
  }
  console.log(`Lighthouse, ${RUNS} runs of each page and of its reference: done after ${seconds()}`);

  const taskRuns = runsOf<StartupTasks>();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    for (let run = 0; run < RUNS; run++) await round((url, page) => measureTasks(browser, url, page !== null), taskRuns);
  } finally {
    await browser.close();
  }
  console.log(`Long tasks at ${CPU_SLOWDOWN}× CPU throttling, ${RUNS} loads of each: done after ${seconds()}\n`);

  for (const group of GROUPS) {
    for (const page of group.pages) {
      const runs = lighthouseRuns.get(page)!;
      const verdict = judgePage({
        page: runs,
        reference: lighthouseRuns.get(group)!,
        audited: runs.filter((run) => !Number.isNaN(run.accessibility)),
        tasks: taskRuns.get(page)!,
        referenceTasks: taskRuns.get(group)!,
      });
      console.log(`${page.name} (${page.path})`);
      for (const line of verdict.lines) console.log(`  ${line}`);
      console.log(`  longest tasks of its first Lighthouse run (4× simulated): ${attributions.get(pageUrl(page.path)) ?? "not audited"}`);
      if (verdict.misses.length > 0) {
        failed = true;
        console.error(`  OVER BUDGET: ${verdict.misses.join("; ")}`);
      }
    }
  }
} finally {
  await Promise.all(servers.map((server) => server.close()));
  await rm(referenceDir, { recursive: true, force: true });
  if (pageDir !== DIST) await rm(pageDir, { recursive: true, force: true });
}
console.log(`\n${failed ? "Start-up gate failed" : "Start-up budgets met"} (${seconds()}).`);
if (failed) process.exit(1);
