import { describe, expect, it } from "vitest";
import { readUrl } from "../../state/url-state.ts";
import { DEFAULT_EMBED_OPTIONS, readEmbedOptions } from "./embed-options.ts";

describe("the embedded page's own settings", () => {
  it("reads a full set of valid settings", () => {
    const { options, problems } = readEmbedOptions(
      "?theme=dark&accent=%230A7D5A&transparent=1&sections=verdict,chart&ctaLabel=Book%20a%20call&ctaUrl=https%3A%2F%2Fexample.com%2Fbook&parentOrigin=https%3A%2F%2Fwww.example.com",
    );
    expect(problems).toEqual([]);
    expect(options).toEqual({
      theme: "dark",
      accent: "#0a7d5a",
      transparent: true,
      sections: ["verdict", "chart"],
      cta: { label: "Book a call", url: "https://example.com/book" },
      parentOrigin: "https://www.example.com",
    });
  });

  it("uses the defaults when nothing is given", () => {
    expect(readEmbedOptions("")).toEqual({ options: DEFAULT_EMBED_OPTIONS, problems: [] });
  });

  it("refuses a javascript: call to action, shows no button and reports it", () => {
    const { options, problems } = readEmbedOptions("?ctaLabel=Win&ctaUrl=javascript:alert(document.cookie)");
    expect(options.cta).toBeNull();
    expect(problems).toEqual([{ key: "ctaUrl", message: "must be a full https:// address" }]);
  });

  it.each(["data:text/html,hi", "http://example.com", "/relative", "https://user:pw@example.com"])(
    "refuses the call-to-action address %s",
    (url) => {
      const { options, problems } = readEmbedOptions(`?ctaLabel=Go&ctaUrl=${encodeURIComponent(url)}`);
      expect(options.cta).toBeNull();
      expect(problems.map((problem) => problem.key)).toEqual(["ctaUrl"]);
    },
  );

  it("refuses each bad setting on its own and keeps the good ones", () => {
    const { options, problems } = readEmbedOptions("?theme=neon&accent=red&transparent=maybe&sections=ads&theme2=x&accent=%23fff");
    expect(options.theme).toBe("auto");
    expect(options.accent).toBeNull();
    expect(options.transparent).toBe(false);
    expect(options.sections).toEqual(DEFAULT_EMBED_OPTIONS.sections);
    expect(problems.map((problem) => problem.key)).toEqual(["theme", "accent", "transparent", "sections"]);
    expect(problems[1]!.message).toBe("appears 2 times, so none of its values was used");
  });

  it("strips control characters from the button label and shortens it", () => {
    const { options } = readEmbedOptions(`?ctaLabel=${encodeURIComponent("Book\u202e now" + "!".repeat(80))}&ctaUrl=https://example.com`);
    expect(options.cta?.label).toBe(`Book now${"!".repeat(32)}`);
  });

  it("gives a button with no label a plain one, and reports a label with no address", () => {
    expect(readEmbedOptions("?ctaUrl=https://example.com").options.cta).toEqual({ label: "Get in touch", url: "https://example.com/" });
    expect(readEmbedOptions("?ctaLabel=Go").problems).toEqual([{ key: "ctaLabel", message: "has no valid call-to-action address to go to" }]);
  });

  it.each(["https://example.com/page", "example.com", "null", "javascript:alert(1)", "*"])("refuses %s as the host origin", (origin) => {
    const { options, problems } = readEmbedOptions(`?parentOrigin=${encodeURIComponent(origin)}`);
    expect(options.parentOrigin).toBeNull();
    expect(problems.map((problem) => problem.key)).toEqual(["parentOrigin"]);
  });

  it("claims its keys, so the link reader does not call them unknown", () => {
    const { problems } = readUrl("?embed=1&theme=dark&accent=%23fff&transparent=1&sections=chart&ctaLabel=a&ctaUrl=https://a.example&parentOrigin=https://b.example&seats=40");
    expect(problems).toEqual([]);
  });
});
