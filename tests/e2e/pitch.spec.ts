/**
 * The pitch-meeting toolkit as a salesperson uses it: price sheets, presenter mode, the printed
 * leave-behind, the CSV export, an A/B comparison from a link, and the app with the network off.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { crc32, deflateSync } from "node:zlib";
import { resolve } from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { guardPage, openApp } from "./support/guards.ts";
import { decodeQrOnPdfPage, pdfPageCount, pdfPageImages, pdfPageText } from "./support/pdf.ts";

const SERVICE_WORKER_FILE = resolve(import.meta.dirname, "../../dist/sw.js");

const headline = (page: Page) => page.locator(".verdict__headline");
const seatsField = (page: Page) => page.getByRole("textbox", { name: "Staff who use IT" });

/** The price sheets' "Name" field is the only textbox of that name once the toolkit has loaded. */
async function saveSheet(page: Page, name: string) {
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await page.getByRole("button", { name: "Save current terms" }).click();
  await expect(page.getByText(`Saved “${name}” with the break-fix terms and one managed plan, “Managed”.`)).toBeVisible();
}

test("a saved price sheet survives a reload and applies to another business without touching it", async ({ page }) => {
  const guard = await guardPage(page);
  await page.goto("/?msSeat=95&bfRate=170&v=2");
  await saveSheet(page, "Acme standard");

  await page.goto("/?seats=40&servers=5&v=2");
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
  const guard = await guardPage(page);
  await page.goto("/?msSeat=88&bfCallOut=120&v=2");
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

/** Stands in for the print dialog, which headless Chromium cannot close: counts the page's calls
 * to print() and keeps the page as it was prepared for printing until the test prints to PDF. */
async function stubPrintDialog(page: Page) {
  await page.addInitScript(() => {
    window.print = () => {
      const root = document.documentElement;
      root.dataset.printCalls = String(Number(root.dataset.printCalls ?? 0) + 1);
      // A real print() returns only once the dialog has closed; the preparation stays until then.
      setTimeout(() => root.classList.add("print-preparing"));
    };
  });
}

/** A PNG of `width` × `height` pixels, one colour, written by hand (no image library needed). */
function solidPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => [11, 93, 75]).flat())]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", pixels), chunk("IEND", Buffer.alloc(0))]);
}

for (const format of ["A4", "Letter"] as const) {
  test(`the printout's first page on ${format} stands alone: name, date, verdict, both totals, the running total and the link with a QR code that opens it`, async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    const guard = await guardPage(page);
    await stubPrintDialog(page);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/?seats=20&brand=Harbour+IT&v=2");
    await page.getByRole("button", { name: "Print / save as PDF" }).click();
    await expect(page.locator("html")).toHaveAttribute("data-print-calls", "1", { timeout: 15_000 });
    await expect(page.getByRole("button", { name: "Print / save as PDF" })).toBeEnabled();
    const verdict = (await headline(page).textContent())!.replace(/\s+/g, " ");

    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".cover-link svg.qr path")).toHaveCount(1);
    await expect(page.locator(".layout__charts .chart .recharts-surface")).toHaveCount(5);
    await expect(page.locator(".chart__placeholder")).toHaveCount(0);
    // Nothing the reader could click is printed; figures that open their explanation on screen
    // are buttons there, and on paper they are the figures.
    for (const control of await page.locator("button:not(.figure-button), input, select").all()) await expect(control).toBeHidden();

    const pdfPath = testInfo.outputPath(`leave-behind-${format}.pdf`);
    await page.pdf({ path: pdfPath, format });
    const pages = pdfPageCount(pdfPath);
    const first = pdfPageText(pdfPath, 1);
    expect(first).toContain("Prepared by Harbour IT");
    expect(first).toMatch(/Prepared on \w+ \d{1,2}, \d{4}|Prepared on \d{1,2} \w+ \d{4}/);
    expect(first).toContain(verdict);
    for (const words of ["With downtime", "Invoices only", "Break-fix (hourly)", "Managed (flat fee)", "Total cost to date", "Break-even: month"]) {
      expect(first).toContain(words);
    }
    const link = `${new URL(page.url()).origin}/?seats=20&brand=Harbour+IT&v=2`;
    expect(first).toContain(link);
    expect(decodeQrOnPdfPage(pdfPath, 1, testInfo.outputPath(`page-1-${format}`))).toBe(link);
    expect(first).toContain(`Page 1 of ${pages}`);
    // The detail follows as an appendix.
    expect(first).not.toContain("Every assumption and where it comes from");
    const appendix = Array.from({ length: pages - 1 }, (_, index) => pdfPageText(pdfPath, index + 2)).join(" ");
    for (const words of ["Cost per month", "What makes up each month’s cost", "Which assumptions matter most", "The formulas", "Every assumption and where it comes from", "Hourly rate", "Fee per staff member", "Published figures:", "Our judgement", "Sources"]) {
      expect(appendix).toContain(words);
    }
    // Every page's foot: the provider's name and the page number.
    for (let number = 2; number <= pages; number++) {
      const text = pdfPageText(pdfPath, number);
      expect(text).toContain(`Page ${number} of ${pages}`);
      expect(text).toContain("Harbour IT");
    }
    expect(appendix).not.toContain("Save current terms");
    expect(appendix).not.toContain("Copy link");
    guard.expectClean();
  });
}

test("a print from the browser’s own menu, with no button pressed, carries the QR code of the scenario as it is and the appendix", async ({ page }, testInfo) => {
  // Printing while the page redraws every chart for the edit is slow on a busy machine.
  test.setTimeout(90_000);
  const guard = await guardPage(page);
  const loaded = (chunk: string) =>
    page.waitForResponse((response) => new RegExp(`/assets/${chunk}-[\\w-]+\\.js$`).test(response.url()), { timeout: 15_000 });
  const printoutLoaded = Promise.all([loaded("leave-behind"), loaded("explain-appendix")]);
  await openApp(page, "/?seats=20&v=2");
  // Loaded once the browser was idle after start-up, and drawn only as printing starts: once
  // both chunks have arrived, run (importing them again waits for that) and been taken in by
  // the page (a frame or two), a print from the menu draws them.
  const urls = (await printoutLoaded).map((response) => response.url());
  await page.evaluate(async (chunks) => {
    await Promise.all(chunks.map((chunk) => import(chunk)));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, urls);
  await expect(page.locator(".cover-link")).toHaveCount(0);

  const before = testInfo.outputPath("menu.pdf");
  await page.pdf({ path: before, format: "A4" });
  const link = `${new URL(page.url()).origin}/?seats=20&v=2`;
  expect(decodeQrOnPdfPage(before, 1, testInfo.outputPath("menu-page-1"))).toBe(link);
  expect(pdfPageText(before, 1)).toContain((await headline(page).textContent())!.replace(/\s+/g, " "));
  // The appendix of worked figures, loaded with it, is in the printout too.
  const allPages = Array.from({ length: pdfPageCount(before) }, (_, index) => pdfPageText(before, index + 1)).join(" ");
  expect(allPages).toContain("Appendix: how the headline figures are calculated");

  // Printed the moment after an edit: the code follows the scenario, without waiting for it to settle.
  await seatsField(page).fill("33");
  const after = testInfo.outputPath("menu-after-edit.pdf");
  // Its first page alone: printing every page again takes seconds and shows nothing more.
  await page.pdf({ path: after, format: "A4", pageRanges: "1" });
  expect(decodeQrOnPdfPage(after, 1, testInfo.outputPath("menu-after-edit-page-1"))).toBe(`${new URL(page.url()).origin}/?seats=33&v=2`);
  guard.expectClean();
});

test("a price sheet's logo: refused as SVG or too big, scaled, kept in its file, on the printout and in presenter mode, never in the link", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  const guard = await guardPage(page);
  await stubPrintDialog(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/?seats=20&brand=Harbour+IT&v=2");
  await saveSheet(page, "Harbour 2026");
  const logoField = page.getByLabel("Logo", { exact: true });

  const svg = testInfo.outputPath("logo.png");
  // An SVG named as a PNG: the first bytes decide, not the name.
  writeFileSync(svg, '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  await logoField.setInputFiles(svg);
  await expect(page.getByRole("alert").filter({ hasText: "“logo.png” was not used as the logo" })).toContainText("SVG image, which can carry script");

  const huge = testInfo.outputPath("huge.png");
  writeFileSync(huge, Buffer.concat([solidPng(10, 10), Buffer.alloc(600 * 1024)]));
  await logoField.setInputFiles(huge);
  await expect(page.getByRole("alert").filter({ hasText: "“huge.png” was not used as the logo" })).toContainText("larger than the 500 KB");
  await expect(page.getByRole("img", { name: "The logo of “Harbour 2026”" })).toHaveCount(0);

  const logo = testInfo.outputPath("harbour-logo.png");
  writeFileSync(logo, solidPng(1200, 400));
  await logoField.setInputFiles(logo);
  await expect(page.getByText("“Harbour 2026” now has the logo from “harbour-logo.png”.")).toBeVisible();
  const preview = page.getByRole("img", { name: "The logo of “Harbour 2026”" });
  await expect(preview).toBeVisible();
  expect(await preview.evaluate((image: HTMLImageElement) => [image.naturalWidth, image.naturalHeight])).toEqual([600, 200]);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export to file" }).click()]);
  const exported = testInfo.outputPath("sheet.json");
  await download.saveAs(exported);
  const file = JSON.parse(readFileSync(exported, "utf8")) as { logo?: string };
  expect(file.logo).toMatch(/^data:image\/(png|webp);base64,/);

  // On the printout's first page, as the one picture there (the QR code is drawn, not an image).
  await page.getByRole("button", { name: "Print / save as PDF" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-print-calls", "1", { timeout: 15_000 });
  const pdfPath = testInfo.outputPath("with-logo.pdf");
  await page.pdf({ path: pdfPath, format: "A4", pageRanges: "1" });
  expect(pdfPageImages(pdfPath, 1)).toEqual([{ width: 600, height: 200 }]);
  const printedLink = /http:\/\/\S+/.exec(pdfPageText(pdfPath, 1))?.[0] ?? "";
  for (const link of [page.url(), printedLink, decodeQrOnPdfPage(pdfPath, 1, testInfo.outputPath("with-logo-page-1")) ?? ""]) {
    expect(link).toContain("seats=20");
    expect(link).not.toMatch(/logo|data:|base64/i);
  }

  await page.emulateMedia({ media: "screen" });
  await page.keyboard.press("p");
  await expect(page.locator(".presenter")).toBeVisible();
  await expect(page.getByRole("img", { name: "Harbour IT logo" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("presenter-with-logo.png") });
  expect(page.url()).not.toMatch(/logo|data:/i);
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: "Remove logo" }).click();
  await expect(page.getByRole("img", { name: "The logo of “Harbour 2026”" })).toHaveCount(0);
  await page.keyboard.press("p");
  await expect(page.locator(".presenter")).toBeVisible();
  await expect(page.getByRole("img", { name: "Harbour IT logo" })).toHaveCount(0);
  guard.expectClean();
});

test("the CSV holds every month of both models, with the link in its first line", async ({ page }, testInfo) => {
  const guard = await guardPage(page);
  await page.goto("/?seats=20&months=24&v=2");
  await expect(page.getByText(/^In \d+% of [\d,]+ simulated futures break-fix costs more/)).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download monthly figures (CSV)" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^it-support-costs-\d{4}-\d{2}-\d{2}\.csv$/);
  const path = testInfo.outputPath("figures.csv");
  await download.saveAs(path);
  const lines = readFileSync(path, "utf8").split("\r\n");
  expect(lines[0]).toMatch(/^# http:\/\/localhost:\d+\/\?seats=20&months=24&v=2$/);
  expect(lines[1]).toBe('# plans,"Managed"');
  expect(lines[2]).toBe("# managed.* columns are plan,1");
  const header = lines[3]!.split(",");
  expect(header.slice(0, 3)).toEqual(["month", "seats", "breakFix.userCalls"]);
  expect(header).toContain("managed.cumulative");
  expect(header).toContain("plan1.cumulative");
  expect(header).toContain("breakFix.cumulative.p90");
  const rows = lines.slice(4).filter((line) => line !== "");
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
  const guard = await guardPage(page);
  await page.goto("/?seats=35&a.seats=20&v=2");
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

test("a price sheet of three plans applies them all; A keeps its three plans beside B's, compared by plan name", async ({ page }, testInfo) => {
  const guard = await guardPage(page);
  const tiers = testInfo.outputPath("tiers.json");
  const values = { plans: 3, msName: "Basic", msSeat: 60, "p2.msName": "Standard", "p2.msSeat": 120, "p3.msName": "Premium", "p3.msSeat": 180 };
  writeFileSync(tiers, JSON.stringify({ format: "it-support-price-sheet", version: 2, name: "Harbour tiers", values }));
  await openApp(page, "/?seats=40&v=2");
  await page.getByLabel("Price sheet file to import").setInputFiles(tiers);
  await expect(page.getByText("Holds the break-fix terms and 3 managed plans, “Basic”, “Standard”, and “Premium”.")).toBeVisible();
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]plans=3(&|$)/);
  await expect(page).toHaveURL(/[?&]p3\.msName=Premium(&|$)/);
  await expect(page).toHaveURL(/[?&]seats=40(&|$)/);

  await page.getByRole("button", { name: "Pin this scenario as A" }).click();
  await expect(page).toHaveURL(/[?&]a\.plans=3(&|$)/);
  await expect(page).toHaveURL(/[?&]a\.p2\.msSeat=120(&|$)/);
  await page.goto(page.url().replace("p2.msSeat=120", "p2.msSeat=130"));
  const compare = page.getByRole("region", { name: "Scenario A against B" });
  await expect(compare.getByText(/^Standard: Fee per staff member: 120 .* in A, 130 .* in B$/)).toBeVisible();
  await expect(compare.getByRole("row", { name: /^Plan compared/ })).toContainText("cheapest of 3");
  await expect(page.getByText("Some settings in this link were ignored")).toHaveCount(0);
  guard.expectClean();
});

test("after one visit the app opens and computes with the network off", async ({ page, context }) => {
  const guard = await guardPage(page);
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
  await page.goto("/?seats=12&v=2");
  await expect(seatsField(page)).toHaveValue("12");
  await expect(headline(page)).not.toContainText("$106,395");
  await context.setOffline(false);
  guard.expectClean();
});

test("a new version waits for the user: a discreet prompt, and Reload switches to it", async ({ page }) => {
  const guard = await guardPage(page);
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
  const guard = await guardPage(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto("/?brand=Harbour+IT&v=2");
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

  await page.goto("/?present=1&v=2");
  await expect(page.locator(".presenter")).toBeVisible();
  await page.getByRole("button", { name: "Leave presenter mode" }).click();
  await expect(page.getByRole("heading", { name: "Pitch-meeting toolkit" })).toBeVisible();
  guard.expectClean();
});

test("the toolkit fits a 360-pixel phone screen", async ({ page }, testInfo) => {
  const guard = await guardPage(page);
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/?seats=20&a.seats=12&v=2");
  const toolkit = page.getByRole("region", { name: "Pitch-meeting toolkit" });
  await toolkit.scrollIntoViewIfNeeded();
  await expect(toolkit).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await toolkit.screenshot({ path: testInfo.outputPath("toolkit-360.png") });
  await page.getByRole("region", { name: "Scenario A against B" }).screenshot({ path: testInfo.outputPath("compare-360.png") });
  guard.expectClean();
});
