/**
 * WebKitGTK, Safari's engine: Debian's WebKitWebDriver drives its MiniBrowser, which runs on an
 * Xvfb display this file starts on a free display number and stops at the end. One browser
 * serves every journey.
 *
 * MiniBrowser starts full screen: its toolbar is then hidden and the window's size is the page's
 * viewport (with the toolbar, GTK keeps the window at least 447 px wide). A page that leaves full
 * screen (presenter mode does) takes the window out of it for good, so journeys that resize the
 * window come before presenter mode.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, openSync, readdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { Builder, By, Key, type WebDriver } from "selenium-webdriver";
import type { Driver, Engine, PageFunction } from "./driver.ts";
import { recordProblems } from "./page-scripts.ts";

/** What WebKitWebDriver and MiniBrowser write to stderr, kept for when a journey fails. */
const LOG = "test-results/engines/webkit.log";

/** MiniBrowser ships in libwebkit2gtk's own folder, named after the machine's architecture. */
export function findMiniBrowser(): string | null {
  if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
  const lib = "/usr/lib";
  const folders = readdirSync(lib).filter((name) => name.endsWith("-linux-gnu"));
  for (const folder of folders) {
    for (const api of ["webkit2gtk-4.1", "webkit2gtk-4.0", "webkitgtk-6.0"]) {
      const path = `${lib}/${folder}/${api}/MiniBrowser`;
      if (existsSync(path)) return path;
    }
  }
  return null;
}

/** Starts Xvfb on the first free display (it picks the number itself and reports it). */
async function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn(
    "Xvfb",
    ["-displayfd", "3", "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
    { stdio: ["ignore", "ignore", "ignore", "pipe"] },
  );
  const display = await new Promise<string>((resolve, reject) => {
    let text = "";
    xvfb.stdio[3]!.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes("\n")) resolve(`:${text.trim()}`);
    });
    xvfb.on("exit", (code) => reject(new Error(`Xvfb exited (${code})`)));
    xvfb.on("error", reject);
  });
  return { display, process: xvfb };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForDriver(url: string, deadline = Date.now() + 30_000): Promise<void> {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/status`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer at ${url}`);
}

/** WebKitWebDriver answers the print command with "Unknown command". */
export const WEBKIT: Engine = { name: "webkit", portOffset: 2, canPrint: false, launch: launchWebKit };

async function launchWebKit(): Promise<Driver> {
  const miniBrowser = findMiniBrowser();
  if (!miniBrowser) throw new Error("MiniBrowser not found: install webkit2gtk-driver (Debian)");
  const stopped: ChildProcess[] = [];
  const stopAll = () => {
    for (const child of stopped.reverse()) child.kill();
  };
  // Not left running when the test run itself is stopped.
  process.once("exit", stopAll);
  let driver: WebDriver;
  mkdirSync("test-results/engines", { recursive: true });
  try {
    const xvfb = await startXvfb();
    stopped.push(xvfb.process);
    const port = await freePort();
    const webDriver = spawn("WebKitWebDriver", [`--port=${port}`], {
      stdio: ["ignore", "ignore", openSync(LOG, "w")],
      env: {
        ...process.env,
        DISPLAY: xvfb.display,
        // Xvfb has no GPU: draw in software, without the DMA-BUF renderer meant for real screens.
        WEBKIT_DISABLE_DMABUF_RENDERER: "1",
        WEBKIT_DISABLE_COMPOSITING_MODE: "1",
      },
    });
    stopped.push(webDriver);
    const url = `http://127.0.0.1:${port}`;
    await waitForDriver(url);
    driver = await new Builder()
      .usingServer(url)
      .withCapabilities({
        browserName: "MiniBrowser",
        "webkitgtk:browserOptions": {
          binary: miniBrowser,
          args: ["--automation", "--full-screen"],
        },
      })
      .build();
  } catch (error) {
    stopAll();
    throw error;
  }

  const run = <Args extends unknown[], Result>(fn: PageFunction<Args, Result>, ...args: Args) =>
    driver.executeScript(fn, ...args) as Promise<Result>;

  return {
    async goto(url) {
      await driver.get(url);
      await run(recordProblems);
    },
    async reload() {
      await driver.navigate().refresh();
      await run(recordProblems);
    },
    evaluate: run,
    async evaluateInFrame(selector, fn, ...args) {
      await driver.switchTo().frame(await driver.findElement(By.css(selector)));
      try {
        return await run(fn, ...args);
      } finally {
        await driver.switchTo().defaultContent();
      }
    },
    async click(selector) {
      await driver.findElement(By.css(selector)).click();
    },
    async type(selector, text) {
      const field = await driver.findElement(By.css(selector));
      await field.click();
      await driver.executeScript("arguments[0].select()", field);
      await driver.actions().sendKeys(text).perform();
    },
    async select(selector, value) {
      await driver.findElement(By.css(`${selector} option[value="${value}"]`)).click();
    },
    async press(key) {
      await driver
        .actions()
        .sendKeys(key === "Escape" ? Key.ESCAPE : key)
        .perform();
    },
    async setViewport(width, height) {
      await driver.manage().window().setRect({ width, height });
      // The window takes its new size after setRect has answered, and the page learns of it later still.
      let viewportWidth = 0;
      for (const deadline = Date.now() + 5000; Date.now() < deadline; ) {
        viewportWidth = await run(() => innerWidth);
        if (viewportWidth === width) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(
        `the viewport is ${viewportWidth} px wide, not ${width}, 5 s after the window was resized: has MiniBrowser left full screen (a page leaving full screen takes the window with it) to show its toolbar?`,
      );
    },
    async screenshot(path) {
      writeFileSync(path, await driver.takeScreenshot(), "base64");
    },
    async pdf() {
      throw new Error("WebKitWebDriver cannot print");
    },
    takeLoggedProblems: () => [],
    async close() {
      try {
        await driver.quit();
      } finally {
        stopAll();
      }
    },
  };
}
