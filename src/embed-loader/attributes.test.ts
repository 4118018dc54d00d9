import { describe, expect, it } from "vitest";
import { INPUTS, MAX_PLANS, PLAN_NUMERIC_KEYS, parseScenario, planKey } from "../model/index.ts";
import { LOCALES } from "../i18n/locales.ts";
import { readEmbedOptions } from "../features/embed/embed-options.ts";
import { TITLES, attributeName, readAttributes } from "./attributes.ts";
import { scenarioKeys } from "./scenario-keys.ts";

const KEYS = scenarioKeys();

/** What the frame refuses of the settings it is given, each named as the loader names it to the host page. */
function refusedByFrame(query: URLSearchParams) {
  return readEmbedOptions(`?${query.toString()}`).problems.map((problem) => ({ ...problem, key: attributeName(problem.key) }));
}

/** The dataset of an element written in HTML, as a page author would. */
function datasetOf(html: string): DOMStringMap {
  const holder = document.createElement("div");
  holder.innerHTML = html;
  return (holder.firstElementChild as HTMLElement).dataset;
}

describe("reading the loader's data attributes", () => {
  it("checks the theme and the call to action's address, and passes the accent on as written for the frame to check", () => {
    const setup = readAttributes(
      datasetOf('<script data-theme="Dark" data-accent="#0A7D5A" data-cta-label="Book a call" data-cta-url="https://example.com/book?from=calc"></script>'),
      KEYS,
    );
    expect(Object.fromEntries(setup.query)).toEqual({
      theme: "dark",
      accent: "#0A7D5A",
      ctaLabel: "Book a call",
      ctaUrl: "https://example.com/book?from=calc",
    });
    expect(setup.theme).toBe("dark");
    expect(setup.problems).toEqual([]);
    expect(readEmbedOptions(`?${setup.query.toString()}`).options.accent).toBe("#0a7d5a");
  });

  it("accepts a three-digit hex accent", () => {
    expect(readAttributes({ accent: "#0a5" }, KEYS).query.get("accent")).toBe("#0a5");
  });

  it.each(["red", "0a7d5a", "#0a7d5", "#0a7d5a80", "#ggg", "url(javascript:alert(1))", "#fff;background:red", ""])(
    "passes the accent %j on, which the frame refuses and the host page hears of by its attribute name",
    (accent) => {
      const setup = readAttributes({ accent }, KEYS);
      expect(setup.problems).toEqual([]);
      expect(readEmbedOptions(`?${setup.query.toString()}`).options.accent).toBeNull();
      expect(refusedByFrame(setup.query)).toEqual([{ key: "data-accent", message: expect.stringContaining("hex colour") }]);
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

  it("passes every plan key through: the plan count, the focus, each plan's name and terms", () => {
    const setup = readAttributes(
      datasetOf(
        '<div data-plans="3" data-focus="2" data-ms-name="Basic" data-ms-outside="40" data-ms-rate="95" data-p2-ms-name="Gold Care" data-p2-ms-seat="150" data-p3-ms-outside="10" data-p3-ms-fewer-outages="50"></div>',
      ),
      KEYS,
    );
    expect(Object.fromEntries(setup.query)).toEqual({
      plans: "3",
      focus: "2",
      msName: "Basic",
      msOutside: "40",
      msRate: "95",
      "p2.msName": "Gold Care",
      "p2.msSeat": "150",
      "p3.msOutside": "10",
      "p3.msFewerOutages": "50",
    });
    const { scenario, problems } = parseScenario(setup.query);
    expect(problems).toEqual([]);
    expect(scenario.otherPlans.map((plan) => plan.msName)).toEqual(["Gold Care", "Plan 3"]);
    expect(scenario.otherPlans[0]!.msSeat).toBe(150);
  });

  it("matches a plan attribute however it is cased", () => {
    expect(Object.fromEntries(readAttributes(datasetOf('<div data-p2-msseat="1" data-P3-MS-RATE="2"></div>'), KEYS).query)).toEqual({
      "p2.msSeat": "1",
      "p3.msRate": "2",
    });
  });

  it("passes a plan name that looks like markup on as the text it is", () => {
    const name = '"><img src=x onerror=alert(1)>';
    const setup = readAttributes({ plans: "2", p2MsName: name }, KEYS);
    expect(setup.query.get("p2.msName")).toBe(name);
    expect(new URLSearchParams(setup.query.toString()).get("p2.msName")).toBe(name);
  });

  it("leaves a plan prefix on anything but a plan's term to the host page", () => {
    expect([...readAttributes(datasetOf('<div data-p2-seats="10" data-p2-theme="dark" data-p2x="1"></div>'), KEYS).query.keys()]).toEqual([]);
  });

  it("passes a fifth plan's term on for the frame to refuse and report", () => {
    const setup = readAttributes(datasetOf('<div data-plans="4" data-p5-ms-seat="10"></div>'), KEYS);
    expect(setup.query.get("p5.msSeat")).toBe("10");
    expect(parseScenario(setup.query).problems).toEqual([{ key: "p5.msSeat", code: "unknownKey" }]);
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

  it("passes a transparent switch and a list of sections on, which the frame reads or refuses", () => {
    const setup = readAttributes(datasetOf('<div data-transparent data-sections="verdict, chart"></div>'), KEYS);
    expect(Object.fromEntries(setup.query)).toEqual({ transparent: "", sections: "verdict, chart" });
    expect(readEmbedOptions(`?${setup.query.toString()}`).options).toMatchObject({ transparent: true, sections: ["verdict", "chart"] });
    const bad = readAttributes({ transparent: "maybe", sections: "verdict,ads" }, KEYS);
    expect(bad.problems).toEqual([]);
    expect(refusedByFrame(bad.query).map((problem) => problem.key)).toEqual(["data-transparent", "data-sections"]);
  });

  it("names attributes as they are written in HTML", () => {
    expect(attributeName("ctaUrl")).toBe("data-cta-url");
    expect(attributeName("msFewerOutages")).toBe("data-ms-fewer-outages");
    expect(attributeName("p2.msSeat")).toBe("data-p2-ms-seat");
    expect(attributeName("p2MsName")).toBe("data-p2-ms-name");
  });
});

describe("the embed's language", () => {
  it.each([
    ["de", "de"],
    ["DE", "de"],
    ["de-AT", "de"],
    ["fr-CA", "fr"],
    ["Es-mx", "es"],
    [" nl ", "nl"],
    ["en-GB", "en"],
  ])("takes data-lang=%j as %s, without regard to case or region", (lang, locale) => {
    const setup = readAttributes({ lang }, KEYS, "fr");
    expect(setup.locale).toBe(locale);
    expect(setup.problems).toEqual([]);
    expect([...setup.query.keys()]).toEqual([]);
  });

  it.each(["it", "german", "d", "", "x-de"])("refuses data-lang=%j and follows the host page's language instead", (lang) => {
    const setup = readAttributes({ lang, seats: "30" }, KEYS, "es");
    expect(setup.locale).toBe("es");
    expect(setup.problems).toEqual([{ key: "data-lang", value: lang, message: "must be de, en, es, fr or nl" }]);
    expect(Object.fromEntries(setup.query)).toEqual({ seats: "30" });
  });

  it("names every language in its refusal", () => {
    const { problems } = readAttributes({ lang: "?" }, KEYS);
    expect(problems[0]!.message).toBe(`must be ${[...LOCALES].sort().slice(0, -1).join(", ")} or ${[...LOCALES].sort().at(-1)}`);
  });

  it.each([
    ["de-CH", "de"],
    ["NL", "nl"],
    ["fr", "fr"],
    ["it", "en"],
    ["en-US", "en"],
    ["", "en"],
  ])("without data-lang, follows the host page's <html lang=%j> when it is one of ours, else English: %s", (hostLang, locale) => {
    expect(readAttributes({}, KEYS, hostLang).locale).toBe(locale);
  });

  it("names the iframe in the embed's language", () => {
    expect(readAttributes({}, KEYS).title).toBe("IT support cost calculator");
    expect(readAttributes({ lang: "de" }, KEYS).title).toBe("IT-Support-Kostenrechner");
    expect(readAttributes({ lang: "fr" }, KEYS).title).toBe("Calculateur des coûts du support informatique");
    expect(readAttributes({ lang: "es" }, KEYS).title).toBe("Calculadora de costes de soporte informático");
    expect(readAttributes({}, KEYS, "nl-BE").title).toBe("Kostencalculator voor IT-ondersteuning");
    expect(Object.keys(TITLES).sort()).toEqual([...LOCALES].sort());
  });

  it("still takes data-title over the language's own name, and a blank one as none", () => {
    expect(readAttributes({ lang: "de", title: "  Was kostet IT?  " }, KEYS).title).toBe("Was kostet IT?");
    expect(readAttributes({ lang: "de", title: "   " }, KEYS).title).toBe("IT-Support-Kostenrechner");
  });
});

describe("the scenario keys written into the loader", () => {
  it("are every input, the plan count and the focus; every managed plan's keys are the ms keys among them", () => {
    const keys = scenarioKeys();
    expect(keys).toEqual([...INPUTS.map((def) => def.key), "plans", "focus"]);
    expect(keys.filter((key) => key.startsWith("ms")).sort()).toEqual([...PLAN_NUMERIC_KEYS, "msName"].sort());
  });

  it("with the prefix the loader writes, name each further plan's terms as the model does", () => {
    for (let plan = 2; plan <= MAX_PLANS; plan++) {
      for (const key of [...PLAN_NUMERIC_KEYS, "msName" as const]) {
        expect(readAttributes({ [`p${plan}${key[0]!.toUpperCase()}${key.slice(1)}`]: "1" }, scenarioKeys()).query.has(planKey(plan, key))).toBe(true);
      }
    }
  });
});
