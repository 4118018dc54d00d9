import { describe, expect, it } from "vitest";
import { parseHeadersFile } from "../../src/build/headers-file.ts";
import { apacheConfig } from "../../src/build/hosting/apache.ts";
import { caddyConfig } from "../../src/build/hosting/caddy.ts";
import { nginxConfig } from "../../src/build/hosting/nginx.ts";
import { pagePaths, routeTable } from "../../src/build/hosting/route-table.ts";

const HEADERS = `/*
  X-Content-Type-Options: nosniff
/
  Content-Security-Policy: default-src 'self'
/index.html
  Content-Security-Policy: default-src 'self'
/de/
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'
/de/index.html
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'
/assets/*
  Cache-Control: public, max-age=31536000, immutable
`;

describe("the route table the server configurations are written from", () => {
  it("gives every built page, a new one included, a route for each of its paths", () => {
    const table = routeTable(parseHeadersFile(HEADERS), ["index.html", "de/index.html"]);
    const route = (path: string) => table.routes.find((candidate) => candidate.match.path === path && candidate.match.kind === "exact");
    expect(route("/de/")).toMatchObject({ file: "/de/index.html" });
    expect(route("/de/")?.headers).toEqual([
      ["X-Content-Type-Options", "nosniff"],
      ["Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'"],
      ["Cache-Control", "no-cache"],
    ]);
    expect(route("/de/index.html")?.file).toBeUndefined();
    expect(pagePaths("embed.html")).toEqual(["/embed.html", "/embed"]);
    // Folders after exact paths, the longest first, and everything else last.
    expect(table.routes.slice(-2).map((candidate) => candidate.match)).toEqual([
      { kind: "prefix", path: "/assets/" },
      { kind: "prefix", path: "/" },
    ]);
    expect(table.routes.at(-2)?.headers).toContainEqual(["Cache-Control", "public, max-age=31536000, immutable"]);
    for (const config of [nginxConfig(table), caddyConfig(table), apacheConfig(table)]) expect(config).toContain("/de/");
  });

  it("refuses a page without a Content-Security-Policy rather than serve it without one", () => {
    expect(() => routeTable(parseHeadersFile(HEADERS), ["index.html", "fr/index.html"])).toThrow(/fr\/index\.html has no Content-Security-Policy/);
  });

  it("refuses two paths of one page with different headers, and a rule no server can match", () => {
    expect(() => routeTable(parseHeadersFile(`${HEADERS}/embed\n  Content-Security-Policy: a\n/embed.html\n  Content-Security-Policy: b\n`), ["embed.html"])).toThrow(/different headers/);
    expect(() => routeTable(parseHeadersFile("/docs/:page\n  A: 1\n"), [])).toThrow(/no nginx, Caddy or Apache equivalent/);
  });
});
