import { expect, test, type Page } from "@playwright/test";
import { AxeBuilder } from "@axe-core/playwright";
import { guardPage, openApp } from "./support/guards.ts";
import { computeCosts, defaultScenario } from "../../src/model/index.ts";

/** The default scenario's figures, written as the explanation writes money: to the cent. */
const costs = computeCosts(defaultScenario());
const cents = (value: number) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2 }).format(value);
const whole = (value: number) =>
  new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 }).format(value);

function savingButton(page: Page) {
  return page.locator(".verdict__headline").getByRole("button", { name: `${whole(costs.difference)}: how this is calculated` });
}

let guard: Awaited<ReturnType<typeof guardPage>>;

test.beforeEach(async ({ page }) => {
  guard = await guardPage(page);
});

// Each journey ends with no uncaught error, console error, dialog or CSP violation.
test.afterEach(() => {
  guard.expectClean();
});

test("the verdict's saving opens its arithmetic; a part unfolds; an input is one step away", async ({ page }) => {
  await openApp(page, "/");
  await savingButton(page).click();
  const dialog = page.getByRole("dialog", { name: /^Difference: break-fix total − managed total/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("heading")).toHaveText(`Difference: break-fix total − managed total: ${cents(costs.difference)}`);
  // The calculation with this scenario's figures: both totals, to the cent.
  await expect(dialog.locator(".explain-eq").first()).toHaveText(
    `${cents(costs.breakFix.total)} (break-fix total over 36 months) − ${cents(costs.managed.total)} (managed total over 36 months) = ${cents(costs.difference)}`,
  );

  const managed = dialog.getByRole("button", { name: `Managed total over 36 months: ${cents(costs.managed.total)}` });
  await expect(managed).toHaveAttribute("aria-expanded", "false");
  await managed.click();
  await expect(managed).toHaveAttribute("aria-expanded", "true");
  const month1 = costs.months[0]!.managed;
  await dialog.getByRole("button", { name: `Month 1: ${cents(month1.total)}` }).click();
  await dialog.getByRole("button", { name: `Invoice: fee + onboarding + work outside the fee: ${cents(month1.invoice)}` }).click();
  // No work is billed outside the fee: the working leaves out its "+ $0.00".
  await expect(dialog.getByText(`${cents(month1.fee)} (monthly fee (at least the minimum)) + ${cents(2000)} (onboarding fee) = ${cents(month1.invoice)}`)).toBeVisible();

  // The onboarding fee is an input: following it closes the explanation and lands in its field,
  // which sits in the folded "More assumptions".
  await dialog.getByRole("button", { name: /^Onboarding fee: \$2,000\.00/ }).click();
  await expect(dialog).toBeHidden();
  const field = page.getByRole("textbox", { name: "Onboarding fee" });
  await expect(field).toBeFocused();
  await expect(field).toBeVisible();
});

test("the keyboard opens an explanation with Enter, and Esc closes it and returns to the figure", async ({ page }) => {
  await openApp(page, "/");
  const total = page.locator(".totals").first().getByRole("button", { name: `${whole(costs.breakFix.total)}: how this is calculated` });
  await total.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("heading")).toHaveText(`Break-fix total over 36 months: ${cents(costs.breakFix.total)}`);
  // 36 monthly totals, each invoice plus downtime, all alike at the defaults.
  await expect(dialog.locator(".explain-eq").first()).toHaveText(
    `36 × ${cents(costs.months[0]!.breakFix.total)} (months 1–36) = ${cents(costs.breakFix.total)}`,
  );
  // Focus stays in the dialog while it is open.
  for (let step = 0; step < 6; step++) await page.keyboard.press("Tab");
  expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(total).toBeFocused();
});

test("figures in the chart tables explain themselves too", async ({ page }) => {
  await openApp(page, "/");
  // Charts draw as they come into view: scroll down the charts until the breakdown is drawn.
  await page.locator(".layout__charts").evaluate((column) => column.scrollIntoView({ block: "start" }));
  const chart = page.getByRole("region", { name: "What makes up each month’s cost" });
  for (let step = 0; step < 20 && (await chart.count()) === 0; step++) {
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(100);
  }
  await chart.scrollIntoViewIfNeeded();
  await chart.getByRole("button", { name: "Show as table" }).click();
  const month = costs.months[0]!.breakFix;
  await chart.getByRole("button", { name: `${whole(month.labour)}: how this is calculated` }).first().click();
  const dialog = page.getByRole("dialog", { name: /^Break-fix labour at standard rates, month 1/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: /^User calls: / })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("in presenter mode the explanation is in large type, and Esc closes it without leaving presenter mode", async ({ page }) => {
  await openApp(page, "/?present=1&v=1");
  await savingButton(page).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveClass(/explain-dialog--large/);
  const size = await dialog.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  expect(size).toBeGreaterThanOrEqual(20);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.locator(".presenter")).toBeVisible();
  await expect(savingButton(page)).toBeFocused();
});

test("on a 390 px phone the explanation fits the screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openApp(page, "/");
  await savingButton(page).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: /^Break-fix total over 36 months/ }).click();
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  const overflows = await dialog.evaluate((element) => element.scrollWidth > element.clientWidth);
  expect(overflows).toBe(false);
});

test("an open explanation has no accessibility violations", async ({ page }) => {
  await openApp(page, "/");
  await savingButton(page).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("button", { name: /^Managed total over 36 months/ }).click();
  await dialog.getByRole("button", { name: /^Month 1:/ }).click();
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  const summary = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`);
  expect(summary, summary.join("\n")).toEqual([]);
});

test("the printout ends with the headline figures worked out, and prints the figures as text", async ({ page }) => {
  await openApp(page, "/");
  await page.getByRole("button", { name: "Print / save as PDF" }).waitFor();
  // What the browser does before printing from its menu, then the printed page.
  await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
  await page.emulateMedia({ media: "print" });
  const appendix = page.getByRole("region", { name: "Appendix: how the headline figures are calculated" });
  await expect(appendix).toBeVisible();
  await expect(appendix.getByRole("heading", { name: `Break-fix total over 36 months: ${cents(costs.breakFix.total)}` })).toBeVisible();
  await expect(appendix.getByRole("heading", { name: `Managed total over 36 months: ${cents(costs.managed.total)}` })).toBeVisible();
  await expect(appendix.getByRole("heading", { name: `Difference: break-fix total − managed total: ${cents(costs.difference)}` })).toBeVisible();
  await expect(appendix.getByRole("heading", { name: "Break-even month: month 1" })).toBeVisible();
  await expect(savingButton(page)).toBeVisible();
});
