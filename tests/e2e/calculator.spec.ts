import { expect, test, type Page } from "@playwright/test";
import { guardPage, openApp } from "./support/guards.ts";
import { holdScripts } from "./support/hold-scripts.ts";

const headline = (page: Page) => page.locator(".verdict__headline");

test("the default page shows the verdict in its HTML and after it starts", async ({ page, request }) => {
  const html = await (await request.get("/")).text();
  // The saving is a button (it opens its explanation): read the HTML's text, without its tags.
  expect(html.replace(/<[^>]*>/g, "")).toContain("Managed support saves $106,395 over 36 months");

  const guard = await guardPage(page);
  await openApp(page, "/");
  await expect(headline(page)).toHaveText("Managed support saves $106,395 over 36 months: 46% less than break-fix.");
  await expect(page.getByText(/^In \d+% of [\d,]+ simulated futures break-fix costs more/)).toBeVisible();
  guard.expectClean();
});

test("the default page is painted with its verdict while the app's code is still on its way", async ({ page }) => {
  // Everything but the entry, which the first paint waits for, is held back.
  const release = await holdScripts(page, /\/assets\/(?!index-|entry-)[^/]+\.js$/);
  await page.goto("/", { waitUntil: "domcontentloaded" });
  const painted = () => page.evaluate(() => performance.getEntriesByName("first-contentful-paint").length > 0);
  await expect.poll(painted).toBe(true);
  await expect(headline(page)).toHaveText("Managed support saves $106,395 over 36 months: 46% less than break-fix.");
  expect(await page.locator("html[data-ready]").count(), "the app has not started").toBe(0);
  release();
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
});

test("changing the seats updates the verdict and the address, and a reload shows the same figures", async ({ page }) => {
  const guard = await guardPage(page);
  await openApp(page, "/");
  const seats = page.getByRole("textbox", { name: "Staff who use IT" });
  await seats.fill("40");
  await expect(page).toHaveURL(/[?&]seats=40(&|$)/);
  await expect(page).toHaveURL(/[?&]v=2(&|$)/);
  const afterEdit = await headline(page).textContent();
  expect(afterEdit).not.toContain("$106,395");

  await page.reload();
  await expect(seats).toHaveValue("40");
  await expect(headline(page)).toHaveText(afterEdit!);
  guard.expectClean();
});

test("what is typed before the page has started is kept, and the figures follow it", async ({ page }) => {
  const guard = await guardPage(page);
  // Hold the app's code back until the prerendered page has been typed into.
  const release = await holdScripts(page);
  await page.goto("/");
  const seats = page.getByRole("textbox", { name: "Staff who use IT" });
  await seats.fill("40");
  expect(await page.evaluate(() => "ready" in document.documentElement.dataset)).toBe(false);
  release();

  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await expect(seats).toHaveValue("40");
  await expect(page).toHaveURL(/[?&]seats=40(&|$)/);
  await expect(headline(page)).not.toContainText("$106,395");
  // The same figures as a link with that value.
  const afterStart = await headline(page).textContent();
  await page.goto("/?seats=40&v=1");
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await expect(headline(page)).toHaveText(afterStart!);
  guard.expectClean();
});

test("a shared link never shows the prerendered default figures as its own", async ({ page }) => {
  const guard = await guardPage(page);
  const release = await holdScripts(page);
  await page.goto("/?seats=40&v=1");
  const note = () => page.evaluate(() => getComputedStyle(document.querySelector("main")!, "::before").content);
  await expect.poll(note).toBe('"Working out the figures of this link…"');
  await expect(headline(page)).toBeHidden();
  release();

  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await expect(headline(page)).toBeVisible();
  await expect(headline(page)).not.toContainText("$106,395");
  expect(await note()).toBe("none");
  guard.expectClean();
});


test("a shared link's figures are hidden before its first paint, not after it", async ({ page }) => {
  // When the entry marked the page stale, and when the page was first painted.
  await page.addInitScript(() => {
    const seen = window as unknown as { staleAt?: number };
    // Run before <html> exists: the whole document is watched.
    new MutationObserver(() => {
      if (document.documentElement?.hasAttribute("data-stale")) seen.staleAt ??= performance.now();
    }).observe(document, { attributes: true, attributeFilter: ["data-stale"], subtree: true });
  });
  // A slow network: the entry arrives well after the HTML, which could be painted meanwhile.
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.continue();
  });
  await page.goto("/?seats=40&v=1");
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  const { staleAt, firstPaint } = await page.evaluate(() => ({
    staleAt: (window as unknown as { staleAt?: number }).staleAt,
    firstPaint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
  }));
  expect(staleAt, "the entry marks a link's page stale").toBeDefined();
  expect(firstPaint, "the page was painted").toBeDefined();
  expect(staleAt!).toBeLessThan(firstPaint!);
});
test("a link with bad settings names each ignored field and keeps the rest", async ({ page }) => {
  const guard = await guardPage(page);
  await openApp(page, "/?seats=abc&servers=5&bogus=1&bfRate=99999&v=1");
  const notice = page.getByRole("alert").filter({ hasText: "Some settings in this link were ignored" });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText("seats");
  await expect(notice).toContainText("bogus");
  await expect(notice).toContainText("bfRate");
  await expect(page.getByRole("textbox", { name: "Servers" })).toHaveValue("5");
  await expect(page.getByRole("textbox", { name: "Staff who use IT" })).toHaveValue("25");
  await notice.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toBeHidden();
  guard.expectClean();
});

test("switching currency changes how figures are written, not the figures", async ({ page }) => {
  const guard = await guardPage(page);
  await openApp(page, "/");
  await page.getByLabel("Currency").selectOption("GBP");
  await expect(headline(page)).toContainText("£106,395");
  await expect(page).toHaveURL(/currency=GBP/);
  guard.expectClean();
});

test("typing an invalid value shows why and keeps what was typed", async ({ page }) => {
  await openApp(page, "/");
  const seats = page.getByRole("textbox", { name: "Staff who use IT" });
  await seats.fill("0");
  await expect(page.getByText("Staff who use IT must be between 1 and 5,000. Still using 25.")).toBeVisible();
  await expect(seats).toHaveValue("0");
  await expect(headline(page)).toContainText("$106,395");
});

test("a preset fills the inputs and can be undone", async ({ page }) => {
  await openApp(page, "/");
  await page.getByRole("button", { name: "5-person office, no server" }).click();
  await expect(page.getByRole("textbox", { name: "Staff who use IT" })).toHaveValue("5");
  await expect(page.getByRole("textbox", { name: "Servers" })).toHaveValue("0");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("textbox", { name: "Staff who use IT" })).toHaveValue("25");
});

test("a chart switches to its table and back", async ({ page }) => {
  const guard = await guardPage(page);
  await openApp(page, "/?months=12&v=1");
  // The chart's own frame: the nearest section around its heading.
  const chart = page.getByRole("heading", { name: "Cost per month", exact: true }).locator("xpath=ancestor::section[1]");
  const toggle = chart.getByRole("button", { name: "Show as table" });
  await toggle.click();
  const table = chart.getByRole("table");
  await expect(table).toBeVisible();
  await expect(table.locator("tbody tr")).toHaveCount(12);
  await expect(table).toContainText("$");
  await chart.getByRole("button", { name: /Show as chart|Show as table/ }).click();
  await expect(table).toBeHidden();
  guard.expectClean();
});
