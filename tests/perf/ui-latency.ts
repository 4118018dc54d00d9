/**
 * Input-to-screen latency at 4× CPU throttling: types into the seats field and drags the seats
 * slider, and for each input event measures the time to the next painted frame that shows
 * updated numbers. Runs the production build and a naive build (every recompute synchronous on
 * the main thread) in the same run and prints both and their ratio.
 *
 * Then, for the heavy scenario in the production build, how long the simulation's bands take to
 * appear after the last keystroke of a new seat count: from that input event to the first painted
 * frame in which the verdict's risk figures are back and nothing on the page is marked busy.
 *
 * `npm run bench:ui` (builds both variants first). Not part of CI: it prints figures, it does not judge.
 * `npm run bench:ui -- --built` measures only this app, as already built in dist, without the bands.
 * The two preview servers listen on BENCH_UI_PORT and the port after it (default 4191).
 */
import { execSync } from "node:child_process";
import { resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { preview } from "vite";
import { CHROMIUM_ARGS } from "../../playwright.config.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const CPU_SLOWDOWN = 4;

const SCENARIOS = [
  { name: "default scenario", query: "" },
  {
    name: "three managed plans",
    query: "?plans=3&msName=Essentials&msSeat=95&msOutside=40&msRate=120&p2.msName=Standard&p2.msSeat=120&p3.msName=Premium&p3.msSeat=160&v=2",
  },
  { name: "heavy scenario (20,000 paths × 120 months)", query: "?paths=20000&months=120&seats=200&endpoints=240&v=1" },
];

const BASE_PORT = Number(process.env.BENCH_UI_PORT ?? 4191);

type Variant = { name: string; outDir: string; port: number };
/** Only this app's build as it is in dist: for comparing a change before and after. */
const BUILT_ONLY = process.argv.includes("--built");

const VARIANTS: Variant[] = [
  { name: "this app", outDir: "dist", port: BASE_PORT },
  ...(BUILT_ONLY ? [] : [{ name: "naive baseline", outDir: "dist-naive", port: BASE_PORT + 1 }]),
];

/**
 * Installed in the page: records, per input event, the time until a frame with new figures is
 * painted. Plain JavaScript text, so the TypeScript runner's helpers never leak into the page.
 */
const PROBE = `
  const samples = [];
  window.latencySamples = samples;
  const headline = () => document.querySelector(".verdict__headline")?.textContent ?? "";
  document.addEventListener("input", (event) => {
    const before = headline();
    const start = event.timeStamp;
    const check = () => {
      if (headline() !== before) {
        // The frame being produced now carries the change; the task after it runs once it is painted.
        requestAnimationFrame(() => setTimeout(() => samples.push(performance.now() - start), 0));
      } else if (performance.now() - start < 5000) {
        requestAnimationFrame(check);
      }
    };
    requestAnimationFrame(check);
  }, true);
`;

async function measure(page: Page, url: string): Promise<number[]> {
  await page.goto(url, { waitUntil: "networkidle" });
  await page.evaluate(PROBE);
  const seats = page.getByRole("textbox", { name: "Staff who use IT" });
  // Typing: select the value and type new seat counts, one key at a time.
  for (const value of ["30", "45", "120", "60"]) {
    await seats.selectText();
    await page.keyboard.type(value, { delay: 120 });
    await page.waitForTimeout(300);
  }
  // Dragging: move the mouse across the seats slider in small steps.
  const slider = page.getByRole("slider", { name: "Staff who use IT (slider)" });
  const box = (await slider.boundingBox())!;
  await page.mouse.move(box.x + 4, box.y + box.height / 2);
  await page.mouse.down();
  for (let step = 1; step <= 30; step++) {
    await page.mouse.move(box.x + 4 + ((box.width - 8) * step) / 30, box.y + box.height / 2);
    await page.waitForTimeout(50);
  }
  await page.mouse.up();
  await page.waitForTimeout(1500);
  return page.evaluate(() => (window as unknown as { latencySamples: number[] }).latencySamples);
}

/**
 * Installed in the page: after each input event, waits for the first frame in which the analysis
 * has caught up (the risk sentence has its figures, no "Updating…", nothing aria-busy) and records
 * the time from the event to that frame's paint. A later input event restarts the wait, so the
 * figure kept is the one after the last keystroke.
 */
const BANDS_PROBE = `
  const caughtUp = () =>
    !document.querySelector(".verdict__updating, [aria-busy='true']") &&
    !(document.querySelector(".verdict__risk")?.textContent ?? "––").includes("––");
  window.bandsLatency = null;
  let latest = 0;
  document.addEventListener("input", (event) => {
    const start = event.timeStamp;
    latest = start;
    window.bandsLatency = null;
    const check = () => {
      if (latest !== start) return;
      if (caughtUp()) {
        requestAnimationFrame(() => setTimeout(() => { if (latest === start) window.bandsLatency = performance.now() - start; }, 0));
      } else if (performance.now() - start < 60000) {
        requestAnimationFrame(check);
      }
    };
    requestAnimationFrame(check);
  }, true);
`;

/** Seat counts typed into the heavy scenario, one measurement each. */
const BANDS_SEATS = ["210", "190", "205"];

async function measureBands(page: Page, url: string): Promise<number[]> {
  await page.goto(url, { waitUntil: "networkidle" });
  await page.evaluate(BANDS_PROBE);
  // The page's own first simulation of the heavy scenario must be done before the first edit.
  await page.waitForFunction(
    () => !(document.querySelector(".verdict__risk")?.textContent ?? "––").includes("––"),
    undefined,
    { timeout: 120_000, polling: 200 },
  );
  const seats = page.getByRole("textbox", { name: "Staff who use IT" });
  const latencies: number[] = [];
  for (const value of BANDS_SEATS) {
    await seats.selectText();
    await page.keyboard.type(value, { delay: 120 });
    await page.waitForFunction(() => (window as unknown as { bandsLatency: number | null }).bandsLatency !== null, undefined, {
      timeout: 120_000,
      polling: 100,
    });
    latencies.push(await page.evaluate(() => (window as unknown as { bandsLatency: number }).bandsLatency));
    await page.waitForTimeout(500);
  }
  return latencies;
}

async function throttledPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  return page;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

if (!BUILT_ONLY) {
  execSync("npx vite build", { cwd: ROOT, stdio: "ignore" });
  execSync("npx vite build", {
    cwd: ROOT,
    stdio: "ignore",
    env: { ...process.env, VITE_NAIVE_MAIN_THREAD: "1", BUILD_OUT_DIR: "dist-naive" },
  });
}

const servers = await Promise.all(
  VARIANTS.map((variant) =>
    preview({ root: ROOT, logLevel: "error", build: { outDir: variant.outDir }, preview: { port: variant.port, strictPort: true } }),
  ),
);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
try {
  console.log(`Input-to-paint latency at ${CPU_SLOWDOWN}× CPU throttling (ms)`);
  console.log("scenario".padEnd(46), "variant".padEnd(16), "events", "median", " worst");
  for (const scenario of SCENARIOS) {
    const medians: number[] = [];
    for (const variant of VARIANTS) {
      const page = await throttledPage(browser);
      const samples = await measure(page, `http://localhost:${variant.port}/${scenario.query}`);
      await page.close();
      const middle = median(samples);
      medians.push(middle);
      console.log(
        scenario.name.padEnd(46),
        variant.name.padEnd(16),
        String(samples.length).padStart(6),
        middle.toFixed(1).padStart(6),
        Math.max(...samples).toFixed(1).padStart(6),
      );
    }
    if (medians.length > 1) console.log(`${"".padEnd(46)} naive ÷ this app (median): ${(medians[1]! / medians[0]!).toFixed(1)}×`);
  }
  if (!BUILT_ONLY) {
    const heavy = SCENARIOS.at(-1)!;
    const page = await throttledPage(browser);
    const bands = await measureBands(page, `http://localhost:${VARIANTS[0]!.port}/${heavy.query}`);
    await page.close();
    console.log(
      `\nBands after the last keystroke, ${heavy.name}, this app, at ${CPU_SLOWDOWN}× CPU throttling (ms):`,
      bands.map((value) => value.toFixed(0)).join(", "),
      `· median ${median(bands).toFixed(0)}`,
    );
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}
