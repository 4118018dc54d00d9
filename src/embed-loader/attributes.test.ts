import { describe, expect, it } from "vitest";
import { INPUTS } from "../model/index.ts";
import { attributeName, readAttributes } from "./attributes.ts";

const KEYS = INPUTS.map((def) => def.key);

/** The dataset of an element written in HTML, as a page author would. */
function datasetOf(html: string): DOMStringMap {
  const holder = document.createElement("div");
  holder.innerHTML = html;
  return (holder.firstElementChild as HTMLElement).dataset;
}

describe("reading the loader's data attributes", () => {
  it("passes a valid theme, accent and https call to action to the frame", () => {
    const setup = readAttributes(
      datasetOf('<script data-theme="Dark" data-accent="#0A7D5A" data-cta-label="Book a call" data-cta-url="https://example.com/book?from=calc"></script>'),
      KEYS,
    );
    expect(Object.fromEntries(setup.query)).toEqual({
      theme: "dark",
      accent: "#0a7d5a",
      ctaLabel: "Book a call",
      ctaUrl: "https://example.com/book?from=calc",
    });
    expect(setup.theme).toBe("dark");
    expect(setup.problems).toEqual([]);
  });

  it("accepts a three-digit hex accent", () => {
    expect(readAttributes({ accent: "#0a5" }, KEYS).query.get("accent")).toBe("#0a5");
  });

  it.each(["red", "0a7d5a", "#0a7d5", "#0a7d5a80", "#ggg", "url(javascript:alert(1))", "#fff;background:red", ""])(
    "refuses the accent %j and reports it by its attribute name",
    (accent) => {
      const setup = readAttributes({ accent }, KEYS);
      expect(setup.query.has("accent")).toBe(false);
      expect(setup.problems).toEqual([{ key: "data-accent", value: accent, message: expect.stringContaining("hex colour") }]);
    },
  );

  it("refuses a theme other than auto, light or dark", () => {
    const setup = readAttributes({ theme: "neon" }, KEYS);
    expect(setup.query.has("theme")).toBe(false);
    expect(setup.theme).toBe("auto");
    expect(setup.problems).toEqual([{ key: "data-theme", value: "neon", message: "must be auto, light or dark" }]);
  });

  it.each([
    "javascript:alert(1)",
    " JavaScript:alert(document.domain)",
    "java\nscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "http://example.com/contact",
    "/contact",
    "//example.com/contact",
    "example.com",
    "https://user:secret@example.com/",
    "ftp://example.com/",
  ])("refuses the call-to-action address %j", (url) => {
    const setup = readAttributes({ ctaLabel: "Go", ctaUrl: url }, KEYS);
    expect(setup.query.has("ctaUrl")).toBe(false);
    expect(setup.problems).toEqual([{ key: "data-cta-url", value: url, message: "must be a full https:// address" }]);
  });

  it("passes scenario inputs through by their MODEL.md keys, however the attribute is cased", () => {
    const setup = readAttributes(datasetOf('<div data-seats="40" data-bf-rate="120" data-msFewer="30" data-downtime="0"></div>'), KEYS);
    expect(Object.fromEntries(setup.query)).toEqual({ seats: "40", bfRate: "120", msFewer: "30", downtime: "0" });
  });

  it("leaves scenario values for the frame to check, so a bad one is reported there", () => {
    expect(readAttributes({ seats: "lots" }, KEYS).query.get("seats")).toBe("lots");
  });

  it("ignores attributes that are not its settings and takes the iframe title", () => {
    const setup = readAttributes(
      datasetOf('<script data-itcost data-cfasync="false" data-domain="example.com" data-parent-origin="https://evil.example" data-title="Cost calculator"></script>'),
      KEYS,
    );
    expect([...setup.query.keys()]).toEqual([]);
    expect(setup.problems).toEqual([]);
    expect(setup.title).toBe("Cost calculator");
  });

  it("reads a transparent switch and a list of sections", () => {
    const setup = readAttributes(datasetOf('<div data-transparent data-sections="verdict, chart"></div>'), KEYS);
    expect(setup.query.get("transparent")).toBe("1");
    expect(setup.query.get("sections")).toBe("verdict,chart");
    const bad = readAttributes({ sections: "verdict,ads" }, KEYS);
    expect(bad.query.has("sections")).toBe(false);
    expect(bad.problems[0]!.key).toBe("data-sections");
  });

  it("names attributes as they are written in HTML", () => {
    expect(attributeName("ctaUrl")).toBe("data-cta-url");
    expect(attributeName("msFewerOutages")).toBe("data-ms-fewer-outages");
  });
});
