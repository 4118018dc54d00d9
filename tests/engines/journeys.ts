/**
 * The journeys every engine must complete, written once and run by firefox.test.ts and
 * webkit.test.ts against the production build under its real security headers. Each ends with no
 * uncaught error and no Content-Security-Policy violation in the page (or the embed's frame).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { computeCosts, defaultScenario, parseScenario } from "../../src/model/index.ts";
import { formatMoney, type Currency } from "../../src/lib/format.ts";
import { CHART_TITLES, DATA_MARKS } from "../support/chart-marks.ts";
import type { Driver, Engine, PageFunction } from "./driver.ts";
import { clickOutcome, guardNextClick, markElement, pageProblems } from "./page-scripts.ts";
import { startHost, startPreview, type Preview, type Server } from "./servers.ts";

const OUT = "test-results/engines";
const SIMULATION_SENTENCE = /In \d+% of [\d,]+ simulated futures break-fix costs more/;

/** What the verdict must say a link saves, worked out by the model itself. */
function saving(query: string, currency: Currency = "USD"): string {
  const scenario = query ? parseScenario(new URLSearchParams(query)).scenario : defaultScenario();
  return formatMoney(Math.abs(computeCosts(scenario).difference), currency);
}

export function defineJourneys(engine: Engine) {
  describe(`${engine.name}`, () => {
    let driver: Driver;
    let site: Preview;
    let host: Server;
    const problems: string[] = [];

    beforeAll(async () => {
      mkdirSync(OUT, { recursive: true });
      site = await startPreview(engine.portOffset);
      host = await startHost(site.origin);
      driver = await engine.launch();
      await driver.setViewport(1280, 900);
    });

    // What a failed journey's page left behind is that journey's, not the next one's.
    // A failed journey leaves a screenshot of where it stopped.
    beforeEach(({ onTestFailed, task }) => {
      onTestFailed(async () => {
        await collectProblems();
        problems.length = 0;
        const name = task.name.replace(/[^a-z0-9]+/gi, "-").slice(0, 60);
        await driver.screenshot(`${OUT}/${engine.name}-failed-${name}.png`).catch(() => {});
      });
    });

    afterAll(async () => {
      await driver?.close();
      await host?.close();
      await site?.close();
    });

    /** Keeps what the current page recorded before it is left. */
    async function collectProblems(frame?: string) {
      const recorded = await (
        frame ? driver.evaluateInFrame(frame, pageProblems) : driver.evaluate(pageProblems)
      ).catch(() => []);
      problems.push(
        ...recorded,
        ...driver.takeLoggedProblems(),
        ...site.takeCspReports(),
        ...host.takeCspReports(),
      );
    }

    async function expectNoProblems(frame?: string) {
      if (frame) await collectProblems(frame);
      await collectProblems();
      expect(problems.splice(0), "errors and policy violations").toEqual([]);
    }

    /** Asks until the answer is truthy, for 45 s at most; `what` says what was awaited and the last answer. */
    async function poll<Result>(
      check: () => Promise<Result>,
      what: (last: Result | undefined) => string,
    ): Promise<NonNullable<Result>> {
      const deadline = Date.now() + 45_000;
      let last: Result | undefined;
      while (Date.now() < deadline) {
        last = await check();
        if (last) return last;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`timed out waiting for ${what(last)}`);
    }

    const waitFor = <Args extends unknown[], Result>(
      what: string,
      fn: PageFunction<Args, Result>,
      ...args: Args
    ) =>
      poll(
        () => driver.evaluate(fn, ...args),
        () => what,
      );

    /**
     * Waits until the open page has stopped loading chunks (no new resource for half a second): a
     * chunk still loading when the page is left fails, and the browser reports that as an error
     * of the page that follows.
     */
    async function settle() {
      let count = -1;
      for (let tries = 0; tries < 20; tries++) {
        const now = await driver
          .evaluate(() => (document.readyState === "complete" ? performance.getEntriesByType("resource").length : -1))
          .catch(() => 0);
        if (now === count && now >= 0) return;
        count = now;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }

    /** Opens a page of the calculator and waits until it has started, so its controls respond. */
    async function open(path: string) {
      await settle();
      await collectProblems();
      await driver.goto(`${site.origin}${path}`);
      await waitFor("the page to start", () => document.documentElement.hasAttribute("data-ready"));
    }

    const text = (selector: string) =>
      driver.evaluate(
        (css) => (document.querySelector(css)?.textContent ?? "").replace(/\s+/g, " ").trim(),
        selector,
      );

    async function waitForText(selector: string, wanted: string | RegExp) {
      let said = "";
      const matches = () =>
        typeof wanted === "string" ? said.includes(wanted) : wanted.test(said);
      return poll(
        async () => {
          said = await text(selector);
          return matches() && said;
        },
        () => `${selector} to say ${String(wanted)}; it said “${said}”`,
      );
    }

    /** The element that `selector` matches whose text starts with `name` (or, for "label", the control it labels). */
    const find = (selector: string, name: string) =>
      waitFor(`${selector} “${name}”`, markElement, selector, name);

    /**
     * Clicks what `target` finds, finding it again until the click lands: unlike Playwright, a
     * driver does not wait for an element to hold still, and the page may redraw, move or hide it
     * between the finding and the click. A press that reaches anything else is stopped in the
     * page (see guardNextClick), so trying again never clicks twice.
     */
    async function clickOn(target: () => Promise<string>) {
      let refused = "";
      await poll(
        async () => {
          try {
            const selector = await target();
            if (!(await driver.evaluate(guardNextClick, selector))) return false;
            await driver.click(selector);
            let outcome: string | null = null;
            for (let wait = 0; wait < 10 && outcome === null; wait++) {
              if (wait > 0) await new Promise((resolve) => setTimeout(resolve, 100));
              outcome = await driver.evaluate(clickOutcome);
            }
            refused = outcome === "missed" ? "it reached another element" : "no click reached the page";
            return outcome === "landed";
          } catch (error) {
            refused = String(error);
            return false;
          }
        },
        () => `a click to land (${refused})`,
      );
    }

    const fieldValue = async (label: string) =>
      driver.evaluate(
        (css) => (document.querySelector(css) as HTMLInputElement).value,
        await find("label", label),
      );

    const address = () => driver.evaluate(() => location.search);

    async function waitForSimulation() {
      await waitForText(".verdict", SIMULATION_SENTENCE);
      await waitFor(
        "the simulation's figures",
        () => document.querySelectorAll(".verdict .muted").length === 0,
      );
    }

    it("the default page shows its verdict and, once simulated, the range of outcomes", async () => {
      await open("/");
      await waitForText(".verdict__headline", `Managed support saves ${saving("")} over 36 months`);
      await waitForSimulation();
      await driver.screenshot(`${OUT}/${engine.name}-default-1280.png`);
      await expectNoProblems();
    });

    it("a shared link opens with its own figures", async () => {
      await open("/?seats=40&bfRate=110&v=1");
      await waitForText(".verdict__headline", saving("seats=40&bfRate=110"));
      expect(await fieldValue("Staff who use IT")).toBe("40");
      await waitForSimulation();
      await expectNoProblems();
    });

    it("a link with three plans names each plan and the cheapest, and a plan can be added and named", async () => {
      await open(
        "/?plans=3&msName=Essentials&msSeat=95&msOutside=40&msRate=120&p2.msName=Standard&p2.msSeat=120&p3.msName=Premium&p3.msSeat=160",
      );
      await waitForText(".verdict__headline", /^Essentials saves \$[\d,]+ over 36 months/);
      const rows = await driver.evaluate(() =>
        [...document.querySelectorAll(".totals__table")][0]!.querySelectorAll("tbody th").length,
      );
      expect(rows).toBe(4);
      await waitForText(".totals__row--win", "Essentials cheapest");
      await clickOn(() => find("button", "Add a plan"));
      await waitFor("a fourth plan", () => /[?&]plans=4(&|$)/.test(location.search));
      await driver.type(await find("label", "Plan name"), "Gold Care");
      await waitFor("the first plan renamed", () => /[?&]msName=Gold\+Care(&|$)/.test(location.search));
      await waitForText(".verdict__headline", /^Gold Care saves/);
      await expectNoProblems();
    });

    it("typing into a field updates the verdict and the address", async () => {
      await open("/");
      await driver.type(await find("label", "Staff who use IT"), "40");
      await waitForText(".verdict__headline", saving("seats=40"));
      await waitFor("the address to hold the seats", () =>
        /[?&]seats=40(&|$)/.test(location.search),
      );
      expect(await address()).toMatch(/[?&]v=2(&|$)/);
      await expectNoProblems();
    });

    it("a link with bad settings names each ignored field and keeps the rest", async () => {
      await open("/?seats=abc&servers=5&bogus=1&bfRate=99999&v=1");
      const notice = await find("[role=alert]", "Some settings in this link were ignored");
      const said = await text(notice);
      for (const key of ["seats", "bogus", "bfRate"]) expect(said).toContain(key);
      expect(await fieldValue("Servers")).toBe("5");
      await expectNoProblems();
    });

    it("every chart draws once scrolled to, and one turns into its table", async () => {
      await open("/");
      for (const title of CHART_TITLES) {
        const chart = await find(".layout__charts section.chart", title);
        await driver.evaluate(
          (css) => document.querySelector(css)!.scrollIntoView({ block: "center" }),
          chart,
        );
        await waitFor(
          `“${title}” drawn`,
          (css, marks) => {
            const section = document.querySelector(css)!;
            if (section.querySelector(".chart__placeholder")) return false;
            return (
              section.querySelectorAll(
                `.recharts-surface :is(${marks}), .plain-plot__line, .plain-plot__dot, .decision-map__region`,
              ).length > 0
            );
          },
          chart,
          DATA_MARKS,
        );
      }
      const monthly = await find(".layout__charts section.chart", "Cost per month");
      await clickOn(async () => `${monthly} button[aria-pressed]`);
      await waitFor(
        "the monthly table",
        (css) => document.querySelectorAll(`${css} table tbody tr`).length === 36,
        monthly,
      );
      expect(await text(`${monthly} table tbody tr`)).toMatch(/^1\s?\$[\d,]+/);
      await expectNoProblems();
    });

    it("switching currency changes how figures are written, not the figures", async () => {
      await open("/");
      await driver.select(await find("label", "Currency"), "GBP");
      await waitForText(".verdict__headline", saving("", "GBP"));
      await waitFor("the address to hold the currency", () =>
        location.search.includes("currency=GBP"),
      );
      await expectNoProblems();
    });

    it("a 390-pixel-wide phone screen never scrolls sideways", async () => {
      await driver.setViewport(390, 844);
      try {
        await open("/");
        expect(await driver.evaluate(() => innerWidth)).toBe(390);
        await driver.screenshot(`${OUT}/${engine.name}-phone-390.png`);
        // Down the whole page, so the charts and the toolkit are drawn too.
        const overflow = await driver.evaluate(async () => {
          const wider: string[] = [];
          for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
            window.scrollTo(0, y);
            await new Promise((resolve) => setTimeout(resolve, 150));
            if (document.documentElement.scrollWidth > document.documentElement.clientWidth) {
              wider.push(`${document.documentElement.scrollWidth}px wide at ${y}px down`);
            }
          }
          return wider;
        });
        expect(overflow).toEqual([]);
        await expectNoProblems();
      } finally {
        await driver.setViewport(1280, 900);
      }
    });

    // After every journey that resizes the window (see webkit-driver.ts).
    it("presenter mode opens with P, shows the verdict large, and leaves with Esc", async () => {
      await open("/");
      await driver.press("p");
      await waitFor(
        "presenter mode",
        () => document.querySelector(".presenter .verdict--large") !== null,
      );
      await waitFor("the address to say so", () => /[?&]present=1(&|$)/.test(location.search));
      await driver.press("Escape");
      await waitFor("presenter mode to close", () => document.querySelector(".presenter") === null);
      await waitFor("the address to drop it", () => !location.search.includes("present="));
      await expectNoProblems();
    });

    it("the embed on another site's page, under that site's strict policy, sizes itself and shows its prefill", async () => {
      await collectProblems();
      await driver.goto(`${host.origin}/host.html`);
      const frame = "iframe[title]";
      const ready = await waitFor("the embed's ready event", () =>
        (
          window as unknown as { itcostEvents?: { type: string; height: number }[] }
        ).itcostEvents?.find((event) => event.type === "ready"),
      );
      expect(ready.height).toBeGreaterThan(300);
      await waitFor(`the frame to start`, () => {
        const element = document.querySelector("iframe[title]");
        return element !== null && element.getBoundingClientRect().height > 300;
      });
      const seats = await driver.evaluateInFrame(frame, markElement, "label", "Staff who use IT");
      const inFrame = await driver.evaluateInFrame(
        frame,
        (css) => ({
          headline: document.querySelector(".verdict__headline")?.textContent ?? "",
          seats: css ? (document.querySelector(css) as HTMLInputElement).value : null,
          height: document.documentElement.getBoundingClientRect().height,
        }),
        seats,
      );
      expect(inFrame.seats).toBe("40");
      expect(inFrame.headline).toContain(saving("seats=40"));
      // The loader sized the iframe to the calculator's own height: no inner scrolling, no gap.
      const frameHeight = await driver.evaluate(
        () => document.querySelector("iframe[title]")!.getBoundingClientRect().height,
      );
      expect(Math.abs(frameHeight - inFrame.height)).toBeLessThanOrEqual(2);
      await driver.screenshot(`${OUT}/${engine.name}-embed.png`);
      await expectNoProblems(frame);
    });

    it.skipIf(!engine.canPrint)(
      "the leave-behind prints to PDF with the verdict, the brand and every assumption",
      async () => {
        await open("/?seats=20&brand=Harbour+IT&v=1");
        // The test prints to PDF itself: a print dialog is not something a driver can close.
        await driver.evaluate(() => {
          window.print = () => {
            document.documentElement.dataset.printCalls = String(
              Number(document.documentElement.dataset.printCalls ?? 0) + 1,
            );
          };
        });
        await clickOn(() => find("button", "Print / save as PDF"));
        // What the page shows goes into the message should it not print once.
        const printState = () =>
          driver.evaluate(() => {
            const root = document.documentElement;
            const button = document.querySelector("button[aria-busy]");
            return `print() calls: ${root.dataset.printCalls ?? 0}; root class “${root.className}”; button “${button?.textContent ?? "gone"}”, busy: ${button?.getAttribute("aria-busy")}`;
          });
        let state = "";
        await poll(
          async () => !(state = await printState()).startsWith("print() calls: 0;"),
          () => `the page to print; ${state}`,
        );
        expect(await printState()).toMatch(/^print\(\) calls: 1;/);
        const verdict = await text(".verdict__headline");
        const pdf = `${OUT}/${engine.name}-leave-behind.pdf`;
        writeFileSync(pdf, await driver.pdf());
        // NFKC spells out the ligatures (ﬁ) a font may print with.
        const printed = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" })
          .normalize("NFKC")
          .replace(/\s+/g, " ");
        expect(printed).toContain(verdict);
        expect(printed).toContain("Prepared by Harbour IT");
        expect(printed).toContain("Every assumption and where it comes from");
        expect(printed).not.toContain("Copy link");
        await expectNoProblems();
      },
    );

    it("after one visit the calculator opens and computes with the network off", async () => {
      await open("/");
      await waitFor("the service worker to take over", async () => {
        const registration = await navigator.serviceWorker.getRegistration();
        return registration?.active?.state === "activated";
      });
      await settle();
      await site.setOffline(true);
      try {
        await collectProblems();
        await driver.reload();
        await waitFor("the page to start offline", () =>
          document.documentElement.hasAttribute("data-ready"),
        );
        await waitForText(".verdict__headline", saving(""));
        await driver.type(await find("label", "Staff who use IT"), "40");
        await waitForText(".verdict__headline", saving("seats=40"));
        await waitForSimulation();
        // Any link opens offline: the page comes from the cache and reads its scenario from the address.
        await open("/?seats=12&v=1");
        await waitForText(".verdict__headline", saving("seats=12"));
      } finally {
        await site.setOffline(false);
      }
      await expectNoProblems();
    });
  });
}
