/**
 * Firefox ESR, the system's own binary, driven by puppeteer-core over WebDriver BiDi (no browser
 * is downloaded). One browser and one page serve every journey.
 */
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import type { Driver, Engine, PageFunction } from "./driver.ts";
import { recordProblems } from "./page-scripts.ts";

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";

export const FIREFOX: Engine = { name: "firefox", portOffset: 1, canPrint: true, launch: launchFirefox };

async function launchFirefox(): Promise<Driver> {
  const browser: Browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX_PATH,
    headless: true,
    extraPrefsFirefox: {
      // A closed network: no update checks, telemetry or remote settings.
      "app.update.enabled": false,
      "browser.safebrowsing.malware.enabled": false,
      "browser.safebrowsing.phishing.enabled": false,
      "datareporting.policy.dataSubmissionEnabled": false,
      "toolkit.telemetry.enabled": false,
    },
  });
  const page: Page = await browser.newPage();
  const logged: string[] = [];
  page.on("pageerror", (error) =>
    logged.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`),
  );
  page.on("console", (message) => {
    if (message.type() === "error") logged.push(`console error: ${message.text()}`);
  });
  page.on("dialog", (dialog) => {
    logged.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.evaluateOnNewDocument(recordProblems);

  const frameOf = async (selector: string) => {
    const frame = await (await page.waitForSelector(selector))?.contentFrame();
    if (!frame) throw new Error(`no frame at ${selector}`);
    return frame;
  };

  return {
    async goto(url) {
      await page.goto(url, { waitUntil: "load" });
    },
    async reload() {
      await page.reload({ waitUntil: "load" });
    },
    // puppeteer types its arguments as handles or values; the journeys only ever pass values.
    evaluate: <Args extends unknown[], Result>(fn: PageFunction<Args, Result>, ...args: Args) =>
      page.evaluate(fn as never, ...(args as unknown as never[])) as Promise<Result>,
    evaluateInFrame: async <Args extends unknown[], Result>(
      selector: string,
      fn: PageFunction<Args, Result>,
      ...args: Args
    ) =>
      (await frameOf(selector)).evaluate(
        fn as never,
        ...(args as unknown as never[]),
      ) as Promise<Result>,
    async click(selector) {
      await page.click(selector);
    },
    async type(selector, text) {
      await page.click(selector);
      await page.$eval(selector, (element) => (element as HTMLInputElement).select());
      await page.keyboard.type(text);
    },
    async select(selector, value) {
      await page.select(selector, value);
    },
    async press(key) {
      await page.keyboard.press(key);
    },
    async setViewport(width, height) {
      await page.setViewport({ width, height });
    },
    async screenshot(path) {
      await page.screenshot({ path: path as `${string}.png` });
    },
    async pdf() {
      return page.pdf({ format: "A4", printBackground: true });
    },
    takeLoggedProblems: () => logged.splice(0),
    async close() {
      await browser.close();
    },
  };
}
