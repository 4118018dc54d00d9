import type { Browser } from "playwright-core";
import { expect } from "vitest";

/** Runs in every document before its own scripts: records each CSP violation the page sees. */
function recordCspViolations() {
  const seen: string[] = [];
  (window as Window & { __violations?: string[] }).__violations = seen;
  document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"}`));
}

/**
 * A visitor opening a shared link: the page starts, computes the link's verdict, installs the
 * offline service worker, and sees no CSP violation, console error or uncaught exception.
 */
export async function runJourney(browser: Browser, origin: string): Promise<void> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
    await page.addInitScript(recordCspViolations);

    const response = await page.goto(`${origin}/?seats=40&bfRate=130`);
    expect(response?.status()).toBe(200);
    await page.locator("html[data-ready]").waitFor({ state: "attached", timeout: 20_000 });
    expect(await page.getByRole("textbox", { name: "Staff who use IT" }).inputValue()).toBe("40");
    // The verdict is computed for the link, its simulated figures filled in (no "––%" placeholder left).
    await expect.poll(() => page.locator(".verdict .muted").count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => page.locator(".verdict").textContent()).toMatch(/In \d+% of [\d,]+ simulated futures/);
    await expect.poll(() => page.locator(".verdict__headline").textContent()).toMatch(/\$[\d,]+/);
    const url = new URL(page.url());
    expect(url.searchParams.get("bfRate")).toBe("130");

    const state = await page.evaluate(
      () =>
        new Promise<string>((done) => {
          void navigator.serviceWorker.ready.then((registration) => {
            const worker = registration.active!;
            if (worker.state === "activated") done(worker.state);
            else worker.addEventListener("statechange", () => worker.state === "activated" && done(worker.state));
          });
        }),
    );
    expect(state).toBe("activated");
    const cached = await page.evaluate(async () => (await caches.keys()).length);
    expect(cached, "the service worker's cache").toBeGreaterThan(0);

    const violations = await page.evaluate(() => (window as Window & { __violations?: string[] }).__violations ?? []);
    expect([...violations, ...problems]).toEqual([]);
  } finally {
    await context.close();
  }
}
