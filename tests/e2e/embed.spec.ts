/**
 * The embed as another website uses it: a host page on a different origin (another port), under
 * its own strict Content-Security-Policy, with the one-line snippet pointing at the calculator.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Frame, type Page } from "@playwright/test";
import { guardPage, openApp } from "./support/guards.ts";

type HostEvent = { namespace: string; version: number; type: string; [field: string]: unknown };

const FRAME_TITLE = "IT support cost calculator";
const CTA_URL = "https://example.com/book";

let host: Server;
let hostOrigin: string;
let calculatorOrigin: string;

/** The host site's pages. Scripts and styles come from files: its policy allows no inline ones. */
function hostFiles(): Record<string, { type: string; body: string }> {
  const page = (title: string, snippet: string, extra = "") => ({
    type: "text/html",
    body: `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <link rel="stylesheet" href="/host.css" />
    <script src="/host.js"></script>
  </head>
  <body>
    <header><strong>Harbour IT Services</strong><nav>Services · About · Contact</nav></header>
    <main>
      <h1>What would IT support cost your business?</h1>
      <p>Try our calculator: change the figures to match your office.</p>
      ${snippet}
      ${extra}
      <p>Questions? Call us on 0123 456 789.</p>
    </main>
  </body>
</html>`,
  });
  const loader = `${calculatorOrigin}/embed.js`;
  return {
    "/host.html": page(
      "Harbour IT: the cost calculator",
      `<script src="${loader}" data-seats="40" data-theme="dark" data-accent="#0a7d5a" data-cta-label="Book a call" data-cta-url="${CTA_URL}" data-brand="Harbour IT" data-cfasync="false" async></script>`,
    ),
    "/bad-cta.html": page(
      "Harbour IT: a bad button",
      `<div data-itcost data-seats="12" data-bf-rate="lots" data-cta-label="Click me" data-cta-url="javascript:alert(document.domain)"></div>
      <script src="${loader}" async></script>`,
    ),
    "/two-plans.html": page(
      "Harbour IT: two plans",
      `<script src="${loader}" data-plans="2" data-p2-ms-name="Gold Care" data-p2-ms-seat="150" async></script>`,
    ),
    "/forgery.html": page(
      "Harbour IT: forgeries",
      `<script src="${loader}" async></script>`,
      `<iframe id="same-origin" title="A frame of the host" src="/blank.html"></iframe>
      <iframe id="calculator-copy" title="A copy not made by the loader" src="${calculatorOrigin}/embed.html?sections=verdict"></iframe>`,
    ),
    "/blank.html": { type: "text/html", body: "<!doctype html><title>blank</title><p>Another frame</p>" },
    "/host.js": {
      type: "text/javascript",
      body: `window.itcostEvents = [];
for (const type of ["ready", "resize", "scenario-changed", "cta-clicked"]) {
  window.addEventListener("itcost:" + type, (event) => window.itcostEvents.push(event.detail));
}`,
    },
    "/host.css": {
      type: "text/css",
      body: `body { margin: 0; font-family: Georgia, serif; background: #1d2330; color: #eef; }
header { display: flex; justify-content: space-between; padding: 1rem 2rem; background: #11151d; }
main { max-width: 980px; margin: 0 auto; padding: 1rem 2rem 3rem; }
iframe#same-origin, iframe#calculator-copy { width: 100%; height: 120px; border: 1px solid #555; }`,
    },
  };
}

test.beforeAll(async () => {
  calculatorOrigin = new URL(test.info().project.use.baseURL ?? "http://localhost:4173").origin;
  host = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (path === "/favicon.ico") {
      response.writeHead(204).end();
      return;
    }
    const file = hostFiles()[path];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "Content-Type": file.type,
      // The host's own strict policy: the calculator is allowed as a script and a frame, nothing else.
      "Content-Security-Policy": `default-src 'none'; script-src 'self' ${calculatorOrigin}; frame-src 'self' ${calculatorOrigin}; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'`,
    });
    response.end(file.body);
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

const embedFrame = (page: Page) => page.locator(`iframe[title="${FRAME_TITLE}"]`);

async function calculatorFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((frame) => frame.url().startsWith(`${calculatorOrigin}/embed.html?`) && frame.url().includes("parentOrigin"))).toBe(true);
  return page.frames().find((frame) => frame.url().startsWith(`${calculatorOrigin}/embed.html?`) && frame.url().includes("parentOrigin"))!;
}

function hostEvents(page: Page): Promise<HostEvent[]> {
  return page.evaluate(() => (window as unknown as { itcostEvents: HostEvent[] }).itcostEvents);
}

async function frameHeight(page: Page): Promise<number> {
  return embedFrame(page).evaluate((element) => element.getBoundingClientRect().height);
}

/** The iframe's height once the chart has loaded and nothing has moved for half a second. */
async function settledHeight(page: Page, frame: Frame): Promise<number> {
  await expect(frame.locator(".charts-placeholder")).toHaveCount(0);
  let last = -1;
  await expect
    .poll(async () => {
      const now = await frameHeight(page);
      const same = now === last;
      last = now;
      return same;
    }, { intervals: [500] })
    .toBe(true);
  return last;
}

test("the snippet puts a titled, lazy, sandboxed iframe on another site, with the prefill and theme", async ({ page }, testInfo) => {
  const guard = await guardPage(page, [calculatorOrigin]);
  await page.setViewportSize({ width: 1100, height: 1000 });
  await page.goto(`${hostOrigin}/host.html`);

  const iframe = embedFrame(page);
  await expect(iframe).toHaveAttribute("loading", "lazy");
  await expect(iframe).toHaveAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox");
  const src = new URL((await iframe.getAttribute("src"))!);
  expect(src.origin).toBe(calculatorOrigin);
  expect(src.searchParams.get("parentOrigin")).toBe(hostOrigin);
  expect(src.searchParams.has("cfasync")).toBe(false);

  const frame = await calculatorFrame(page);
  await expect(frame.getByRole("textbox", { name: "Staff who use IT" })).toHaveValue("40");
  await expect(frame.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(await frame.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--embed-accent").trim())).toBe("#0a7d5a");
  await expect(frame.getByText("Harbour IT", { exact: true })).toBeVisible();
  await expect(frame.getByRole("heading", { name: "What does IT support really cost?" })).toHaveCount(0);
  await expect(frame.getByRole("heading", { name: "How this is calculated" })).toHaveCount(0);

  const full = frame.getByRole("link", { name: "Open the full calculator" });
  await expect(full).toHaveAttribute("target", "_blank");
  await expect(full).toHaveAttribute("rel", "noopener");
  const fullUrl = new URL((await full.getAttribute("href"))!, calculatorOrigin);
  expect(fullUrl.searchParams.get("seats")).toBe("40");
  expect(fullUrl.searchParams.get("brand")).toBe("Harbour IT");
  await expect(frame.getByRole("link", { name: "Book a call" })).toHaveAttribute("href", CTA_URL);

  await expect.poll(async () => (await hostEvents(page)).map((event) => event.type)).toContain("ready");
  const ready = (await hostEvents(page)).find((event) => event.type === "ready")!;
  expect(ready).toMatchObject({ namespace: "itcost", version: 1, problems: [] });
  expect(ready.summary).toMatchObject({ months: 36, currency: "USD", breakFixTotal: expect.any(Number), managedTotal: expect.any(Number) });

  const height = await settledHeight(page, frame);
  const content = await frame.evaluate(() => Math.ceil(document.querySelector(".embed")!.getBoundingClientRect().height));
  expect(height).toBe(content);

  await page.screenshot({ path: testInfo.outputPath("embed-host.png"), fullPage: true });
  guard.expectClean();
});

test("an embed of two plans shows both by name and tells the host page about both", async ({ page }, testInfo) => {
  const guard = await guardPage(page, [calculatorOrigin]);
  await page.setViewportSize({ width: 1100, height: 1000 });
  await page.goto(`${hostOrigin}/two-plans.html`);
  const src = new URL((await embedFrame(page).getAttribute("src"))!);
  expect(src.searchParams.get("plans")).toBe("2");
  expect(src.searchParams.get("p2.msName")).toBe("Gold Care");
  expect(src.searchParams.get("p2.msSeat")).toBe("150");

  const frame = await calculatorFrame(page);
  const options = frame.getByRole("table", { name: "The options over 36 months" });
  await expect(options.getByRole("rowheader", { name: /^Managed/ })).toBeVisible();
  await expect(options.getByRole("rowheader", { name: /^Gold Care/ })).toBeVisible();
  await expect(options.getByText("cheapest")).toHaveCount(1);

  await expect.poll(async () => (await hostEvents(page)).map((event) => event.type)).toContain("ready");
  const ready = (await hostEvents(page)).find((event) => event.type === "ready")!;
  expect(ready.problems).toEqual([]);
  const summary = ready.summary as { plans: { name: string; total: number; perSeatMonth: number }[]; cheapest: number; cheapestName: string; breakFixTotal: number };
  expect(summary.plans.map((plan) => plan.name)).toEqual(["Managed", "Gold Care"]);
  expect(summary.plans[1]!.total).toBeGreaterThan(summary.plans[0]!.total);
  for (const plan of summary.plans) {
    expect(plan).toMatchObject({ total: expect.any(Number), perSeatMonth: expect.any(Number) });
    expect(plan).toHaveProperty("breakEvenMonth");
  }
  const totals = [summary.breakFixTotal, ...summary.plans.map((plan) => plan.total)];
  expect(summary.cheapest).toBe(totals.indexOf(Math.min(...totals)));
  expect(summary.cheapestName).toBe(summary.cheapest === 0 ? "Break-fix" : summary.plans[summary.cheapest - 1]!.name);

  await settledHeight(page, frame);
  await page.screenshot({ path: testInfo.outputPath("embed-two-plans-1280.png"), fullPage: true });
  guard.expectClean();
});

test("the iframe grows and shrinks with its content", async ({ page }) => {
  const guard = await guardPage(page, [calculatorOrigin]);
  await page.goto(`${hostOrigin}/host.html`);
  const frame = await calculatorFrame(page);
  const closed = await settledHeight(page, frame);

  const more = frame.getByText("More assumptions");
  await more.click();
  await expect(frame.getByRole("textbox", { name: "Hourly rate", exact: true })).toBeVisible();
  await expect.poll(() => frameHeight(page)).toBeGreaterThan(closed + 500);
  const opened = await frameHeight(page);
  expect(await frame.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(Math.ceil(opened) + 1);

  await more.click();
  await expect.poll(() => frameHeight(page)).toBe(closed);
  const resizes = (await hostEvents(page)).filter((event) => event.type === "resize").map((event) => event.height as number);
  expect(Math.max(...resizes)).toBe(opened);
  guard.expectClean();
});

test("the host page receives typed events: ready, resize, scenario-changed and cta-clicked", async ({ page }) => {
  const guard = await guardPage(page, [calculatorOrigin]);
  // The call to action opens the host's own page in a new tab; it is answered here, not fetched.
  await page.context().route("https://example.com/**", (route) => route.fulfill({ contentType: "text/html", body: "<p>Booking</p>" }));
  await page.goto(`${hostOrigin}/host.html`);
  const frame = await calculatorFrame(page);
  await expect.poll(async () => (await hostEvents(page)).map((event) => event.type)).toContain("ready");
  const before = (await hostEvents(page)).find((event) => event.type === "ready")!.summary as Record<string, unknown>;

  await frame.getByRole("textbox", { name: "Staff who use IT" }).fill("80");
  await expect.poll(async () => (await hostEvents(page)).map((event) => event.type)).toContain("scenario-changed");
  const changed = (await hostEvents(page)).filter((event) => event.type === "scenario-changed");
  expect(changed).toHaveLength(1);
  const summary = changed[0]!.summary as Record<string, unknown>;
  expect(Object.keys(summary).sort()).toEqual([
    "breakEvenMonth",
    "breakFixTotal",
    "cheapest",
    "cheapestName",
    "currency",
    "difference",
    "focus",
    "managedTotal",
    "months",
    "plans",
  ]);
  expect(summary.breakFixTotal).toBeGreaterThan(before.breakFixTotal as number);
  expect(summary.difference).toBeCloseTo((summary.breakFixTotal as number) - (summary.managedTotal as number), 6);

  const popup = page.waitForEvent("popup");
  await frame.getByRole("link", { name: "Book a call" }).click();
  await (await popup).close();
  await expect.poll(async () => (await hostEvents(page)).map((event) => event.type)).toContain("cta-clicked");
  const clicked = (await hostEvents(page)).find((event) => event.type === "cta-clicked")!;
  expect(clicked).toMatchObject({ namespace: "itcost", version: 1, label: "Book a call", url: CTA_URL, summary: { months: 36 } });

  for (const event of await hostEvents(page)) expect(event).toMatchObject({ namespace: "itcost", version: 1 });
  guard.expectClean();
});

test("messages forged by any other window are ignored", async ({ page }) => {
  const guard = await guardPage(page, [calculatorOrigin]);
  await page.goto(`${hostOrigin}/forgery.html`);
  const frame = await calculatorFrame(page);
  const height = await settledHeight(page, frame);
  const eventsBefore = (await hostEvents(page)).length;
  const forged = { namespace: "itcost", version: 1, type: "resize", height: 77 };

  // The host's own window, a frame of the host's origin, and a calculator frame the loader did not make.
  await page.evaluate((message) => window.postMessage(message, "*"), forged);
  await page.frame({ url: `${hostOrigin}/blank.html` })!.evaluate((message) => parent.postMessage(message, "*"), forged);
  const copy = page.frame({ url: `${calculatorOrigin}/embed.html?sections=verdict` })!;
  await copy.evaluate((message) => parent.postMessage(message, "*"), forged);
  await page.waitForTimeout(500);
  // The embed may still resize itself meanwhile (on a busy machine, "settled" can come early):
  // what must not happen is a forged height, on the frame or in the host's events.
  const resizedTo = async (wanted: number) =>
    (await hostEvents(page)).slice(eventsBefore).some((event) => event.type === "resize" && event.height === wanted);
  expect(await frameHeight(page)).not.toBe(forged.height);
  expect(await resizedTo(forged.height)).toBe(false);
  if ((await hostEvents(page)).length === eventsBefore) expect(await frameHeight(page)).toBe(height);

  // The same message from the embed's own window is believed: the checks above are not vacuous.
  await frame.evaluate(([message, origin]) => parent.postMessage({ ...message, height: 333 }, origin), [forged, hostOrigin] as const);
  await expect.poll(() => resizedTo(333)).toBe(true);
  guard.expectClean();
});

test("a host's wrong settings are explained in the host page's console, one warning each, and never shown to its visitors", async ({ page }) => {
  const guard = await guardPage(page, [calculatorOrigin]);
  const warnings: { text: string; script: string }[] = [];
  page.on("console", (message) => {
    if (message.type() === "warning") warnings.push({ text: message.text(), script: message.location().url });
  });
  await page.goto(`${hostOrigin}/bad-cta.html`);
  const frame = await calculatorFrame(page);
  await expect(frame.getByRole("textbox", { name: "Staff who use IT" })).toHaveValue("12");
  await expect(frame.getByRole("link", { name: "Open the full calculator" })).toBeVisible();
  await expect(frame.getByRole("link", { name: "Click me" })).toHaveCount(0);
  expect(new URL(frame.url()).searchParams.has("ctaUrl")).toBe(false);

  // One warning per setting, from the loader (the host page's own script), naming attribute, value and reason.
  // The label, left without its address, is the third.
  await expect.poll(() => warnings.length).toBe(3);
  expect(warnings.map((warning) => warning.text)).toEqual([
    'IT support cost calculator: data-cta-url="javascript:alert(document.domain)" must be a full https:// address, so it was ignored.',
    expect.stringMatching(/^IT support cost calculator: data-bf-rate="lots" is not a plain number .+, so it was ignored\.$/),
    'IT support cost calculator: data-cta-label="Click me" has no valid call-to-action address to go to, so it was ignored.',
  ]);
  for (const warning of warnings) expect(warning.script).toBe(`${calculatorOrigin}/embed.js`);

  // The same problems reach the page's script with the ready event.
  const ready = (await hostEvents(page)).find((event) => event.type === "ready");
  expect(ready?.problems).toEqual([
    { key: "data-cta-url", value: "javascript:alert(document.domain)", message: "must be a full https:// address" },
    { key: "data-bf-rate", value: "lots", message: expect.stringContaining("is not a plain number") },
    { key: "data-cta-label", value: "Click me", message: "has no valid call-to-action address to go to" },
  ]);

  // The visitor sees a working calculator with its default hourly rate, and no notice.
  await expect(frame.locator(".verdict__headline")).toBeVisible();
  await expect(frame.getByText("Some settings in this link were ignored")).toHaveCount(0);
  await expect(frame.getByRole("alert")).toHaveCount(0);
  guard.expectClean();
});

test("an embed address written by hand with a bad setting is refused there too, in the console and not on the page", async ({ page }) => {
  const guard = await guardPage(page);
  const warnings: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "warning") warnings.push(message.text());
  });
  await openApp(page, `/embed.html?ctaLabel=Click%20me&ctaUrl=${encodeURIComponent("javascript:alert(1)")}`);
  await expect(page.getByRole("link", { name: "Click me" })).toHaveCount(0);
  await expect.poll(() => warnings).toContainEqual('Embed setting ctaUrl="javascript:alert(1)" must be a full https:// address, so it was ignored.');
  await expect(page.getByText("Some settings in this link were ignored")).toHaveCount(0);
  guard.expectClean();
});

test("the calculator's pages send a strict policy, and only the embed may be framed", async ({ request }) => {
  for (const path of ["/", "/configure.html", "/embed.html"]) {
    const headers = (await request.get(path)).headers();
    const policy = headers["content-security-policy"] ?? "";
    expect(policy).toContain("script-src 'self';");
    // The inlined stylesheet is allowed by its hash, never by 'unsafe-inline'.
    expect(policy).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')*;/);
    expect(policy).not.toContain("unsafe");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(policy).toContain(path === "/embed.html" ? "frame-ancestors *" : "frame-ancestors 'none'");
  }
  const embedHtml = await (await request.get("/embed.html")).text();
  expect(embedHtml).toContain('<div id="root" data-mode="embed">');
  expect(embedHtml).not.toMatch(/\sstyle="/);
  expect(await (await request.get("/")).text()).not.toMatch(/\sstyle="/);
});

test("embed.html opened on its own starts from its prerendered layout without errors", async ({ page }) => {
  const guard = await guardPage(page);
  await openApp(page, "/embed.html");
  await expect(page.locator(".verdict__headline")).toHaveText("Managed support saves $106,395 over 36 months: 46% less than break-fix.");
  await page.getByRole("textbox", { name: "Staff who use IT" }).fill("40");
  await expect(page.locator(".verdict__headline")).not.toContainText("$106,395");
  await expect(page).toHaveURL(/\/embed\.html$/);
  guard.expectClean();
});

test("the embed's chart is in its first paint and loads no Recharts until someone wants the details", async ({ page, request }) => {
  // Prerendered: the lines are in the HTML itself, before any script runs.
  const embedHtml = await (await request.get("/embed.html")).text();
  expect(embedHtml.match(/class="plain-plot__line /g)).toHaveLength(2);

  const guard = await guardPage(page);
  const chartRequests: string[] = [];
  page.on("request", (sent) => {
    if (/\/assets\/(time-plot(?!-on-demand)|recharts|charts-panel)-/.test(sent.url())) chartRequests.push(sent.url());
  });
  await openApp(page, "/embed.html");
  const monthly = page.getByRole("region", { name: "Cost per month" });
  // The simulation's bands join the plain drawing; Recharts is still not loaded.
  await expect(monthly.locator(".plain-plot__band")).toHaveCount(2, { timeout: 15_000 });
  expect(chartRequests).toEqual([]);

  // Pointing at the plot brings Recharts in, with its tooltip.
  const plot = monthly.locator(".chart__plot");
  await plot.hover();
  await expect(monthly.locator(".recharts-surface")).toBeVisible({ timeout: 15_000 });
  expect(chartRequests.length).toBeGreaterThan(0);
  await expect(monthly.locator(".plain-plot")).toHaveCount(0);
  const box = (await plot.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
  await expect(monthly.locator(".chart-tooltip")).toContainText(/Month \d+/);
  guard.expectClean();
});

test("a keyboard user tabs into the embed's chart and reads it month by month", async ({ page }) => {
  const guard = await guardPage(page);
  await openApp(page, "/embed.html");
  const monthly = page.getByRole("region", { name: "Cost per month" });
  await monthly.getByRole("button", { name: "Show as table" }).focus();
  await page.keyboard.press("Tab");
  // The plain drawing takes the focus and hands it on to Recharts' surface once that is drawn.
  const surface = monthly.locator("svg.recharts-surface");
  await expect(surface).toBeFocused({ timeout: 15_000 });
  await page.keyboard.press("ArrowRight");
  await expect(monthly.locator(".chart-tooltip")).toContainText("Month");
  guard.expectClean();
});

test("the configurator shows the embed live and copies its snippet", async ({ page, context }) => {
  const guard = await guardPage(page);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: calculatorOrigin });
  await openApp(page, "/");
  await page.getByRole("link", { name: "Embed this calculator on your website" }).click();
  await expect(page).toHaveURL(/\/configure\.html$/);
  await expect(page.getByRole("heading", { name: "Put the calculator on your website" })).toBeVisible();

  await page.getByRole("textbox", { name: "Staff who use IT" }).fill("40");
  await page.getByLabel("Theme").selectOption("dark");
  await page.getByRole("textbox", { name: "Accent colour", exact: true }).fill("#0a7d5a");
  await page.getByRole("textbox", { name: "Button label" }).fill("Book a call");
  await page.getByRole("textbox", { name: "Button address" }).fill("javascript:alert(1)");
  await expect(page.getByText("The button address must be a full https:// address")).toBeVisible();
  await page.getByRole("textbox", { name: "Button address" }).fill(CTA_URL);

  const snippet = page.getByRole("textbox", { name: "Paste this where the calculator should appear" });
  await expect(snippet).toHaveValue(
    [
      `<script src="${calculatorOrigin}/embed.js"`,
      '  data-seats="40"',
      '  data-theme="dark"',
      '  data-accent="#0a7d5a"',
      '  data-cta-label="Book a call"',
      `  data-cta-url="${CTA_URL}"`,
      "  async></script>",
    ].join("\n"),
  );

  const preview = page.frameLocator('iframe[title="Preview of the embedded calculator"]');
  await expect(preview.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(preview.getByRole("textbox", { name: "Staff who use IT" })).toHaveValue("40");
  await expect(preview.getByRole("link", { name: "Book a call" })).toBeVisible();
  await expect(page.getByText(/^ready: \d+px tall$/).first()).toBeVisible();

  await page.getByRole("button", { name: "Copy snippet" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Copied." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());
  guard.expectClean();
});
