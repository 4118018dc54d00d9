/**
 * The page in each language: the pseudo-locale finds any word left out of translation and any
 * line that overflows at a phone's width; German and French journeys check what a reader of each
 * sees and types; every language's page, embed and configurator pass axe.
 */
import { expect, test, type Page } from "@playwright/test";
import { AxeBuilder } from "@axe-core/playwright";
import { expectChartsCaughtUp, guardPage, openApp } from "./support/guards.ts";
import { catalogText } from "./support/english-text.ts";
import { pdfPageText } from "./support/pdf.ts";
import { holdScripts } from "./support/hold-scripts.ts";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const THREE_PLANS = "?plans=3&msName=Essentials&p2.msName=Standard&p2.msSeat=120&p3.msName=Premium&p3.msSeat=150&v=2";
/** What the link names its plans: the user's words, never translated. */
const PLAN_NAMES = ["Essentials", "Standard", "Premium"];

/**
 * Words of three or more plain ASCII letters the reader can see or hear, outside code, names and
 * what the user typed: in the pseudo-locale every translated letter is accented, so each one is a
 * string that escaped translation. Codes in capitals (USD, CSV) are not words.
 */
function untranslatedWords(names: readonly string[]): string[] {
  const ascii = (text: string) =>
    text
      .split(/[^\p{L}]+/u)
      .filter((word) => /^[A-Za-z]{3,}$/.test(word) && !/^[A-Z]+$/.test(word) && !names.includes(word));
  const exempt = (element: Element) =>
    element.closest("code, pre, textarea, script, style, noscript, .explain__source-title, .preview__events, [data-plan-name], [data-user-text]") !== null;
  const found = new Set<string>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || exempt(parent) || !parent.checkVisibility()) continue;
    for (const word of ascii(node.textContent ?? "")) found.add(`${word} in “${(node.textContent ?? "").trim().slice(0, 80)}”`);
  }
  for (const element of document.querySelectorAll("[aria-label], [title], [placeholder], [alt], [aria-valuetext]")) {
    if (exempt(element)) continue;
    for (const name of ["aria-label", "title", "placeholder", "alt", "aria-valuetext"]) {
      const value = element.getAttribute(name);
      // An example address is an address, in any language.
      if (value && !/^https?:\/\//.test(value)) for (const word of ascii(value)) found.add(`${word} in ${name} “${value.slice(0, 80)}”`);
    }
  }
  return [...found];
}

/** Elements whose text does not fit: the page wider than the window, or a control cutting its words. */
function overflowing(): string[] {
  const found: string[] = [];
  // Read by screen readers only: clipped to a pixel on purpose.
  const visuallyHidden = (element: HTMLElement) => element.getBoundingClientRect().width <= 1 || getComputedStyle(element).clipPath !== "none";
  // What the reader can see past the window's right edge, outside a part that scrolls sideways.
  const sideways = (element: Element) => {
    for (let node = element.parentElement; node; node = node.parentElement) {
      if (["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(node).overflowX)) return true;
    }
    return false;
  };
  for (const element of document.querySelectorAll<HTMLElement>("body *")) {
    if (!element.checkVisibility() || element.closest("svg") || sideways(element)) continue;
    const right = element.getBoundingClientRect().right;
    if (right > window.innerWidth + 1) {
      found.push(`${element.tagName.toLowerCase()}.${element.className} “${element.textContent?.trim().slice(0, 60)}” ends at ${Math.round(right)}px`);
    }
  }
  for (const element of document.querySelectorAll<HTMLElement>("button, a, label, th, td, h1, h2, h3, legend, summary, .field__help, select")) {
    if (!element.checkVisibility() || visuallyHidden(element)) continue;
    const style = getComputedStyle(element);
    const clips = style.overflowX !== "visible" || style.textOverflow === "ellipsis";
    if (clips && element.scrollWidth > element.clientWidth + 1) found.push(`${element.tagName.toLowerCase()} “${element.textContent?.trim().slice(0, 60)}” is cut`);
  }
  return found;
}

/** Opens every fold, shows every chart as a table, and lets every chart draw. */
async function openEverything(page: Page) {
  for (const summary of await page.locator("details:not([open]) > summary").all()) {
    if (await summary.isVisible()) await summary.click();
  }
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < height; y += 600) await page.evaluate((top) => window.scrollTo(0, top), y);
  await expectChartsCaughtUp(page, 20_000);
}

async function expectAllTranslated(page: Page, where: string) {
  const words = await page.evaluate(untranslatedWords, PLAN_NAMES);
  expect(words, `${where}: words left in English:\n${words.join("\n")}`).toEqual([]);
}

async function expectNothingCut(page: Page, where: string) {
  const cut = await page.evaluate(overflowing);
  expect(cut, `${where}:\n${cut.join("\n")}`).toEqual([]);
}

test.describe("the pseudo-locale at a phone's width", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("leaves no word of the calculator untranslated, and cuts none", async ({ page }) => {
    test.setTimeout(120_000);
    const guard = await guardPage(page);
    await openApp(page, `/pseudo/${THREE_PLANS}`);
    await openEverything(page);
    await expectAllTranslated(page, "the calculator, every fold open");
    await expectNothingCut(page, "the calculator, every fold open");
    for (const toggle of await page.locator(".chart button[aria-pressed='false']").all()) {
      if (await toggle.isVisible()) await toggle.click();
    }
    await expectAllTranslated(page, "the charts as tables");
    await expectNothingCut(page, "the charts as tables");
    await page.locator(".verdict .figure-button").first().click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await expectAllTranslated(page, "an explanation");
    guard.expectClean();
  });

  test("the presenter, a link's notice, the embed and the configurator say nothing in English either", async ({ page }) => {
    test.setTimeout(90_000);
    for (const [path, where] of [
      [`/pseudo/${THREE_PLANS}&present=1`, "presenter mode"],
      ["/pseudo/?seats=abc&bfRate=99999&v=2", "the notice of a link's ignored settings"],
      ["/pseudo/embed.html?ctaLabel=%C3%9C%C3%B1&ctaUrl=https%3A%2F%2Fexample.com%2Fbook", "the embed"],
      ["/pseudo/configure.html", "the configurator"],
    ] as const) {
      await openApp(page, path);
      await openEverything(page);
      await expectAllTranslated(page, where);
      await expectNothingCut(page, where);
    }
  });
});

/**
 * How each language writes money and dates: German "106.395 $" and "7. Dezember 2026", French
 * "106 395 $US" (a narrow no-break space) and "7 décembre 2026".
 */
const JOURNEYS = [
  { locale: "de", money: /\d{1,3}\.\d{3}\s\$/, date: /\d{1,2}\. [A-ZÄÖÜ][a-zäöü]+ \d{4}/ },
  { locale: "fr", money: /\d{1,3}\u202f\d{3}\s\$US/, date: /\d{1,2} [a-zéû]+ \d{4}/ },
] as const;

for (const { locale, money, date } of JOURNEYS) {
  test.describe(`in ${locale}`, () => {
    const words = (english: string) => catalogText(locale, { english });

    test("a newcomer reads the page, types a decimal comma, explains a figure and keeps the language in the link", async ({ page }) => {
      const guard = await guardPage(page);
      await openApp(page, `/${locale}/`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page).toHaveTitle(words("IT support cost calculator: managed flat fee vs break-fix hourly"));
      await expect(page.locator(".verdict__headline")).toContainText(money);

      await page.getByText(words("More assumptions")).click();
      const issues = page.getByRole("textbox", { name: catalogText(locale, { context: "input issues" }), exact: true });
      await issues.fill("0,7");
      await expect(page).toHaveURL(new RegExp(`/${locale}/\\?(.*&)?issues=0\\.7(&|$)`));
      await expect(issues).toHaveValue("0,7");

      await page.locator(".verdict .figure-button").first().click();
      await expect(page.getByRole("dialog")).toBeVisible();
      await expect(page.getByRole("dialog")).not.toContainText(/\bthe\b|\bper month\b|\bover\b/);
      await page.keyboard.press("Escape");
      guard.expectClean();
    });

    test("the app a browser offers to install is named in the page's language and opens its page", async ({ page, request }) => {
      await page.goto(`/${locale}/`);
      const href = await page.locator('link[rel="manifest"]').getAttribute("href");
      expect(href).toBe(`/${locale}/manifest.webmanifest`);
      const response = await request.get(href!);
      expect(response.headers()["content-type"]).toMatch(/^application\/manifest\+json/);
      const manifest = (await response.json()) as Record<string, unknown>;
      expect(manifest).toMatchObject({
        lang: locale,
        name: words("IT support cost calculator: managed flat fee vs break-fix hourly"),
        short_name: words("IT support costs"),
        start_url: `/${locale}/`,
      });
      expect(manifest.description).toBe(words("Compare what IT support really costs under a managed flat-fee agreement and break-fix hourly support, month by month. Works offline."));
    });

    test("the printout and the embed are in the page's language", async ({ page }, testInfo) => {
      await page.addInitScript(() => {
        window.print = () => {
          (window as unknown as { printed: boolean }).printed = true;
        };
      });
      await openApp(page, `/${locale}/?seats=40`);
      await page.getByRole("button", { name: words("Print / save as PDF") }).click();
      await page.waitForFunction(() => (window as unknown as { printed?: boolean }).printed === true);
      await expect(page.locator(".cover-header__title")).toHaveText(words("IT support: managed flat fee or break-fix hourly?"));
      await expect(page.locator(".cover-header__date")).toContainText(date);
      // Chromium numbers each page at its foot, in the page's words.
      const pdfPath = testInfo.outputPath(`printout-${locale}.pdf`);
      await page.pdf({ path: pdfPath, format: "A4", pageRanges: "1" });
      const pageNumber = words("Page {page} of {pages}").replace("{page}", "1").split("{pages}");
      expect(pdfPageText(pdfPath, 1)).toMatch(new RegExp(pageNumber.map(escapeRegExp).join("[2-9]")));

      await openApp(page, `/${locale}/embed.html?seats=40`);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.locator(".verdict__headline")).toContainText(money);
      await expect(page.locator(".verdict__headline")).not.toContainText(/\b(saves|over|months|less)\b/);
    });
  });
}

test.describe("German", () => {
  test("a link opened in German has the English page's figures, and the language choice keeps the settings", async ({ page }) => {
    await openApp(page, "/?seats=40&bfRate=130&issues=0.7&v=2");
    const english = (await page.locator(".verdict__headline").textContent()) ?? "";
    await openApp(page, "/de/?seats=40&bfRate=130&issues=0.7&v=2");
    const german = (await page.locator(".verdict__headline").textContent()) ?? "";
    const digits = (text: string) => text.replace(/[^\d]/g, "");
    expect(digits(german)).toBe(digits(english));

    await page.getByLabel(catalogText("de", { english: "Language" }), { exact: true }).selectOption("fr");
    await page.waitForURL(/\/fr\/\?seats=40&bfRate=130&issues=0\.7/);
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  });

  test("a link opened in German says in German that its figures are on their way", async ({ page }) => {
    // The app's code is held back, so the link's note stays on screen.
    const release = await holdScripts(page);
    await page.goto("/de/?seats=40&v=2");
    const note = () => page.evaluate(() => getComputedStyle(document.querySelector("main")!, "::before").content);
    await expect.poll(note).toBe(`"${catalogText("de", { english: "Working out the figures of this link…" })}"`);
    release();
    await page.locator("html[data-ready]").waitFor({ state: "attached" });
    expect(await note()).toBe("none");
  });

  test("a browser that prefers German is offered the German page, and nothing on the page moves", async ({ browser }) => {
    const context = await browser.newContext({ locale: "de-DE" });
    const page = await context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) (window as unknown as { shifts: number }).shifts += (entry as unknown as { value: number }).value;
      }).observe({ type: "layout-shift", buffered: true });
    });
    await openApp(page, "/?seats=40");
    const shiftsBefore = await page.evaluate(() => (window as unknown as { shifts: number }).shifts);
    const offer = page.getByRole("link", { name: "Auf Deutsch ansehen" });
    await expect(offer).toBeVisible();
    // The offer floats in a corner: its arrival moves nothing on the page.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(shiftsBefore);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await offer.click();
    await page.waitForURL(/\/de\/\?seats=40/);
    await context.close();
  });
});

/** The simulation's risk sentence as a page's HTML holds it. */
function riskSentenceIn(html: string): string {
  const sentence = /class="verdict__risk"><span[^>]*>([^<]*)</.exec(html)?.[1];
  if (sentence === undefined) throw new Error("no risk sentence in the page's HTML");
  return sentence.replace(/&amp;/g, "&").replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');
}

test.describe("each language's page at a phone's width", () => {
  test.use({ viewport: { width: 412, height: 823 } });

  for (const path of ["/", "/de/", "/fr/", "/es/", "/nl/"]) {
    test(`${path} holds the simulation's own figures in its HTML, so nothing moves when the browser's arrive`, async ({ page, request }) => {
      // The same scenario as a link, which the browser draws itself with its worker's figures.
      const prerendered = riskSentenceIn(await (await request.get(path)).text());
      await openApp(page, `${path}?v=2`);
      const risk = page.locator(".verdict__risk > span:not(.muted)");
      await expect(risk).toHaveText(prerendered, { timeout: 20_000 });

      await page.addInitScript(() => {
        const seen = window as unknown as { shifts: number; analysed: boolean };
        seen.shifts = 0;
        seen.analysed = false;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) seen.shifts += (entry as unknown as { value: number }).value;
        }).observe({ type: "layout-shift", buffered: true });
        // The analysis worker's answer: the simulation's figures have reached the page.
        const NativeWorker = window.Worker;
        window.Worker = class extends NativeWorker {
          constructor(url: string | URL, options?: WorkerOptions) {
            super(url, options);
            this.addEventListener("message", (event: MessageEvent<{ analysis?: unknown }>) => {
              if (event.data?.analysis) seen.analysed = true;
            });
          }
        };
      });
      await page.goto(path);
      await page.waitForFunction(() => (window as unknown as { analysed: boolean }).analysed, null, { timeout: 20_000 });
      // Drawn once the browser is idle again.
      await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))));
      await expect(page.locator(".verdict__risk")).toHaveText(prerendered);
      expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    });
  }
});

for (const locale of ["de", "fr", "es", "nl"]) {
  test(`the ${locale} page, embed and configurator have no accessibility violations`, async ({ page }) => {
    for (const path of [`/${locale}/`, `/${locale}/embed.html`, `/${locale}/configure.html`]) {
      await openApp(page, path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]).analyze();
      const summary = results.violations.map((violation) => `${path} ${violation.id}: ${violation.help}`);
      expect(summary, summary.join("\n")).toEqual([]);
    }
  });
}
