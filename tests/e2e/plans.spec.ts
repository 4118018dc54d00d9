import { expect, test, type Page } from "@playwright/test";
import { guardPage, openApp } from "./support/guards.ts";

/** Three tiers of one provider: Essentials bills 40 % of calls by the hour, Premium prevents more. */
const THREE_PLANS =
  "/?plans=3&msName=Essentials&msSeat=95&msOutside=40&msRate=120&p2.msName=Standard&p2.msSeat=120&p3.msName=Premium&p3.msSeat=160&p3.msFewer=60&p3.msWait=0.5";

const headline = (page: Page) => page.locator(".verdict__headline");
const startingWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`);
const shownTable = (page: Page) => page.getByRole("table", { name: "With downtime (shown)" });
const plan = (page: Page, legend: string) => page.getByRole("group", { name: legend });

test("a link with three plans shows each plan's figures, names the cheapest, and compares break-fix with it", async ({ page }) => {
  const guard = await guardPage(page);
  await openApp(page, THREE_PLANS);
  const table = shownTable(page);
  for (const name of ["Break-fix (hourly)", "Essentials", "Standard", "Premium"]) {
    await expect(table.getByRole("rowheader", { name: startingWith(name) })).toBeVisible();
  }
  // Essentials costs least over the horizon: marked in words, and the headline speaks of it.
  await expect(table.getByRole("row", { name: /Essentials cheapest/ })).toBeVisible();
  await expect(headline(page)).toHaveText(/^Essentials saves \$[\d,]+ over 36 months/);
  await expect(page.getByText(/^In \d+% of simulated futures Essentials is cheapest\.$/)).toBeVisible();
  for (const legend of ["Plan 1: Essentials", "Plan 2: Standard", "Plan 3: Premium"]) await expect(plan(page, legend)).toBeVisible();

  // The map of which option wins where, with its table: for 25 staff at 0.5 issues, Essentials.
  // Charts are drawn as they come near the window: scroll down to it as a reader would.
  const heading = page.getByRole("heading", { name: "Which option is cheapest" });
  for (let step = 0; step < 40 && (await heading.count()) === 0; step++) await page.mouse.wheel(0, 500);
  const map = page.locator(".chart").filter({ has: heading });
  await map.scrollIntoViewIfNeeded();
  await expect(map.getByText(/For you \(25 staff, 0\.5 issues per person a month\): Essentials\./)).toBeVisible();
  await map.getByRole("button", { name: "Show as table" }).click();
  await expect(map.getByRole("row", { name: /^25 .*Essentials/ })).toBeVisible();
  guard.expectClean();
});

test("a newcomer adds, names, focuses and removes a plan, and the link keeps each step", async ({ page }) => {
  const guard = await guardPage(page);
  await openApp(page, THREE_PLANS);

  await page.getByRole("button", { name: "Add a plan" }).click();
  const added = plan(page, "Plan 4: Plan 4");
  await expect(added.getByRole("textbox", { name: "Fee per staff member" })).toHaveValue("95");
  await added.getByRole("textbox", { name: "Plan name" }).fill("Gold Care");
  await expect(page).toHaveURL(/[?&]p4\.msName=Gold\+Care(&|$)/);
  await expect(page).toHaveURL(/[?&]plans=4(&|$)/);
  await expect(page.getByRole("button", { name: "Add a plan" })).toBeDisabled();
  await plan(page, "Plan 4: Gold Care").getByRole("textbox", { name: "Fee per staff member" }).fill("150");
  await expect(shownTable(page).getByRole("rowheader", { name: /^Gold Care/ })).toBeVisible();

  await page.getByRole("combobox", { name: "Compare break-fix with" }).selectOption({ label: "Premium" });
  await expect(page).toHaveURL(/[?&]focus=3(&|$)/);
  await expect(headline(page)).toHaveText(/^Premium saves \$[\d,]+ over 36 months/);
  await expect(page.getByText(/Premium (pays for itself in month \d+|is the cheaper choice from the first month)/)).toBeVisible();

  await page.getByRole("button", { name: "Remove plan Standard" }).click();
  await expect(plan(page, "Plan 2: Premium")).toBeVisible();
  await expect(page).toHaveURL(/[?&]plans=3(&|$)/);
  // The focus follows Premium, now plan 2.
  await expect(page).toHaveURL(/[?&]focus=2(&|$)/);
  await expect(headline(page)).toHaveText(/^Premium saves/);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(plan(page, "Plan 2: Standard")).toBeVisible();
  await expect(page).toHaveURL(/[?&]focus=3(&|$)/);

  const url = page.url();
  const before = await headline(page).textContent();
  await page.goto(url);
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  await expect(headline(page)).toHaveText(before!);
  await expect(plan(page, "Plan 4: Gold Care")).toBeVisible();
  guard.expectClean();
});

test("a bad field of one plan is named by its key, and the rest of the link is kept", async ({ page }) => {
  const guard = await guardPage(page);
  await openApp(page, "/?plans=2&p2.msName=Gold&p2.msSeat=-5&p3.msSeat=90&focus=4&seats=40");
  const notice = page.getByRole("alert").filter({ hasText: "Some settings in this link were ignored" });
  await expect(notice.locator("code")).toHaveText(["p2.msSeat", "p3.msSeat", "focus"]);
  await expect(plan(page, "Plan 2: Gold").getByRole("textbox", { name: "Fee per staff member" })).toHaveValue("110");
  await expect(page.getByRole("textbox", { name: "Staff who use IT" })).toHaveValue("40");
  guard.expectClean();
});

test("a plan's name with markup is text on the page, never markup", async ({ page }) => {
  const guard = await guardPage(page);
  const name = "<img src=x onerror=alert(1)>";
  await openApp(page, `/?plans=2&p2.msName=${encodeURIComponent(name)}&p2.msSeat=60`);
  await expect(plan(page, `Plan 2: ${name}`)).toBeVisible();
  await expect(shownTable(page).getByRole("rowheader", { name: startingWith(name) })).toBeVisible();
  expect(await page.locator("img[src=x]").count()).toBe(0);
  guard.expectClean();
});
