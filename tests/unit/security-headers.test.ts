import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { headersForPath, parseHeadersFile } from "../../src/build/headers-file.ts";

const rules = parseHeadersFile(readFileSync(resolve(import.meta.dirname, "../../public/_headers"), "utf8"));

function policy(path: string): Map<string, string> {
  const csp = headersForPath(rules, path).get("content-security-policy") ?? "";
  return new Map(
    csp.split(";").map((directive) => {
      const [name = "", ...values] = directive.trim().split(/\s+/);
      return [name, values.join(" ")] as const;
    }),
  );
}

describe("the security headers in public/_headers", () => {
  it.each(["/", "/index.html", "/configure.html", "/configure", "/embed.html", "/embed"])("give %s exactly one strict policy", (path) => {
    const csp = headersForPath(rules, path).get("content-security-policy") ?? "";
    expect(csp.split(", ")).toHaveLength(1);
    const directives = policy(path);
    expect(directives.get("default-src")).toBe("'self'");
    expect(directives.get("script-src")).toBe("'self'");
    expect(directives.get("style-src")).toBe("'self'");
    expect(directives.get("object-src")).toBe("'none'");
    expect(directives.get("base-uri")).toBe("'none'");
    expect(csp).not.toContain("unsafe");
  });

  it("keep the calculator out of other sites' frames and let the embed in", () => {
    expect(policy("/").get("frame-ancestors")).toBe("'none'");
    expect(policy("/configure.html").get("frame-ancestors")).toBe("'none'");
    expect(headersForPath(rules, "/").get("x-frame-options")).toBe("DENY");
    expect(policy("/embed.html").get("frame-ancestors")).toBe("*");
    expect(headersForPath(rules, "/embed.html").has("x-frame-options")).toBe(false);
  });

  it("send the other headers with every file", () => {
    const headers = headersForPath(rules, "/assets/index-abc123.js");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe("no-referrer");
    expect(headers.get("permissions-policy")).toContain("camera=()");
  });
});

describe("caching in public/_headers", () => {
  it("keeps the hashed build files for good and has every page and the loader checked each time", () => {
    expect(headersForPath(rules, "/assets/start-abc123.js").get("cache-control")).toBe("public, max-age=31536000, immutable");
    for (const path of ["/", "/index.html", "/embed.html", "/embed.js", "/sw.js", "/manifest.webmanifest"])
      expect(headersForPath(rules, path).has("cache-control")).toBe(false);
  });
});

describe("reading a _headers file", () => {
  it("applies every matching rule, joins a repeated header and matches * and :name", () => {
    const parsed = parseHeadersFile("# comment\n/*\n  A: 1\n/docs/:page\n  A: 2\n  B: x: y\n");
    expect(Object.fromEntries(headersForPath(parsed, "/docs/intro"))).toEqual({ a: "1, 2", b: "x: y" });
    expect(Object.fromEntries(headersForPath(parsed, "/docs/intro/more"))).toEqual({ a: "1" });
  });

  it("rejects a header line outside any rule", () => {
    expect(() => parseHeadersFile("  A: 1\n")).toThrow(/line 1/);
  });
});
