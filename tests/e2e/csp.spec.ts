/**
 * The production build under its Content-Security-Policy: the preview server sends the strict
 * policy of public/_headers, and the main journeys run under it without a single violation and
 * without a request to any other origin. The guard (support/guards.ts) records every
 * `securitypolicyviolation` event of every document; these tests also read the record itself.
 */
import { expect, test, type Page } from "@playwright/test";
import { cspViolations, guardPage, openApp } from "./support/guards.ts";

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = "", ...values]) => [name.toLowerCase(), values] as const),
  );
}

/** The violations of the document now shown, which must be none; checked before leaving it. */
async function expectNoViolations(page: Page, where: string) {
  expect(await cspViolations(page), `CSP violations on ${where}`).toEqual([]);
}

test.describe("the policy the server sends", () => {
  for (const path of [
    "/",
    "/?seats=40&v=1",
    "/index.html",
    "/embed.html",
    "/embed.html?seats=40&theme=dark",
    "/configure.html",
  ]) {
    test(`${path} is served with the strict policy`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(200);
      const policies = response
        .headersArray()
        .filter((header) => header.name.toLowerCase() === "content-security-policy");
      expect(policies, "exactly one policy").toHaveLength(1);
      const policy = policies[0]!.value;
      const csp = directives(policy);
      expect(csp.get("default-src")).toEqual(["'self'"]);
      expect(csp.get("script-src")).toEqual(["'self'"]);
      expect(csp.get("object-src")).toEqual(["'none'"]);
      expect(csp.get("base-uri")).toEqual(["'none'"]);
      // Styles from the site itself, and inlined stylesheets only by their hashes.
      expect(csp.get("style-src")?.[0]).toBe("'self'");
      for (const source of csp.get("style-src")?.slice(1) ?? [])
        expect(source).toMatch(/^'sha(256|384|512)-[A-Za-z0-9+/]+=*'$/);
      expect(policy).not.toContain("unsafe-inline");
      expect(policy).not.toContain("unsafe-eval");
      expect(policy).not.toContain("unsafe-hashes");
      expect(csp.get("frame-ancestors")).toEqual(
        path.startsWith("/embed.html") ? ["*"] : ["'none'"],
      );
    });
  }
});

test("the recorder sees a violation when there is one: the checks below are not vacuous", async ({
  page,
}) => {
  const guard = await guardPage(page);
  await openApp(page, "/");
  // Waits in the page for the violation the injected script causes, however long the browser takes.
  const seen = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        document.addEventListener("securitypolicyviolation", (event) => resolve(event.effectiveDirective), { once: true });
        const script = document.createElement("script");
        script.textContent = "window.__pwned = 1";
        document.body.append(script);
      }),
  );
  expect(seen).toBe("script-src-elem");
  await expect
    .poll(() => cspViolations(page))
    .toContainEqual(
      expect.objectContaining({ directive: "script-src-elem", blockedURI: "inline" }),
    );
  expect(
    await page.evaluate(() => (window as Window & { __pwned?: unknown }).__pwned),
  ).toBeUndefined();
  await expect
    .poll(() =>
      guard.problems.some((problem) => problem.startsWith("CSP violation: script-src-elem")),
    )
    .toBe(true);
});

test("the main journeys run without a CSP violation or a request to another origin", async ({
  page,
  context,
}) => {
  const guard = await guardPage(page);
  const origins = new Set<string>();
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.protocol !== "blob:") origins.add(url.origin);
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.setViewportSize({ width: 1280, height: 900 });

  await openApp(page, "/");
  await expect(page.locator(".verdict .muted")).toHaveCount(0, { timeout: 15_000 });

  // Edit the seats.
  const seats = page.getByRole("textbox", { name: "Staff who use IT" });
  await seats.fill("40");
  await expect(page).toHaveURL(/[?&]seats=40(&|$)/);

  // Open every other assumption and change one.
  await page.getByText("More assumptions").click();
  const rate = page
    .getByRole("group", { name: "Break-fix terms" })
    .getByRole("textbox", { name: "Hourly rate" });
  await rate.fill("135");
  await expect(page).toHaveURL(/[?&]bfRate=135(&|$)/);

  // Charts: scroll to them, and show the monthly one as a table and back.
  const monthly = page.getByRole("region", { name: "Cost per month" });
  await monthly.scrollIntoViewIfNeeded();
  // Drawn plain until pointed at; then Recharts, with its tooltip, takes over.
  await expect(monthly.locator(".plain-plot")).toBeVisible({ timeout: 15_000 });
  await monthly.locator(".chart__plot").hover();
  await expect(monthly.locator(".recharts-surface")).toBeVisible({ timeout: 15_000 });
  await monthly.getByRole("button", { name: "Show as table" }).click();
  await expect(monthly.getByRole("table")).toBeVisible();
  await monthly.getByRole("button", { name: "Show as table" }).click();
  await expect(monthly.locator(".recharts-surface, .plain-plot").first()).toBeVisible();
  for (const title of [
    "Total cost to date",
    "What makes up each month’s cost",
    "Cost by size of business",
    "Which assumptions matter most",
  ]) {
    const chart = page.getByRole("region", { name: title });
    await chart.scrollIntoViewIfNeeded();
    await expect(chart.locator(".recharts-surface, .plain-plot").first()).toBeVisible({ timeout: 15_000 });
  }

  // Currency, and the link.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByLabel("Currency").selectOption("EUR");
  await expect(page.locator(".verdict__headline")).toContainText("€");
  await page.locator(".masthead__tools").getByRole("button", { name: "Copy link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("currency=EUR");

  // Presenter mode, by its button, and back.
  await page
    .locator(".masthead__tools")
    .getByRole("button", { name: /^Present/ })
    .click();
  await expect(page.locator(".presenter")).toBeVisible();
  await expect(page.locator(".presenter .chart").locator(".recharts-surface, .plain-plot").first()).toBeVisible({
    timeout: 15_000,
  });
  await page.getByRole("button", { name: "Leave presenter mode" }).click();
  await expect(page.locator(".presenter")).toHaveCount(0);

  // The toolkit: save a price sheet (localStorage) and print preview styles.
  await page.getByRole("textbox", { name: "Name", exact: true }).fill("Policy check");
  await page.getByRole("button", { name: "Save current terms" }).click();
  await expect(page.getByText("Saved “Policy check”")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator(".leave-behind svg.qr path")).toHaveCount(1);
  await page.emulateMedia({ media: "screen" });
  await expectNoViolations(page, "/");

  // The embed on its own, with a host's look and button.
  await openApp(
    page,
    "/embed.html?seats=30&theme=dark&accent=%230a7d5a&ctaLabel=Book&ctaUrl=https%3A%2F%2Fexample.com%2Fbook&v=1",
  );
  await expect(page.locator(".verdict .muted")).toHaveCount(0, { timeout: 15_000 });
  await page.getByRole("textbox", { name: "Staff who use IT" }).fill("45");
  // The chart is drawn plain at first; pointing at it brings in Recharts.
  await page.locator(".embed .plain-plot").hover();
  await expect(page.locator(".embed .recharts-surface").first()).toBeVisible({ timeout: 15_000 });
  await expectNoViolations(page, "/embed.html");

  // The embed configurator, with its live preview in a frame.
  await openApp(page, "/configure.html");
  await expect(
    page.getByRole("heading", { name: "Put the calculator on your website" }),
  ).toBeVisible();
  await page.getByLabel("Theme").selectOption("dark");
  await page.getByRole("textbox", { name: "Accent colour", exact: true }).fill("#0a7d5a");
  const preview = page.frameLocator('iframe[title="Preview of the embedded calculator"]');
  await expect(preview.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByText(/^ready: \d+px tall$/).first()).toBeVisible();
  await expectNoViolations(page, "/configure.html");
  const frame = page.frames().find((candidate) => candidate.url().includes("/embed.html"));
  expect(frame, "the configurator's preview frame").toBeDefined();
  expect(await frame!.evaluate(() => window.__cspViolations ?? [])).toEqual([]);

  expect([...origins]).toEqual([new URL(page.url()).origin]);
  guard.expectClean();
});
