import { describe, expect, it } from "vitest";
import { addPlan, defaultScenario, parseScenario, setPlanTerm } from "../../model/index.ts";
import { DEFAULT_DISPLAY } from "../../state/url-state.ts";
import { DEFAULT_SETTINGS, previewAddress, snippetAttributes, snippetHtml } from "./snippet.ts";

const page = { scenario: { ...defaultScenario(), seats: 40, bfRate: 120 }, display: { ...DEFAULT_DISPLAY, currency: "GBP" as const, brand: 'Acme "IT" <Ltd>' } };

describe("the embed snippet", () => {
  it("is one script tag carrying what differs from the defaults", () => {
    const snippet = snippetHtml("https://calc.example/embed.js", snippetAttributes(page, { ...DEFAULT_SETTINGS, theme: "dark", accent: "#0A7D5A" }));
    expect(snippet).toBe(
      [
        '<script src="https://calc.example/embed.js"',
        '  data-seats="40"',
        '  data-bf-rate="120"',
        '  data-currency="GBP"',
        '  data-brand="Acme &quot;IT&quot; &lt;Ltd&gt;"',
        '  data-theme="dark"',
        '  data-accent="#0a7d5a"',
        "  async></script>",
      ].join("\n"),
    );
  });

  it("reads back, through the HTML parser and the loader, as the settings chosen", () => {
    const attributes = snippetAttributes(page, {
      ...DEFAULT_SETTINGS,
      transparent: true,
      sections: ["verdict", "chart"],
      ctaLabel: "Book a call",
      ctaUrl: "https://example.com/book",
    });
    const holder = document.createElement("div");
    holder.innerHTML = snippetHtml("https://calc.example/embed.js", attributes);
    const fromHtml = Object.fromEntries(Object.entries((holder.firstElementChild as HTMLElement).dataset));
    expect(fromHtml).toEqual(Object.fromEntries(attributes));
    const address = new URL(previewAddress(attributes, "https://calc.example"), "https://calc.example");
    expect(Object.fromEntries(address.searchParams)).toEqual({
      seats: "40",
      bfRate: "120",
      currency: "GBP",
      brand: 'Acme "IT" <Ltd>',
      transparent: "1",
      sections: "verdict,chart",
      ctaLabel: "Book a call",
      ctaUrl: "https://example.com/book",
      parentOrigin: "https://calc.example",
    });
  });

  it("carries every plan as data attributes the loader reads back into the plans", () => {
    const scenario = { ...setPlanTerm(setPlanTerm(addPlan({ ...defaultScenario(), msName: "Basic" }), 2, "msName", "Gold Care"), 2, "msSeat", 150), focus: 2 };
    const attributes = snippetAttributes({ scenario, display: DEFAULT_DISPLAY }, DEFAULT_SETTINGS);
    const snippet = snippetHtml("https://calc.example/embed.js", attributes);
    expect(snippet).toContain('  data-ms-name="Basic"\n  data-plans="2"\n  data-focus="2"\n  data-p2-ms-seat="150"\n  data-p2-ms-name="Gold Care"');
    const holder = document.createElement("div");
    holder.innerHTML = snippet;
    expect(Object.fromEntries(Object.entries((holder.firstElementChild as HTMLElement).dataset))).toEqual(Object.fromEntries(attributes));
    const address = new URL(previewAddress(attributes, "https://calc.example"), "https://calc.example");
    expect(parseScenario(address.searchParams, { otherKeys: ["parentOrigin"] })).toEqual({ scenario, problems: [] });
  });

  it("leaves out an accent or button address that is not valid yet", () => {
    const attributes = snippetAttributes(
      { scenario: defaultScenario(), display: DEFAULT_DISPLAY },
      { ...DEFAULT_SETTINGS, accent: "#0a7d5", ctaLabel: "Go", ctaUrl: "javascript:alert(1)" },
    );
    expect(attributes).toEqual([]);
  });

  it("writes the chosen language as data-lang, which the preview frames in that language's page", () => {
    const attributes = snippetAttributes({ scenario: defaultScenario(), display: DEFAULT_DISPLAY }, { ...DEFAULT_SETTINGS, lang: "de", theme: "dark" });
    expect(snippetHtml("https://calc.example/embed.js", attributes)).toBe(
      ['<script src="https://calc.example/embed.js"', '  data-lang="de"', '  data-theme="dark"', "  async></script>"].join("\n"),
    );
    const address = new URL(previewAddress(attributes, "https://calc.example", "fr"), "https://calc.example");
    expect(address.pathname).toBe("/de/embed.html");
    expect(Object.fromEntries(address.searchParams)).toEqual({ theme: "dark", parentOrigin: "https://calc.example" });
  });

  it("writes no language for the page's own, and the preview follows this page's", () => {
    const attributes = snippetAttributes({ scenario: defaultScenario(), display: DEFAULT_DISPLAY }, DEFAULT_SETTINGS);
    expect(attributes).toEqual([]);
    expect(new URL(previewAddress(attributes, "https://calc.example", "nl-NL"), "https://calc.example").pathname).toBe("/nl/embed.html");
    expect(new URL(previewAddress(attributes, "https://calc.example", "en"), "https://calc.example").pathname).toBe("/embed.html");
    document.documentElement.lang = "es";
    try {
      expect(previewAddress(attributes, "https://calc.example")).toMatch(/^\/es\/embed\.html\?/);
    } finally {
      document.documentElement.lang = "";
    }
  });
});
