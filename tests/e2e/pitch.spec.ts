/**
 * The pitch-meeting toolkit as a salesperson uses it: price sheets, presenter mode, the printed
 * leave-behind, the CSV export, an A/B comparison from a link, and the app with the network off.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { guardPage, openApp } from "./support/guards.ts";

const SERVICE_WORKER_FILE = resolve(import.meta.dirname, "../../dist/sw.js");

const headline = (page: Page) => page.locator(".verdict__headline");
const seatsField = (page: Page) => page.getByRole("textbox", { name: "Staff who use IT" });

/** The price sheets' "Name" field is the only textbox of that name once the toolkit has loaded. */
async function saveSheet(page: Page, name: string) {
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await page.getByRole("button", { name: "Save current terms" }).click();
  await expect(page.getByText(`Saved “${name}” with the current managed and break-fix terms.`)).toBeVisible();
}

test("a saved price sheet survives a reload and applies to another business without touching it", async ({ page }) => {
  const guard = guardPage(page);
  await page.goto("/?msSeat=95&bfRate=170&v=1");
  await saveSheet(page, "Acme standard");

  await page.goto("/?seats=40&servers=5&v=1");
  await page.reload();
  const before = await headline(page).textContent();
  await expect(page.getByRole("combobox", { name: "Saved" })).toHaveValue(/.+/);
  await expect(page.getByRole("combobox", { name: "Saved" }).locator("option:checked")).toHaveText("Acme standard");
  await page.getByRole("button", { name: "Apply" }).click();

  await expect(page).toHaveURL(/[?&]msSeat=95(&|$)/);
  await expect(page).toHaveURL(/[?&]bfRate=170(&|$)/);
  await expect(page).toHaveURL(/[?&]seats=40(&|$)/);
  await expect(page).toHaveURL(/[?&]servers=5(&|$)/);
  await expect(seatsField(page)).toHaveValue("40");
  await page.getByText("More assumptions").click();
  await expect(page.getByRole("textbox", { name: "Fee per staff member" })).toHaveValue("95");
  await expect(page.getByRole("group", { name: "Break-fix terms" }).getByRole("textbox", { name: "Hourly rate" })).toHaveValue("170");
  await expect(headline(page)).not.toHaveText(before!);
  guard.expectClean();
});

test("a price sheet exports to a JSON file and imports again; a bad file is refused and changes nothing", async ({ page }, testInfo) => {
  const guard = guardPage(page);
  await page.goto("/?msSeat=88&bfCallOut=120&v=1");
  await saveSheet(page, "Harbour 2026");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export to file" }).click()]);
  expect(download.suggestedFilename()).toBe("price-sheet-harbour-2026.json");
  const exported = testInfo.outputPath("sheet.json");
  await download.saveAs(exported);
  const file = JSON.parse(readFileSync(exported, "utf8")) as { format: string; values: Record<string, number> };
  expect(file.format).toBe("it-support-price-sheet");
  expect(file.values.msSeat).toBe(88);
  expect(file.values.bfCallOut).toBe(120);
  expect(file.values).not.toHaveProperty("seats");

  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText("No price sheets saved yet.")).toBeVisible();

  const bad = testInfo.outputPath("bad.json");
  writeFileSync(bad, JSON.stringify({ format: "it-support-price-sheet", version: 1, name: "Too dear", values: { msSeat: 999999 } }));
  await page.getByLabel("Price sheet file to import").setInputFiles(bad);
  await expect(page.getByRole("alert").filter({ hasText: "“bad.json” was not imported" })).toContainText(
    "msSeat (Fee per staff member) must be between 0 and 5,000",
  );
  await expect(page.getByText("No price sheets saved yet.")).toBeVisible();

  await openApp(page, "/");
  await page.getByLabel("Price sheet file to import").setInputFiles(exported);
  await expect(page.getByText("Imported “Harbour 2026”. Choose Apply to use its prices.")).toBeVisible();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]msSeat=88(&|$)/);
  await expect(page).toHaveURL(/[?&]bfCallOut=120(&|$)/);
  guard.expectClean();
});

test("the printout holds the verdict, the charts, every assumption and source, the date, the link and its QR code", async ({ page }, testInfo) => {
  const guard = guardPage(page);
  // Headless Chromium cannot close a print dialog, and one left open blocks page.pdf: the test
  // counts the page's calls to print() and prints to PDF itself.
  await page.addInitScript(() => {
    window.print = () => {
      document.documentElement.dataset.printCalls = String(Number(document.documentElement.dataset.printCalls ?? 0) + 1);
    };
  });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/?seats=20&brand=Harbour+IT&v=1");
  await page.getByRole("button", { name: "Print / save as PDF" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-print-calls", "1", { timeout: 15_000 });
  await expect(page.getByRole("button", { name: "Print / save as PDF" })).toBeEnabled();
  const verdict = (await headline(page).textContent())!;

  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".leave-behind svg.qr path")).toHaveCount(1);
  await expect(page.locator(".chart .recharts-surface")).toHaveCount(5);
  await expect(page.locator(".chart__placeholder")).toHaveCount(0);
  // Nothing the reader could click is printed.
  // Figures that open their explanation on screen are buttons there; on paper they are the figures.
  for (const control of await page.locator("button:not(.figure-button), input, select").all()) await expect(control).toBeHidden();

  const pdfPath = testInfo.outputPath("leave-behind.pdf");
  await page.pdf({ path: pdfPath, format: "A4" });
  const text = execFileSync("pdftotext", [pdfPath, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain(verdict.replace(/\s+/g, " "));
  expect(text).toContain("Prepared by Harbour IT");
  expect(text).toMatch(/Prepared on \w+ \d{1,2}, \d{4}|Prepared on \d{1,2} \w+ \d{4}/);
  expect(text).toContain("/?seats=20&brand=Harbour+IT&v=1");
  for (const words of ["Every assumption and where it comes from", "Hourly rate", "Fee per staff member", "Published figures:", "Our judgement", "Sources", "Total cost to date"]) {
    expect(text).toContain(words);
  }
  expect(text).not.toContain("Save current terms");
  expect(text).not.toContain("Copy link");

  execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", pdfPath, testInfo.outputPath("leave-behind-page")]);
  expect(statSync(testInfo.outputPath("leave-behind-page-1.png")).size).toBeGreaterThan(10_000);
  guard.expectClean();
});

test("the CSV holds every month of both models, with the link in its first line", async ({ page }, testInfo) => {
  const guard = guardPage(page);
  await page.goto("/?seats=20&months=24&v=1");
  await expect(page.getByText(/^In \d+% of [\d,]+ simulated futures break-fix costs more/)).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download monthly figures (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^it-support-costs-\d{4}-\d{2}-\d{2}\.csv$/);
  const path = testInfo.outputPath("figures.csv");
  await download.saveAs(path);
  const lines = readFileSync(path, "utf8").split("\r\n");
  expect(lines[0]).toMatch(/^# http:\/\/localhost:\d+\/\?seats=20&months=24&v=1$/);
  const header = lines[1]!.split(",");
  expect(header.slice(0, 3)).toEqual(["month", "seats", "breakFix.userCalls"]);
  expect(header).toContain("managed.cumulative");
  expect(header).toContain("breakFix.cumulative.p90");
  const rows = lines.slice(2).filter((line) => line !== "");
  expect(rows).toHaveLength(24);
  expect(rows[0]!.startsWith("1,20,")).toBe(true);
  expect(rows[23]!.startsWith("24,20,")).toBe(true);
  for (const row of rows) {
    const cells = row.split(",");
    expect(cells).toHaveLength(header.length);
    expect(cells.every((cell) => /^-?\d+(\.\d+)?$/.test(cell))).toBe(true);
  }
  await expect(page.getByRole("status").filter({ hasText: "Downloaded it-support-costs-" })).toContainText("24 months");
  guard.expectClean();
});

test("A and B compare side by side from a link, and swap", async ({ page }) => {
  const guard = guardPage(page);
  await page.goto("/?seats=35&a.seats=20&v=1");
  const compare = page.getByRole("region", { name: "Scenario A against B" });
  await expect(compare.getByRole("table")).toBeVisible();
  await expect(compare.getByText("Staff who use IT: 20 people in A, 35 people in B")).toBeVisible();
  await expect(compare.locator(".compare__plot .recharts-surface")).toBeVisible();
  await expect(page.getByText("Some settings in this link were ignored")).toHaveCount(0);

  await compare.getByRole("button", { name: "Swap A and B" }).click();
  await expect(seatsField(page)).toHaveValue("20");
  await expect(page).toHaveURL(/[?&]seats=20(&|$)/);
  await expect(page).toHaveURL(/[?&]a\.seats=35(&|$)/);

  await compare.getByRole("button", { name: "Unpin A" }).click();
  await expect(compare).toHaveCount(0);
  await expect(page).not.toHaveURL(/a\.seats/);

  await page.getByRole("button", { name: "Pin this scenario as A" }).click();
  await seatsField(page).fill("30");
  await expect(page).toHaveURL(/[?&]a\.seats=20(&|$)/);
  await expect(page).toHaveURL(/[?&]seats=30(&|$)/);
  guard.expectClean();
});

test("after one visit the app opens and computes with the network off", async ({ page, context }) => {
  const guard = guardPage(page);
  await openApp(page, "/");
  await expect(headline(page)).toContainText("$106,395");
  // The service worker registers after the page has loaded, precaches every built file, then activates.
  const state = await page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active!;
    if (worker.state !== "activated") {
      await new Promise((resolve) => worker.addEventListener("statechange", () => worker.state === "activated" && resolve(null)));
    }
    return worker.state;
  });
  expect(state).toBe("activated");

  await context.setOffline(true);
  await page.reload();
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await expect(headline(page)).toContainText("$106,395");
  await seatsField(page).fill("40");
  await expect(headline(page)).not.toContainText("$106,395");
  await expect(page.getByText(/^In \d+% of [\d,]+ simulated futures break-fix costs more/)).toBeVisible();

  // Any link opens offline: the page comes from the cache and reads its scenario from the address.
  await page.goto("/?seats=12&v=1");
  await expect(seatsField(page)).toHaveValue("12");
  await expect(headline(page)).not.toContainText("$106,395");
  await context.setOffline(false);
  guard.expectClean();
});

test("a new version waits for the user: a discreet prompt, and Reload switches to it", async ({ page }) => {
  const guard = guardPage(page);
  await openApp(page, "/");
  await page.evaluate(async () => {
    const worker = (await navigator.serviceWorker.ready).active!;
    if (worker.state !== "activated") {
      await new Promise((resolve) => worker.addEventListener("statechange", () => worker.state === "activated" && resolve(null)));
    }
  });
  await expect(page.getByText("A new version is available.")).toHaveCount(0);

  // The next deployment, as a new build writes it: the same worker under another cache version.
  // Browsers fetch the worker script themselves (no route sees it), so the served file changes.
  const current = readFileSync(SERVICE_WORKER_FILE, "utf8");
  const version = /VERSION\s*=\s*["'`]([0-9a-f]+)["'`]/.exec(current)?.[1];
  expect(version).toBeTruthy();
  writeFileSync(SERVICE_WORKER_FILE, current.replaceAll(version!, `next-${version!}`));
  try {
    await page.reload();
    const prompt = page.getByRole("status").filter({ hasText: "A new version is available." });
    await expect(prompt).toBeVisible({ timeout: 15_000 });
    await Promise.all([page.waitForEvent("load"), prompt.getByRole("button", { name: "Reload" }).click()]);
  } finally {
    writeFileSync(SERVICE_WORKER_FILE, current);
  }
  await expect(headline(page)).toContainText("$106,395");
  await expect(page.getByText("A new version is available.")).toHaveCount(0);
  // The new version is in charge, and its files are cached.
  await expect.poll(() => page.evaluate(() => window.caches.keys())).toContainEqual(expect.stringContaining(`next-${version!}`));
  guard.expectClean();
});

test("presenter mode opens with P, shows the verdict large, and leaves with Esc", async ({ page }, testInfo) => {
  const guard = guardPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto("/?brand=Harbour+IT&v=1");
  await expect(page.getByText(/^In \d+% of [\d,]+ simulated futures break-fix costs more/)).toBeVisible();
  await page.keyboard.press("p");
  await expect(page.locator(".presenter")).toBeVisible();
  await expect(page).toHaveURL(/[?&]present=1(&|$)/);
  await expect(page.locator(".verdict--large")).toBeVisible();
  await expect(page.getByText("leaves presenter mode")).toBeVisible();
  await expect(page.locator(".presenter .field--large")).toHaveCount(5);
  await expect(page.locator(".presenter .chart").locator(".recharts-surface, .plain-plot").first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("presenter-1920x1080.png") });

  // Typing a P in a field types it; it does not leave.
  await seatsField(page).fill("3");
  await seatsField(page).press("p");
  await expect(page.locator(".presenter")).toBeVisible();

  await page.locator("body").press("Escape");
  await expect(page.locator(".presenter")).toHaveCount(0);
  await expect(page).not.toHaveURL(/present=/);

  await page.goto("/?present=1&v=1");
  await expect(page.locator(".presenter")).toBeVisible();
  await page.getByRole("button", { name: "Leave presenter mode" }).click();
  await expect(page.getByRole("heading", { name: "Pitch-meeting toolkit" })).toBeVisible();
  guard.expectClean();
});

test("the toolkit fits a 360-pixel phone screen", async ({ page }, testInfo) => {
  const guard = guardPage(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/?seats=20&a.seats=12&v=1");
  const toolkit = page.getByRole("region", { name: "Pitch-meeting toolkit" });
  await toolkit.scrollIntoViewIfNeeded();
  await expect(toolkit).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await toolkit.screenshot({ path: testInfo.outputPath("toolkit-360.png") });
  await page.getByRole("region", { name: "Scenario A against B" }).screenshot({ path: testInfo.outputPath("compare-360.png") });
  guard.expectClean();
});
