/**
 * Input-to-screen latency at 4× CPU throttling: types into the seats field and drags the seats
 * slider, and for each input event measures the time to the next painted frame that shows
 * updated numbers. Runs the production build and a naive build (every recompute synchronous on
 * the main thread) in the same run and prints both and their ratio.
 *
 * `npm run bench:ui` (builds both variants first). Not part of CI: it prints figures, it does not judge.
 */
import { execSync } from "node:child_process";
import { resolve } from "node:path";
import { chromium, type Page } from "playwright-core";
import { preview } from "vite";
import { CHROMIUM_ARGS } from "../../playwright.config.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const CPU_SLOWDOWN = 4;

const SCENARIOS = [
  { name: "default scenario", query: "" },
  { name: "heavy scenario (20,000 paths × 120 months)", query: "?paths=20000&months=120&seats=200&endpoints=240&v=1" },
];

type Variant = { name: string; outDir: string; port: number };
const VARIANTS: Variant[] = [
  { name: "this app", outDir: "dist", port: 4191 },
  { name: "naive baseline", outDir: "dist-naive", port: 4192 },
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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

execSync("npx vite build", { cwd: ROOT, stdio: "ignore" });
execSync("npx vite build", {
  cwd: ROOT,
  stdio: "ignore",
  env: { ...process.env, VITE_NAIVE_MAIN_THREAD: "1", BUILD_OUT_DIR: "dist-naive" },
});

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
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
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
    console.log(`${"".padEnd(46)} naive ÷ this app (median): ${(medians[1]! / medians[0]!).toFixed(1)}×`);
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((server) => server.close()));
}
