import { describe, expect, it } from "vitest";
import { INPUTS, MAX_PLANS, PLAN_NUMERIC_KEYS, parseScenario, planKey } from "../model/index.ts";
import { attributeName, readAttributes } from "./attributes.ts";
import { scenarioKeys } from "./scenario-keys.ts";

const KEYS = scenarioKeys();

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
    expect(parseScenario(setup.query).problems).toEqual([{ key: "p5.msSeat", message: "is not a setting this calculator knows" }]);
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
    expect(attributeName("p2.msSeat")).toBe("data-p2-ms-seat");
    expect(attributeName("p2MsName")).toBe("data-p2-ms-name");
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
