/**
 * A scenario of three managed plans, through everything that leaves the page: the CSV, the
 * printout's first page and presenter mode; and a plan named like markup, shown as text everywhere.
 */
import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { guardPage, openApp } from "./support/guards.ts";
import { pdfPageText } from "./support/pdf.ts";
import { computeCosts, parseScenario } from "../../src/model/index.ts";
import { formatMoney } from "../../src/lib/format.ts";

const THREE_PLANS =
  "/?plans=3&msName=Essentials&msSeat=95&msOutside=40&msRate=120&p2.msName=Standard&p2.msSeat=120&p3.msName=Premium&p3.msSeat=160&p3.msFewer=60&p3.msWait=0.5";
const HOSTILE_NAME = "<img src=x onerror=alert(1)>";
const HOSTILE = THREE_PLANS.replace("p2.msName=Standard", `p2.msName=${encodeURIComponent(HOSTILE_NAME)}`);

/** The model's figures for a link, to check the page against. */
function costsOf(link: string) {
  return computeCosts(parseScenario(new URLSearchParams(link.slice(2))).scenario);
}

/** Stands in for the print dialog, as pitch.spec.ts does: counts print() calls, keeps the page prepared. */
async function stubPrintDialog(page: Page) {
  await page.addInitScript(() => {
    window.print = () => {
      const root = document.documentElement;
      root.dataset.printCalls = String(Number(root.dataset.printCalls ?? 0) + 1);
      setTimeout(() => root.classList.add("print-preparing"));
    };
  });
}

async function printFirstPage(page: Page, path: string): Promise<string> {
  await page.getByRole("button", { name: "Print / save as PDF" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-print-calls", "1", { timeout: 15_000 });
  await page.emulateMedia({ media: "print" });
  await page.pdf({ path, format: "A4", pageRanges: "1" });
  await page.emulateMedia({ media: "screen" });
  return pdfPageText(path, 1);
}

test("three plans: the CSV holds every plan's months under its own columns, naming each plan", async ({ page }, testInfo) => {
  const guard = await guardPage(page);
  await openApp(page, THREE_PLANS);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download monthly figures (CSV)" }).click(),
  ]);
  const path = testInfo.outputPath("three-plans.csv");
  await download.saveAs(path);
  const lines = readFileSync(path, "utf8").split("\r\n");
  expect(lines[0]).toMatch(/^# http:\/\/localhost:\d+\/\?.*plans=3/);
  expect(lines[1]).toBe('# plans,"Essentials","Standard","Premium"');
  expect(lines[2]).toBe("# managed.* columns are plan,1");
  const header = lines[3]!.split(",");
  for (const plan of [1, 2, 3]) for (const field of ["fee", "outsideWork", "total", "cumulative"]) expect(header).toContain(`plan${plan}.${field}`);
  expect(header).not.toContain("plan4.total");
  const rows = lines.slice(4).filter((line) => line !== "").map((line) => line.split(","));
  expect(rows).toHaveLength(36);
  const cell = (row: string[], column: string) => Number(row[header.indexOf(column)]);
  const costs = costsOf(THREE_PLANS);
  for (const plan of [1, 2, 3]) expect(cell(rows[35]!, `plan${plan}.cumulative`)).toBeCloseTo(costs.plans[plan - 1]!.total, 1);
  // Essentials bills 40 % of its calls outside the fee; the others bill none.
  expect(cell(rows[0]!, "plan1.outsideWork")).toBeGreaterThan(0);
  expect(cell(rows[0]!, "plan2.outsideWork")).toBe(0);
  await expect(page.getByRole("status").filter({ hasText: "Downloaded it-support-costs-" })).toContainText("36 months of break-fix and 3 managed plans");
  guard.expectClean();
});

test("three plans: the printout's first page lists every option with its total and names the cheapest", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const guard = await guardPage(page);
  await stubPrintDialog(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, THREE_PLANS);
  const first = await printFirstPage(page, testInfo.outputPath("three-plans.pdf"));
  const costs = costsOf(THREE_PLANS);
  expect(costs.cheapest).toBe(1);
  // The verdict's table of every option: each name, its total, and the cheapest marked in words.
  for (const [name, total] of [["Break-fix (hourly)", costs.breakFix.total], ...costs.plans.map((plan) => [plan.name, plan.total] as const)] as const) {
    expect(first).toContain(name);
    expect(first).toContain(formatMoney(total, "USD"));
  }
  expect(first).toMatch(/Essentials\s+cheapest/);
  // The first page still stands alone: the running total and the way back to the live page.
  expect(first).toContain("To reopen this comparison");
  guard.expectClean();
});

test("three plans side by side in presenter mode, at a projector's width and a phone's", async ({ page }, testInfo) => {
  const guard = await guardPage(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, THREE_PLANS);
  await page.keyboard.press("p");
  const lineup = page.getByRole("region", { name: "Every option over 36 months" });
  await expect(lineup).toBeVisible();
  await expect(lineup.getByRole("heading", { level: 3 })).toHaveText(["Break-fix", "Essentials", "Standard", "Premium"]);
  const costs = costsOf(THREE_PLANS);
  const essentials = lineup.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Essentials" }) });
  await expect(essentials.getByText("Cheapest", { exact: true })).toBeVisible();
  await expect(essentials).toContainText(formatMoney(costs.plans[0]!.total, "USD"));
  await expect(lineup.getByText("Cheapest", { exact: true })).toHaveCount(1);
  // Side by side: the four cards share one row at 1280 pixels.
  const tops = await lineup.getByRole("listitem").evaluateAll((cards) => cards.map((card) => Math.round(card.getBoundingClientRect().top)));
  expect(new Set(tops).size).toBe(1);
  await page.screenshot({ path: testInfo.outputPath("presenter-three-plans-1280.png") });

  // A figure explains itself, named by its plan.
  await essentials.getByRole("button", { name: `${formatMoney(costs.plans[0]!.perSeatMonth, "USD")}: how this is calculated` }).click();
  await expect(page.getByRole("dialog", { name: /^Essentials per person per month: / })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toHaveCount(0);

  await page.setViewportSize({ width: 390, height: 844 });
  await expect(lineup).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: testInfo.outputPath("presenter-three-plans-390.png") });
  await lineup.screenshot({ path: testInfo.outputPath("presenter-three-plans-390-lineup.png") });
  guard.expectClean();
});

test("a plan named like markup shows as text in presenter mode and on the printout, and runs nothing", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  // The guard fails the test on any dialog (alert) or console error.
  const guard = await guardPage(page);
  await stubPrintDialog(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await openApp(page, HOSTILE);
  await expect(page.getByText("Some settings in this link were ignored")).toHaveCount(0);

  const first = await printFirstPage(page, testInfo.outputPath("hostile.pdf"));
  expect(first).toContain(HOSTILE_NAME);

  await page.keyboard.press("p");
  const lineup = page.getByRole("region", { name: "Every option over 36 months" });
  await expect(lineup.getByRole("heading", { name: HOSTILE_NAME, exact: true })).toBeVisible();
  expect(await page.locator("img[src='x']").count()).toBe(0);
  await page.screenshot({ path: testInfo.outputPath("presenter-hostile-1280.png") });
  guard.expectClean();
});
