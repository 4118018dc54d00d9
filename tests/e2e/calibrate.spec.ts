/**
 * Using one's own records: a helpdesk export and a provider's invoices, chosen or dropped on the
 * page, fitted, applied to the verdict and the link, and undone; a file that is not CSV refused;
 * half a million rows read without freezing the page, and cancelled.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { cspViolations, guardPage, openApp } from "./support/guards.ts";

const FIXTURES = resolve(import.meta.dirname, "../fixtures/calibrate");
const TICKETS = "zendesk.csv";
const INVOICES = "xero-invoices.csv";

/** Each journey opens the page, reads a file in a worker and fits it: on a busy machine that takes a while. */
test.describe.configure({ timeout: 60_000 });

const headline = (page: Page) => page.locator(".verdict__headline");
const section = (page: Page) => page.getByRole("region", { name: "Use your own records" });
const fileInput = (page: Page) => section(page).getByLabel(/records/);

/** The longest cell of a fixture's first record, to look for where it must never be. */
function distinctiveCell(name: string): string {
  const record = readFileSync(resolve(FIXTURES, name), "utf8").split(/\r?\n/)[1]!;
  return record
    .split(/[,;\t]/)
    .map((cell) => cell.replace(/"/g, "").trim())
    .reduce((longest, cell) => (cell.length > longest.length ? cell : longest), "");
}

/** Drops a file on the section as a browser does: dragenter, dragover, then drop with the file. */
async function dropFile(target: Locator, name: string, text: string) {
  const dataTransfer = await target.page().evaluateHandle(
    ({ name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: "text/csv" }));
      return transfer;
    },
    { name, text },
  );
  for (const type of ["dragenter", "dragover", "drop"]) await target.dispatchEvent(type, { dataTransfer });
}

test("a ticket export chosen from disk is fitted, applied to the verdict and the link, and undone", async ({ page }) => {
  const guard = await guardPage(page);
  await openApp(page, "/");
  const before = await headline(page).textContent();
  await fileInput(page).setInputFiles(resolve(FIXTURES, TICKETS));

  const review = section(page).getByRole("region", { name: `Records in “${TICKETS}”` });
  await expect(review.getByRole("heading", { name: `Records in “${TICKETS}”` })).toBeFocused();
  await expect(review.getByRole("radio", { name: "Tickets" })).toBeChecked();
  await expect(review.getByText(/from [\d,]+ (user )?tickets over \d+\.\d months/)).toBeVisible();
  await expect(review.getByText("Issues per person per month", { exact: true })).toBeVisible();
  await expect(review.getByText(/\d+ of \d+ months? inside the band/)).toBeVisible();
  await expect(page).not.toHaveURL(/[?&]issues=/);
  // Nothing from the file is kept by the browser: no storage holds its cells.
  const stored = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }]));
  expect(stored).not.toContain(distinctiveCell(TICKETS));

  await review.getByRole("button", { name: "Apply" }).click();
  await expect(review.getByText(/^Applied: Issues per person per month 0\.50 → /)).toBeVisible();
  await expect(page).toHaveURL(/[?&]issues=\d/);
  await expect(headline(page)).not.toHaveText(before!);
  const link = page.url();

  await review.getByRole("button", { name: "Undo" }).click();
  await expect(page).not.toHaveURL(/[?&]issues=/);
  await expect(headline(page)).toHaveText(before!);

  // The link carries the fitted inputs and nothing from the file.
  await openApp(page, link);
  await expect(page.getByRole("textbox", { name: "Issues per person per month" })).not.toHaveValue("0.5");
  expect(decodeURIComponent(link)).not.toContain(TICKETS);
  expect(decodeURIComponent(link)).not.toContain(distinctiveCell(TICKETS));
  expect(await cspViolations(page)).toEqual([]);
  guard.expectClean();
});

test("an invoice export dropped on the section fits the hourly rate and draws the months against the model", async ({ page }) => {
  const guard = await guardPage(page);
  await openApp(page, "/");
  await dropFile(section(page), INVOICES, readFileSync(resolve(FIXTURES, INVOICES), "utf8"));

  const review = section(page).getByRole("region", { name: `Records in “${INVOICES}”` });
  await expect(review.getByRole("radio", { name: "Invoices" })).toBeChecked();
  await expect(review.getByRole("radio", { name: "Break-fix provider" })).toBeChecked();
  await expect(review.getByText("Hourly rate (break-fix)", { exact: true })).toBeVisible();
  // The chart comes with the Recharts chunk, loaded once the file is fitted.
  const chart = review.getByRole("region", { name: "Your monthly spend against the model" });
  await expect(chart.getByText(/\d+ of \d+ months? inside the band/)).toBeVisible({ timeout: 15_000 });
  await chart.getByRole("button", { name: "Show as table" }).click();
  await expect(chart.getByRole("columnheader", { name: "Inside the band" })).toBeVisible();

  await review.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]bfRate=\d/);
  await review.getByRole("button", { name: "Undo" }).click();
  await expect(page).not.toHaveURL(/[?&]bfRate=/);
  expect(await cspViolations(page)).toEqual([]);
  guard.expectClean();
});

test("a spreadsheet is refused with its name and the reason, and nothing changes", async ({ page }) => {
  const guard = await guardPage(page);
  await openApp(page, "/?seats=12&v=1");
  const before = await headline(page).textContent();
  // A workbook under a .csv name: told by its first bytes, not its name.
  await fileInput(page).setInputFiles(resolve(FIXTURES, "workbook-renamed.csv"));

  await expect(section(page).getByRole("alert")).toContainText("workbook-renamed.csv");
  await expect(section(page).getByRole("alert")).toContainText(/spreadsheet/i);
  await expect(section(page).getByRole("alert")).toContainText("Nothing was changed.");
  await expect(section(page).getByRole("heading", { name: /Records in/ })).toHaveCount(0);
  await expect(page).toHaveURL(/\?seats=12&v=1$/);
  await expect(headline(page)).toHaveText(before!);
  guard.expectClean();
});

test("half a million rows: progress is shown, the page keeps responding, Cancel stops the reading, and the file is fitted in full", async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const guard = await guardPage(page);
  const lines = ["Ticket ID,Created,Hours Worked,Category"];
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < 500_000; i++) {
    const day = new Date(start + (i % 731) * 86_400_000).toISOString().slice(0, 10);
    lines.push(`${i + 1},${day},${(i % 4) * 0.5 + 0.25},${i % 10 === 0 ? "Server" : "Desktop"}`);
  }
  const big = testInfo.outputPath("half-a-million.csv");
  writeFileSync(big, lines.join("\n"));

  await openApp(page, "/");
  await fileInput(page).setInputFiles(big);
  const progress = section(page).getByRole("progressbar", { name: "Reading half-a-million.csv" });
  await expect(progress).toBeVisible();
  await expect(section(page).getByRole("status").first()).toContainText("Reading “half-a-million.csv”…");
  // While the worker reads, typing still updates the verdict and the address.
  await page.getByRole("textbox", { name: "Staff who use IT" }).fill("31");
  await expect(page).toHaveURL(/[?&]seats=31(&|$)/);
  await expect(progress).toBeVisible();
  // By keyboard, while the reading is still under way: the page is still redrawing for the edit,
  // and a pointer waiting for the button to hold still could outwait the reading itself.
  await section(page).getByRole("button", { name: "Cancel" }).focus({ timeout: 5_000 });
  await page.keyboard.press("Enter");
  await expect(progress).toHaveCount(0);
  await expect(section(page).getByText("Stopped reading “half-a-million.csv”. Nothing was changed.")).toBeVisible();
  await expect(fileInput(page)).toBeFocused();

  await fileInput(page).setInputFiles(big);
  const review = section(page).getByRole("region", { name: "Records in “half-a-million.csv”" });
  await expect(review.getByText(/^500,000 tickets from /)).toBeVisible({ timeout: 120_000 });
  await page.getByRole("textbox", { name: "Staff who use IT" }).fill("32");
  await expect(page).toHaveURL(/[?&]seats=32(&|$)/);
  guard.expectClean();
});
