/**
 * nginx, Caddy and Apache, each serving dist/ with exactly the configuration the build wrote
 * (`npm run serve:*`), checked against dist/_headers itself: every header on every kind of path,
 * MIME types, compression, 404s, and Chromium opening a shared link under that server. Needs a
 * build; starts and stops each server on a free port.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { resolve } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { headersForPath, parseHeadersFile } from "../../src/build/headers-file.ts";
import { startServer, type RunningServer, type ServerName } from "../../scripts/serve/start.ts";
import { CHROMIUM_ARGS } from "../../playwright.config.ts";
import { runJourney } from "./journey.ts";

const DIST = resolve(import.meta.dirname, "../../dist");
if (!existsSync(resolve(DIST, "_headers"))) throw new Error("build first: npm run build");
const RULES = parseHeadersFile(readFileSync(resolve(DIST, "_headers"), "utf8"));
/** Every header name _headers sets somewhere: a path that _headers does not give one must not get it. */
const NAMES = new Set(RULES.flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase())));
/** The largest built script: servers leave files of a few bytes uncompressed. */
const SCRIPT = `/assets/${readdirSync(resolve(DIST, "assets"))
  .filter((file) => file.endsWith(".js"))
  .sort((a, b) => statSync(resolve(DIST, "assets", b)).size - statSync(resolve(DIST, "assets", a)).size)[0]}`;
const PATHS = ["/", "/index.html", "/?seats=40", "/configure.html", "/embed.html", "/de/", "/de/?seats=40", "/fr/embed.html", "/nl/configure.html", SCRIPT, "/embed.js", "/sw.js", "/manifest.webmanifest"];

/** What _headers gives a path, and revalidation where it gives no caching (as static hosts do). */
function expectedHeaders(path: string): Map<string, string> {
  const headers = headersForPath(RULES, new URL(path, "http://localhost").pathname);
  if (!headers.has("cache-control")) headers.set("cache-control", "no-cache");
  return headers;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
});
afterAll(() => browser?.close());

describe.each<ServerName>(["nginx", "caddy", "apache"])("%s serving dist/", (name) => {
  let server: RunningServer;
  const get = (path: string, encoding = "identity") => fetch(`${server.origin}${path}`, { headers: { "accept-encoding": encoding } });

  beforeAll(async () => {
    server = await startServer(name, { dist: DIST, host: "127.0.0.1", port: await freePort(), accessLog: false });
  });
  afterAll(async () => {
    expect(await server?.stop()).toBe(0);
  });

  it.each(PATHS)("sends %s with the headers of _headers", async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    const expected = expectedHeaders(path);
    // A header sent twice reads here as both values joined by ", ", so it fails too.
    for (const [header, value] of expected) expect(response.headers.get(header), header).toBe(value);
    for (const header of NAMES) if (!expected.has(header)) expect(response.headers.get(header), header).toBeNull();
  });

  it("sends each kind of file with its type", async () => {
    const types: [string, RegExp][] = [
      ["/", /^text\/html\b/],
      ["/configure", /^text\/html\b/],
      ["/embed", /^text\/html\b/],
      [SCRIPT, /^text\/javascript\b/],
      ["/embed.js", /^text\/javascript\b/],
      ["/sw.js", /^text\/javascript\b/],
      ["/manifest.webmanifest", /^application\/manifest\+json\b/],
      ["/de/manifest.webmanifest", /^application\/manifest\+json\b/],
      ["/favicon.svg", /^image\/svg\+xml\b/],
    ];
    for (const [path, type] of types) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type"), path).toMatch(type);
    }
  });

  it("compresses pages and scripts for a browser that takes gzip", async () => {
    for (const path of ["/", "/?seats=40", "/embed.html", SCRIPT, "/embed.js", "/sw.js"]) {
      const response = await get(path, "gzip");
      expect(response.headers.get("content-encoding"), path).toBe("gzip");
      expect(response.headers.get("vary"), path).toMatch(/accept-encoding/i);
      // fetch undoes the compression: the page arrives whole.
      expect((await response.text()).length, path).toBeGreaterThan(100);
    }
  });

  it("answers 404 for a missing file, never the page, and does not let it be cached", async () => {
    for (const path of ["/missing.html", "/missing", "/xx/", "/assets/missing-abc123.js", "/_headers", "/_server/nginx.conf", "/_server/Caddyfile", "/.vite/manifest.json"]) {
      const response = await get(path);
      expect(response.status, path).toBe(404);
      expect(response.headers.get("cache-control") ?? "", path).not.toContain("immutable");
      expect(await response.text(), path).not.toContain('id="root"');
    }
    // Apache's own rule refuses .ht* files with 403 before dist/.htaccess is read.
    expect([403, 404]).toContain((await get("/.htaccess")).status);
  });

  it("runs a shared link in Chromium: its verdict, the service worker, no CSP violation or error", async () => {
    await runJourney(browser, server.origin);
  });
});
