import { expect, type Page } from "@playwright/test";

/** A Content-Security-Policy violation as the page saw it. */
export type CspViolation = { directive: string; blockedURI: string; sourceFile: string; documentURI: string };

declare global {
  interface Window {
    __cspViolations?: CspViolation[];
    __reportCspViolation?: (text: string) => void;
  }
}

/**
 * Runs in every document and frame before the page's own scripts: records each
 * `securitypolicyviolation` event in window.__cspViolations and passes it to the test.
 */
function recordCspViolations() {
  window.__cspViolations = [];
  document.addEventListener("securitypolicyviolation", (event) => {
    const violation = {
      directive: event.effectiveDirective || event.violatedDirective,
      blockedURI: event.blockedURI,
      sourceFile: event.sourceFile,
      documentURI: event.documentURI,
    };
    window.__cspViolations?.push(violation);
    window.__reportCspViolation?.(`${violation.directive} blocked ${violation.blockedURI || "(inline)"} in ${violation.documentURI}`);
  });
}

/** The violations recorded in the page's main document since it was loaded. */
export function cspViolations(page: Page): Promise<CspViolation[]> {
  return page.evaluate(() => window.__cspViolations ?? []);
}

/**
 * Watches a page for what must never happen: console errors, uncaught exceptions, dialogs,
 * Content-Security-Policy violations and requests to any origin other than the page's own (and,
 * where given, the allowed ones).
 */
export async function guardPage(page: Page, allowedOrigins: string[] = []) {
  const problems: string[] = [];
  // Awaited: a navigation sent before both are in place can load without the recorder, and the
  // CSP checks of that page would then pass without having looked.
  await page.exposeBinding("__reportCspViolation", (_source, text: string) => problems.push(`CSP violation: ${text}`));
  await page.addInitScript(recordCspViolations);
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    const own = new URL(page.url() === "about:blank" ? request.url() : page.url()).origin;
    if (url.origin !== own && !allowedOrigins.includes(url.origin)) {
      problems.push(`request left the origin: ${request.url()}`);
    }
  });
  return {
    problems,
    expectClean() {
      expect(problems, problems.join("\n")).toEqual([]);
    },
  };
}

/** Opens a page of the app and waits until it has started, so its controls respond. */
export async function openApp(page: Page, path: string) {
  await page.goto(path);
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
}

/**
 * Waits until no chart is marked busy, bringing each busy one into view: a chart off screen keeps
 * its last drawing (RenderInView), so one drawn before the simulation's figures arrived and then
 * scrolled past still says "Simulating…" until it is seen again, when it redraws.
 */
export async function expectChartsCaughtUp(page: Page, timeout: number): Promise<void> {
  const busy = page.locator(".chart--busy, .catching-up--behind");
  await expect(async () => {
    for (const chart of await busy.all()) await chart.scrollIntoViewIfNeeded({ timeout: 1000 }).catch(() => {});
    expect(await busy.count()).toBe(0);
  }).toPass({ timeout });
}
