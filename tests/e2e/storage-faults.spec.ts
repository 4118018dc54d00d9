/**
 * Storage faults in a real browser: damaged or foreign data under the price-sheet key, a browser
 * that refuses storage altogether, and a full one. Each time the calculator starts, says what was
 * not loaded or not saved, keeps computing, and loses nothing else.
 */
import { expect, test, type Page } from "@playwright/test";
import { guardPage, openApp } from "./support/guards.ts";
import { BACKUP_KEY, STORAGE_KEY } from "../../src/features/price-sheets/storage-keys.ts";

const headline = (page: Page) => page.locator(".verdict__headline");
const sheets = (page: Page) => page.getByRole("region", { name: "Price sheets" });
/** What the section says about stored sheets as a whole, and about the last action when it went wrong. */
const storageNotice = (page: Page) => sheets(page).locator(".toolkit__notice");
const actionError = (page: Page) => sheets(page).locator(".toolkit__error");
const savedList = (page: Page) => sheets(page).getByRole("combobox", { name: "Saved" });

/** Puts text under a key before the page's own scripts run, once: later reloads see what the page left. */
async function seedStorage(page: Page, entries: Record<string, string>) {
  await page.addInitScript((seed) => {
    if (sessionStorage.getItem("seeded")) return;
    sessionStorage.setItem("seeded", "1");
    for (const [key, text] of Object.entries(seed)) localStorage.setItem(key, text);
  }, entries);
}

/** The calculator still computes: a new seat count changes the verdict and the address. */
async function expectCalculatorWorks(page: Page) {
  await expect(headline(page)).toContainText(/Managed support saves \$[\d,]+ over 36 months/);
  const before = (await headline(page).textContent())!;
  await page.getByRole("textbox", { name: "Staff who use IT" }).fill("40");
  await expect(headline(page)).not.toHaveText(before);
  await expect(headline(page)).toContainText(/Managed support saves \$[\d,]+ over 36 months/);
  await expect(page).toHaveURL(/[?&]seats=40(&|$)/);
}

async function saveSheet(page: Page, name: string) {
  await sheets(page).getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await sheets(page).getByRole("button", { name: "Save current terms" }).click();
}

const storedText = (page: Page, key: string) =>
  page.evaluate((name) => localStorage.getItem(name), key);

test.use({ serviceWorkers: "block" });

test("damaged JSON under the price-sheet key: the app starts, says none were loaded, and keeps the damaged data aside on the next save", async ({
  page,
}) => {
  const guard = await guardPage(page);
  const damaged = '{"version":1,"sheets":[{"id":"x","name":"Acme"';
  await seedStorage(page, { [STORAGE_KEY]: damaged });
  await openApp(page, "/");

  await expect(storageNotice(page)).toContainText(
    "The price sheets saved in this browser could not be read",
  );
  await expect(sheets(page).getByText("No price sheets saved yet.")).toBeVisible();
  await expectCalculatorWorks(page);
  // Until something is saved, the damaged data stays exactly as it was.
  expect(await storedText(page, STORAGE_KEY)).toBe(damaged);

  await saveSheet(page, "Fresh start");
  await expect(
    sheets(page).getByText("Saved “Fresh start” with the break-fix terms and one managed plan, “Managed”."),
  ).toBeVisible();
  expect(await storedText(page, BACKUP_KEY)).toBe(damaged);
  const stored = JSON.parse((await storedText(page, STORAGE_KEY))!) as {
    sheets: { name: string }[];
  };
  expect(stored.sheets.map((sheet) => sheet.name)).toEqual(["Fresh start"]);

  await page.reload();
  await expect(savedList(page).locator("option:checked")).toHaveText("Fresh start");
  await expect(storageNotice(page)).toHaveCount(0);
  guard.expectClean();
});

test("data of the wrong shape: the readable sheets load, the others are named as not loaded and kept in storage", async ({
  page,
}) => {
  const guard = await guardPage(page);
  const foreign = {
    id: "b",
    name: "From another program",
    savedAt: "2026-01-01T00:00:00.000Z",
    values: { msSeat: "lots", seats: 40 },
  };
  const good = {
    id: "a",
    name: "Acme standard",
    savedAt: "2026-01-01T00:00:00.000Z",
    values: { msSeat: 95, bfRate: 170 },
  };
  await seedStorage(page, {
    [STORAGE_KEY]: JSON.stringify({ version: 1, sheets: [good, foreign, 42] }),
  });
  await openApp(page, "/");

  await expect(storageNotice(page)).toContainText(
    "2 saved price sheets could not be read and were not loaded; the others were.",
  );
  await expect(savedList(page).locator("option")).toHaveText(["Acme standard"]);
  await sheets(page).getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]msSeat=95(&|$)/);
  await expectCalculatorWorks(page);

  await saveSheet(page, "Second");
  await expect(sheets(page).getByText("Saved “Second”")).toBeVisible();
  const stored = JSON.parse((await storedText(page, STORAGE_KEY))!) as { sheets: unknown[] };
  expect(stored.sheets).toHaveLength(4);
  expect(stored.sheets).toContainEqual(foreign);
  expect(stored.sheets).toContainEqual(42);
  guard.expectClean();
});

test("storage switched off: the app starts, says sheets will not be kept, and still saves them for the session", async ({
  page,
}) => {
  const guard = await guardPage(page);
  // As with cookies blocked: merely reading window.localStorage throws.
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("Access is denied for this document.", "SecurityError");
      },
    });
  });
  await openApp(page, "/");
  expect(
    await page.evaluate(() => {
      try {
        return typeof window.localStorage;
      } catch (error) {
        return (error as DOMException).name;
      }
    }),
  ).toBe("SecurityError");

  await expect(storageNotice(page)).toContainText(
    "This browser is not letting the calculator store anything",
  );
  await expect(storageNotice(page)).toContainText("new ones last only until the page is closed");
  await expectCalculatorWorks(page);

  await saveSheet(page, "Session only");
  await expect(actionError(page)).toContainText("Saved “Session only”");
  await expect(actionError(page)).toContainText("It is kept until this page is closed");
  await expect(savedList(page).locator("option:checked")).toHaveText("Session only");
  await sheets(page).getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/[?&]seats=40(&|$)/);
  guard.expectClean();
});

test("a full storage: saving says the sheet was not stored, and the sheets already stored are untouched", async ({
  page,
}) => {
  const guard = await guardPage(page);
  const existing = {
    id: "a",
    name: "Acme standard",
    savedAt: "2026-01-01T00:00:00.000Z",
    values: { msSeat: 95 },
  };
  const before = JSON.stringify({ version: 1, sheets: [existing] });
  await seedStorage(page, { [STORAGE_KEY]: before });
  // Every write fails as a full storage fails; reads still work.
  await page.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await openApp(page, "/?servers=5&v=1");
  await expect(savedList(page).locator("option:checked")).toHaveText("Acme standard");
  await expect(storageNotice(page)).toHaveCount(0);

  await saveSheet(page, "Too many");
  const error = actionError(page);
  await expect(error).toContainText("Saved “Too many”");
  await expect(error).toContainText("could not be stored because this browser's storage is full");
  await expect(error).toContainText("Export it to a file, or delete sheets you no longer need");
  // The sheet is there for this session; the stored list is as it was; the scenario is intact.
  await expect(savedList(page).locator("option")).toHaveText(["Acme standard", "Too many"]);
  expect(await storedText(page, STORAGE_KEY)).toBe(before);
  await expect(page.getByRole("textbox", { name: "Servers" })).toHaveValue("5");
  await expectCalculatorWorks(page);
  await expect(page).toHaveURL(/[?&]servers=5(&|$)/);

  await page.reload();
  await expect(savedList(page).locator("option")).toHaveText(["Acme standard"]);
  guard.expectClean();
});
