import { resolve } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { AxeBuilder } from "@axe-core/playwright";
import { expectChartsCaughtUp, openApp } from "./support/guards.ts";

/** WCAG 2.2 A and AA rules, plus axe's best practices. */
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** Checks the whole page, or only the part a selector names. */
async function expectNoViolations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(TAGS);
  const results = await (include ? builder.include(include) : builder).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
  expect(summary, summary.join("\n")).toEqual([]);
}

test("the main page has no accessibility violations, with every section open", async ({ page }) => {
  await openApp(page, "/");
  await expect(page.getByText(/^In \d+% of [\d,]+ simulated futures break-fix costs more/)).toBeVisible();
  await page.getByText("More assumptions").click();
  for (const summary of ["The formulas", "Every assumption and where it comes from", "Sources"]) {
    await page.getByText(summary, { exact: true }).click();
  }
  // Charts draw when they come into view; the summaries above may have scrolled them away.
  // The column is taller than the window: its top, where the first chart is, must be in view.
  await page.locator(".layout__charts").evaluate((column) => column.scrollIntoView({ block: "start" }));
  await expect(page.getByRole("heading", { name: "Cost per month" })).toBeVisible({ timeout: 15_000 });
  // A chart whose figures are being worked out again is dimmed for that moment: judged once drawn.
  await expectChartsCaughtUp(page, 15_000);
  await expectNoViolations(page);
});

test("chart tables have no accessibility violations", async ({ page }) => {
  await openApp(page, "/");
  const toggle = page.getByRole("button", { name: "Show as table" }).first();
  await toggle.click();
  await expect(page.getByRole("table").first()).toBeVisible();
  await expectNoViolations(page);
});

test("the records section has no accessibility violations with a file read, fitted and drawn as a table", async ({ page }) => {
  // The file is read and fitted in a worker, and axe runs twice: slow on a busy machine.
  test.setTimeout(90_000);
  await openApp(page, "/");
  const section = page.getByRole("region", { name: "Use your own records" });
  await section.getByLabel(/records/).setInputFiles(resolve(import.meta.dirname, "../fixtures/calibrate/zendesk.csv"));
  await expect(section.getByRole("button", { name: "Apply" })).toBeEnabled();
  await expect(section.getByText(/months? inside the band/)).toBeVisible();
  await expectNoViolations(page, ".calibrate");
  await section.getByRole("button", { name: "Show as table" }).click();
  await expect(section.getByRole("table")).toBeVisible();
  await expectNoViolations(page, ".calibrate");
});

test("presenter mode has no accessibility violations", async ({ page }) => {
  await openApp(page, "/?present=1&v=1");
  await expect(page.locator(".verdict__headline")).toBeVisible();
  await expectNoViolations(page);
});

test("the embed has no accessibility violations", async ({ page }) => {
  await openApp(page, "/embed.html?parentOrigin=https%3A%2F%2Fexample.com&ctaLabel=Book%20a%20call&ctaUrl=https%3A%2F%2Fexample.com%2Fbook");
  await expect(page.locator(".verdict__headline")).toBeVisible();
  await expectNoViolations(page);
});

test("the embed configurator has no accessibility violations", async ({ page }) => {
  await openApp(page, "/configure.html");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectNoViolations(page);
});
