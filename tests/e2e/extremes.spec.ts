/**
 * Extreme but valid scenarios: every input at the bottom of its range, and every input at the top
 * (5,000 seats, 20,000 endpoints, 1,000 servers, 120 months, 20,000 simulated paths…). The page
 * stays responsive while the simulation runs in its worker, every figure is a finite number, and
 * every chart draws, with the monthly table holding one row per month.
 */
import { expect, test, type Page } from "@playwright/test";
import { guardPage, openApp } from "./support/guards.ts";
import { INPUTS } from "../../src/model/inputs.ts";
import { CHART_TITLES, DATA_MARKS, PLAIN_CHART_MARKS } from "../support/chart-marks.ts";

declare global {
  interface Window {
    __verdictChangedAt?: number;
    __longestGapMs?: number;
    __stopGapWatch?: () => void;
  }
}

/** A link with every input at one end of its range; the downtime switch off at the bottom, on at the top. */
function extremeLink(end: "min" | "max"): string {
  const params = new URLSearchParams();
  for (const def of INPUTS) {
    if (def.kind === "number") params.set(def.key, String(def[end]));
    else if (def.kind === "boolean") params.set(def.key, end === "min" ? "0" : "1");
  }
  params.set("v", "1");
  return `/?${params.toString()}`;
}

/** What must never stand where a figure belongs. */
const NOT_A_NUMBER = /NaN|Infinity|undefined|null|–|\de[+-]\d/;

/** Waits for the simulation's figures: its sentences stand as greyed placeholders until then. */
async function waitForSimulation(page: Page, timeout: number) {
  await expect(page.locator(".verdict .muted")).toHaveCount(0, { timeout });
  await expect(page.locator(".verdict__updating")).toHaveCount(0, { timeout });
}

async function expectFiniteFigures(page: Page) {
  const verdict = (await page.locator(".verdict").textContent()) ?? "";
  expect(verdict, verdict).not.toMatch(NOT_A_NUMBER);
  expect(verdict).toMatch(/In \d+% of [\d,]+ simulated futures/);
  const amounts = await page.locator(".totals__table tbody td:not(:last-child)").allTextContents();
  expect(amounts.length).toBeGreaterThan(0);
  for (const amount of amounts) expect(amount).toMatch(/^\$[\d,]+$/);
  for (const month of await page.locator(".totals__table tbody td:last-child").allTextContents()) {
    expect(month).toMatch(/^(—|none|month \d+)$/);
  }
}

/**
 * Scrolls to each chart and points at it: its heading shows, its plot has drawn lines, points or
 * bars, its tick labels are numbers that neither run off the plot nor cover each other or the
 * axis title. `allZero` names charts whose figures are all zero, which draw axes and nothing on
 * them. Every chart is pointed at, so what Recharts draws under the pointer is there on every
 * machine, and never counted as a figure (where a pointer left over one chart comes to rest
 * after scrolling depends on the page's layout, so on its fonts).
 */
async function expectChartsDrawn(page: Page, allZero: readonly string[] = []) {
  for (const title of CHART_TITLES) {
    const chart = page.getByRole("region", { name: title });
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.getByRole("heading", { name: title })).toBeVisible();
    await expect(chart.locator(".chart__placeholder")).toHaveCount(0, { timeout: 30_000 });
    const plainMarks = PLAIN_CHART_MARKS[title];
    if (plainMarks) {
      // Drawn without Recharts: its regions, and tick labels that are plain text.
      await expect.poll(() => chart.locator(plainMarks).count(), { timeout: 15_000 }).toBeGreaterThan(0);
      const plainTicks = await chart.locator(".plain-plot__y-ticks text, .plain-plot__x-ticks text").allTextContents();
      expect(plainTicks.length, `ticks of “${title}”`).toBeGreaterThan(0);
      for (const tick of plainTicks) expect(tick, `a tick of “${title}”`).not.toMatch(NOT_A_NUMBER);
      continue;
    }
    // The charts over time are drawn plain until pointed at: pointing makes Recharts draw them too.
    await chart.locator(".chart__plot").hover();
    await expect(chart.locator(".recharts-surface")).toBeVisible({ timeout: 15_000 });
    const marks = chart.locator(".recharts-surface").locator(DATA_MARKS);
    if (allZero.includes(title)) await expect(marks).toHaveCount(0);
    else await expect.poll(() => marks.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const ticks = await chart.locator(".recharts-cartesian-axis-tick-value").allTextContents();
    expect(ticks.length, `ticks of “${title}”`).toBeGreaterThan(0);
    for (const tick of ticks) expect(tick, `a tick of “${title}”`).not.toMatch(NOT_A_NUMBER);
    expect(await chart.evaluate(axisOverlaps), `“${title}” axes`).toEqual([]);
  }
}

/**
 * Runs in the page on a chart's section: tick labels that run off the chart's left edge, cover
 * an axis title or marker label, or cover one another. (Recharts draws tick labels in a layer of
 * their own, apart from their axis, so they are measured against every label of the chart.)
 */
function axisOverlaps(chart: Element): string[] {
  const problems: string[] = [];
  const surface = chart.querySelector(".recharts-surface")!.getBoundingClientRect();
  const overlap = (a: DOMRect, b: DOMRect) =>
    a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
  const ticks = [...chart.querySelectorAll(".recharts-cartesian-axis-tick-value")].map((tick) => ({
    text: tick.textContent ?? "",
    box: tick.getBoundingClientRect(),
  }));
  const labels = [...chart.querySelectorAll(".recharts-label")].map((label) => ({
    text: label.textContent ?? "",
    box: label.getBoundingClientRect(),
  }));
  for (const [index, tick] of ticks.entries()) {
    if (tick.box.left < surface.left - 1) problems.push(`${tick.text} runs off the left edge`);
    if (tick.box.right > surface.right + 1) problems.push(`${tick.text} runs off the right edge`);
    for (const label of labels) {
      if (overlap(tick.box, label.box)) problems.push(`${tick.text} covers “${label.text}”`);
    }
    for (const other of ticks.slice(index + 1)) {
      if (overlap(tick.box, other.box)) problems.push(`${tick.text} covers ${other.text}`);
    }
  }
  return problems;
}

async function monthlyTableRows(page: Page): Promise<number> {
  const monthly = page.getByRole("region", { name: "Cost per month" });
  await monthly.scrollIntoViewIfNeeded();
  await monthly.getByRole("button", { name: "Show as table" }).click();
  const rows = monthly.getByRole("table").locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const cells = (await monthly.getByRole("table").locator("tbody").textContent()) ?? "";
  expect(cells).not.toMatch(NOT_A_NUMBER);
  const count = await rows.count();
  await monthly.getByRole("button", { name: "Show as table" }).click();
  return count;
}

test.use({ viewport: { width: 1280, height: 900 } });

test("every input at its minimum: finite figures, charts drawn, one table row for the one month", async ({
  page,
}, testInfo) => {
  const guard = await guardPage(page);
  await openApp(page, extremeLink("min"));
  await expect(page.locator(".notice")).toHaveCount(0);
  await waitForSimulation(page, 15_000);
  await expect(page.locator(".verdict__headline")).toHaveText("Both cost the same over 1 month.");
  await expectFiniteFigures(page);
  // Nothing breaks and nothing is paid: no bars to stack, no input that changes the difference.
  await expectChartsDrawn(page, [
    "What makes up each month’s cost",
    "Which assumptions matter most",
  ]);
  // A horizon of one month is one point on each line, drawn as a dot.
  expect(
    await page
      .getByRole("region", { name: "Cost per month" })
      .locator("circle.recharts-dot")
      .count(),
  ).toBeGreaterThanOrEqual(2);
  await expect(page.getByRole("region", { name: "Total cost to date" })).toContainText(
    "Both cost the same to date in every month.",
  );
  expect(await monthlyTableRows(page)).toBe(1);
  await page.screenshot({ path: testInfo.outputPath("extremes-min-1280.png"), fullPage: true });
  guard.expectClean();
});

test("every input at its maximum: the page answers typing while 20,000 paths are simulated, and every figure and chart holds", async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  const guard = await guardPage(page);
  await openApp(page, extremeLink("max"));
  await expect(page.locator(".notice")).toHaveCount(0);
  const seats = page.getByRole("textbox", { name: "Staff who use IT" });
  await expect(seats).toHaveValue("5000");
  await expect(page.locator(".verdict__headline")).toContainText("over 120 months");

  // While the simulation runs: how long the main thread is ever kept from its timers, and how
  // long one keystroke takes to reach the verdict.
  await page.evaluate(() => {
    const headline = document.querySelector(".verdict__headline")!;
    new MutationObserver(() => {
      window.__verdictChangedAt ??= performance.now();
    }).observe(headline, { childList: true, characterData: true, subtree: true });
    let last = performance.now();
    window.__longestGapMs = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      window.__longestGapMs = Math.max(window.__longestGapMs ?? 0, now - last);
      last = now;
    }, 20);
    window.__stopGapWatch = () => clearInterval(timer);
  });
  await expect(page.locator(".verdict .muted").first()).toBeVisible();
  const typedAt = await page.evaluate(() => performance.now());
  await seats.fill("4000");
  await page.waitForFunction(() => window.__verdictChangedAt !== undefined, undefined, {
    timeout: 5_000,
  });
  const latencyMs = (await page.evaluate(() => window.__verdictChangedAt!)) - typedAt;
  // The verdict answered before the simulation it interrupted had finished.
  await expect(page.locator(".verdict .muted").first()).toBeVisible();
  testInfo.annotations.push({ type: "typing latency", description: `${Math.round(latencyMs)} ms` });
  expect(latencyMs).toBeLessThan(3_000);

  const simulationStarted = Date.now();
  await waitForSimulation(page, 120_000);
  const longestGap = await page.evaluate(() => {
    window.__stopGapWatch?.();
    return window.__longestGapMs ?? 0;
  });
  testInfo.annotations.push({
    type: "simulation",
    description: `${Date.now() - simulationStarted} ms; longest main-thread gap ${Math.round(longestGap)} ms`,
  });
  expect(longestGap).toBeLessThan(1_000);

  await expect(page.locator(".verdict__headline")).toContainText("over 120 months");
  await expectFiniteFigures(page);
  await expectChartsDrawn(page);
  expect(await monthlyTableRows(page)).toBe(120);

  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: testInfo.outputPath("extremes-max-1280.png"), fullPage: true });
  for (const [index, title] of CHART_TITLES.entries()) {
    await page
      .getByRole("region", { name: title })
      .screenshot({ path: testInfo.outputPath(`extremes-max-chart-${index + 1}.png`) });
  }
  guard.expectClean();
});
