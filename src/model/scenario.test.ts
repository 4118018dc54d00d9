import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { INPUTS, NUMBER_INPUTS, defaultScenario } from "./inputs.ts";
import { parseScenario, plainDecimal, scenarioToParams, validateField, type InputProblem, type ProblemCode } from "./scenario.ts";
import { scenarioArbitrary } from "./test-arbitraries.ts";

const DEFAULTS = defaultScenario();

function parse(query: string) {
  return parseScenario(new URLSearchParams(query));
}

const PROBLEM_CODES: readonly ProblemCode[] = [
  "repeated",
  "outOfRange",
  "notWhole",
  "tooLongForNumber",
  "empty",
  "notPlainNumber",
  "notOnOff",
  "tooManyCharacters",
  "controlCharacter",
  "unknownKey",
  "unknownVersion",
  "focusBeyondPlans",
  "planBeyondPlans",
];

/** A problem is one of the model's codes, never a library's internal wording, with finite values. */
function expectCoded(problem: InputProblem): void {
  expect(PROBLEM_CODES).toContain(problem.code);
  for (const value of Object.values(problem.values ?? {})) expect(Number.isFinite(value)).toBe(true);
}

describe("parseScenario: well-formed input", () => {
  it("reads an empty query as the default scenario, with no problems", () => {
    expect(parse("")).toEqual({ scenario: DEFAULTS, problems: [] });
  });

  it("reads plain decimals, including a leading or trailing decimal point and leading zeros", () => {
    const { scenario, problems } = parse(
      "issues=.35&bfStep=0.5&staffCost=60.&seats=007&growth=-12.5",
    );
    expect(problems).toEqual([]);
    expect(scenario).toEqual({
      ...DEFAULTS,
      issues: 0.35,
      bfStep: 0.5,
      staffCost: 60,
      seats: 7,
      growth: -12.5,
    });
  });

  it("accepts each end of a range", () => {
    const { scenario, problems } = parse(
      "seats=1&endpoints=20000&seed=4294967295&bfRecur=90&growth=-50",
    );
    expect(problems).toEqual([]);
    expect(scenario).toMatchObject({
      seats: 1,
      endpoints: 20000,
      seed: 4294967295,
      bfRecur: 90,
      growth: -50,
    });
  });

  it("reads downtime=1 as on and downtime=0 as off", () => {
    expect(parse("downtime=1")).toEqual({
      scenario: { ...DEFAULTS, downtime: true },
      problems: [],
    });
    expect(parse("downtime=0")).toEqual({
      scenario: { ...DEFAULTS, downtime: false },
      problems: [],
    });
  });

  it("reads -0 as zero, never as negative zero, where zero is in range", () => {
    const { scenario, problems } = parse("endpoints=-0&growth=-0");
    expect(problems).toEqual([]);
    expect(Object.is(scenario.endpoints, 0)).toBe(true);
    expect(Object.is(scenario.growth, 0)).toBe(true);
  });

  it("accepts the link version it knows and does not report it", () => {
    expect(parse("v=1&seats=12")).toEqual({ scenario: { ...DEFAULTS, seats: 12 }, problems: [] });
  });

  it("does not report keys the caller says it reads itself", () => {
    const result = parseScenario(new URLSearchParams("currency=EUR&seats=12"), {
      otherKeys: ["currency"],
    });
    expect(result).toEqual({ scenario: { ...DEFAULTS, seats: 12 }, problems: [] });
  });
});

describe("parseScenario: each bad field falls back to its default on its own and is reported", () => {
  // Each bad seat count comes with two good fields, which must keep their values.
  const badSeats: [string, string, InputProblem][] = [
    ["a word", "abc", { key: "seats", code: "notPlainNumber" }],
    ["a hexadecimal number", "0x10", { key: "seats", code: "notPlainNumber" }],
    ["exponent notation", "1e309", { key: "seats", code: "notPlainNumber" }],
    ["exponent notation in range", "1e3", { key: "seats", code: "notPlainNumber" }],
    ["a thousands separator", "5,000", { key: "seats", code: "notPlainNumber" }],
    ["surrounding spaces", " 5 ", { key: "seats", code: "notPlainNumber" }],
    ["NaN", "NaN", { key: "seats", code: "notPlainNumber" }],
    ["Infinity", "Infinity", { key: "seats", code: "notPlainNumber" }],
    ["a plus sign", "+5", { key: "seats", code: "notPlainNumber" }],
    ["a lone minus sign", "-", { key: "seats", code: "notPlainNumber" }],
    ["a lone decimal point", ".", { key: "seats", code: "notPlainNumber" }],
    ["an empty value", "", { key: "seats", code: "empty" }],
    ["a fraction", "2.5", { key: "seats", code: "notWhole", values: { min: 1, max: 5000 } }],
    ["zero (below the range)", "0", { key: "seats", code: "outOfRange", values: { min: 1, max: 5000 } }],
    ["-0 (below the range)", "-0", { key: "seats", code: "outOfRange", values: { min: 1, max: 5000 } }],
    ["a negative number", "-3", { key: "seats", code: "outOfRange", values: { min: 1, max: 5000 } }],
    ["one above the range", "5001", { key: "seats", code: "outOfRange", values: { min: 1, max: 5000 } }],
    ["a huge number", "99999999999999999999", { key: "seats", code: "outOfRange", values: { min: 1, max: 5000 } }],
    ["a run of digits that reads as Infinity", "9".repeat(320), { key: "seats", code: "outOfRange", values: { min: 1, max: 5000 } }],
    ["an absurdly long value", "1".repeat(400), { key: "seats", code: "tooLongForNumber" }],
  ];

  it.each(badSeats)(
    "a seat count given as %s falls back to the default and is reported",
    (_, text, reason) => {
      const query = new URLSearchParams({ endpoints: "40", seats: text, issues: "0.7" });
      const { scenario, problems } = parseScenario(query);
      expect(scenario).toEqual({ ...DEFAULTS, endpoints: 40, issues: 0.7 });
      expect(problems).toEqual([reason]);
    },
  );

  it.each([
    ["issues", "-0.1", { min: 0, max: 10 }],
    ["issues", "10.01", { min: 0, max: 10 }],
    ["bfRecur", "91", { min: 0, max: 90 }],
    ["msRecur", "100", { min: 0, max: 90 }],
    ["growth", "-51", { min: -50, max: 200 }],
    ["bfAfterX", "0.5", { min: 1, max: 5 }],
    ["paths", "199", { min: 200, max: 20000 }],
    ["paths", "2000.5", { min: 200, max: 20000 }, "notWhole"],
    ["months", "121", { min: 1, max: 120 }],
    ["seed", "4294967296", { min: 0, max: 4294967295 }],
    ["seed", "-1", { min: 0, max: 4294967295 }],
    ["msMin", "1000000.01", { min: 0, max: 1000000 }],
  ])(
    "an out-of-range or fractional %s (%s) falls back to the default and is reported",
    (key, text, range, code = "outOfRange") => {
      const { scenario, problems } = parseScenario(
        new URLSearchParams({ [key]: text, seats: "40" }),
      );
      expect(scenario).toEqual({ ...DEFAULTS, seats: 40 });
      expect(problems).toEqual([{ key, code, values: range }]);
    },
  );

  it.each(["true", "yes", "2", "", "01", " 1"])(
    "downtime=%j falls back to on and is reported",
    (text) => {
      const { scenario, problems } = parseScenario(
        new URLSearchParams({ downtime: text, seats: "40" }),
      );
      expect(scenario).toEqual({ ...DEFAULTS, seats: 40 });
      expect(problems).toEqual([{ key: "downtime", code: "notOnOff" }]);
    },
  );

  it("uses none of the values of a repeated key, even when they agree, and reports it once", () => {
    const { scenario, problems } = parse("seats=30&seats=30&issues=0.7&downtime=0&downtime=1");
    expect(scenario).toEqual({ ...DEFAULTS, issues: 0.7 });
    expect(problems).toEqual([
      { key: "seats", code: "repeated", values: { count: 2 } },
      { key: "downtime", code: "repeated", values: { count: 2 } },
    ]);
  });

  it("ignores unknown keys and reports each once, cutting a long key short", () => {
    const longKey = "x".repeat(100);
    const { scenario, problems } = parse(`colour=red&seats=30&colour=blue&${longKey}=1&Seats=3`);
    expect(scenario).toEqual({ ...DEFAULTS, seats: 30 });
    expect(problems).toEqual([
      { key: "colour", code: "unknownKey" },
      { key: `${"x".repeat(40)}…`, code: "unknownKey" },
      { key: "Seats", code: "unknownKey" },
    ]);
  });

  it("reports a link version it does not know", () => {
    const { scenario, problems } = parse("v=3&seats=30");
    expect(scenario).toEqual({ ...DEFAULTS, seats: 30 });
    expect(problems).toEqual([{ key: "v", code: "unknownVersion", values: { expected: 2 } }]);
  });

  it("reports every bad field at once and keeps every good one", () => {
    const { scenario, problems } = parse(
      "seats=abc&endpoints=40&issues=11&bfRate=200&downtime=maybe&msSeat=",
    );
    expect(scenario).toEqual({ ...DEFAULTS, endpoints: 40, bfRate: 200 });
    expect(problems.map((problem) => problem.key)).toEqual([
      "seats",
      "issues",
      "downtime",
      "msSeat",
    ]);
  });

  it("never throws, and always returns an in-range scenario, whatever the text", () => {
    const keys = fc.oneof(fc.constantFrom(...INPUTS.map((def) => def.key), "v"), fc.string());
    const values = fc.oneof(
      fc.string(),
      fc.double().map(String),
      fc.constantFrom("-0", "1e309", "0x1F", "１２"),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(keys, values), { maxLength: 12 }), (pairs) => {
        const { scenario, problems } = parseScenario(new URLSearchParams(pairs));
        for (const def of NUMBER_INPUTS) {
          const value = scenario[def.key];
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(def.min);
          expect(value).toBeLessThanOrEqual(def.max);
          if (def.integer) expect(Number.isInteger(value)).toBe(true);
        }
        expect(typeof scenario.downtime).toBe("boolean");
        for (const problem of problems) expectCoded(problem);
      }),
      { numRuns: 300 },
    );
  });
});

describe("scenarioToParams", () => {
  it("writes nothing for the default scenario", () => {
    expect(scenarioToParams(defaultScenario()).toString()).toBe("");
  });

  it("writes only the values that differ from the defaults, in the inputs table's order", () => {
    const params = scenarioToParams({
      ...DEFAULTS,
      msSeat: 95,
      seats: 40,
      downtime: false,
      issues: 0.35,
    });
    expect(params.toString()).toBe("seats=40&downtime=0&issues=0.35&msSeat=95");
  });

  it("writes very small and very large values as plain decimals, which parse back", () => {
    expect(plainDecimal(1e-7)).toBe("0.0000001");
    expect(plainDecimal(-2.5e-8)).toBe("-0.000000025");
    expect(plainDecimal(1.5e22)).toBe("15000000000000000000000");
    expect(plainDecimal(4294967295)).toBe("4294967295");
    const tiny = { ...DEFAULTS, issues: 1e-7, growth: -5e-324 };
    expect(scenarioToParams(tiny).get("issues")).toBe("0.0000001");
    expect(parseScenario(scenarioToParams(tiny))).toEqual({ scenario: tiny, problems: [] });
  });

  it("round-trips: parsing what it writes gives back the same scenario, with no problems", () => {
    fc.assert(
      fc.property(scenarioArbitrary(), (scenario) => {
        expect(parseScenario(scenarioToParams(scenario))).toEqual({ scenario, problems: [] });
      }),
      { numRuns: 500 },
    );
  });
});

describe("validateField", () => {
  it("accepts a valid value and rejects an invalid one with the parser's reason", () => {
    expect(validateField("issues", "0.75")).toEqual({ ok: true, value: 0.75 });
    expect(validateField("downtime", "0")).toEqual({ ok: true, value: false });
    expect(validateField("seats", "2.5")).toEqual({
      ok: false,
      problem: { key: "seats", code: "notWhole", values: { min: 1, max: 5000 } },
    });
    expect(validateField("issues", "abc")).toEqual({ ok: false, problem: { key: "issues", code: "notPlainNumber" } });
  });
});
