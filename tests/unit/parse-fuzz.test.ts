/**
 * Whatever text arrives as a query string, the parsers never throw and always hand back a
 * scenario the model can compute: every field in its range, whole where it must be, and every key
 * they did not use named in the problems. 10,000 arbitrary query strings per property.
 */
import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  INPUTS,
  MAX_PLANS,
  NUMBER_INPUTS,
  PLAN_NUMERIC_KEYS,
  defaultPlanTerms,
  defaultScenario,
  numberInputDef,
  parseScenario,
  planCount,
  planTerms,
  splitPlanKey,
  type Scenario,
} from "../../src/model/index.ts";
import { CURRENCIES } from "../../src/lib/format.ts";
import { DISPLAY_KEYS, PINNED_MARKER, PINNED_PREFIX, readUrl } from "../../src/state/url-state.ts";

const RUNS = 10_000;
/** A few seconds on a laptop; room for a slow CI machine. */
const TIMEOUT_MS = 60_000;
const INPUT_KEYS = INPUTS.map((def) => def.key);
const PLAN_KEYS = [...PLAN_NUMERIC_KEYS, "msName"] as const;
/** Plan keys of plans 2 – 5 (plan 5 is never a plan: a link can hold four). */
const PREFIXED_PLAN_KEYS = [2, 3, 4, 5].flatMap((plan) => PLAN_KEYS.map((name) => `p${plan}.${name}`));
const KNOWN_KEYS = new Set<string>([...INPUT_KEYS, "v", "plans", "focus"]);
const DEFAULTS = defaultScenario();
/** A number as a link may carry it: digits, one optional decimal point, an optional minus sign. */
const PLAIN_DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;
/** Keys echoed back in the notice are cut to this many characters (src/model/scenario.ts). */
const REPORTED_KEY_LENGTH = 40;

/** What a brand name must never carry onto the page: control and text-direction characters. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
const SORTED_INPUT_KEYS = [...INPUT_KEYS, "focus", "otherPlans"].sort().join();

const reported = (key: string) =>
  key.length > REPORTED_KEY_LENGTH ? `${key.slice(0, REPORTED_KEY_LENGTH)}…` : key;

/** Text that looks like a number to a person, but may not be one to the parser. */
const numberish = fc.oneof(
  fc.double().map(String),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.constantFrom(
    "",
    " 5 ",
    "5,000",
    "1e309",
    "1e3",
    "-0",
    "0x10",
    "NaN",
    "Infinity",
    "+5",
    "-",
    ".",
    "5.",
    ".5",
    "１２",
    "٥",
    "<script>alert(1)</script>",
    "javascript:alert(1)",
    "9".repeat(400),
    "0.".padEnd(330, "0") + "1",
  ),
  // Plan counts and focus numbers, in range and just out of it.
  fc.constantFrom("0", "1", "2", "3", "4", "5"),
  // Each input's own edges, and just past them.
  fc.constantFrom(
    ...NUMBER_INPUTS.flatMap((def) =>
      [def.min, def.max, def.min - 0.001, def.max + 1, def.min + 0.5].map(String),
    ),
  ),
);

const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  fc.string({ unit: "grapheme" }),
);

/** Keys this calculator knows, keys it reads elsewhere, their pinned twins, and anything else. */
const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...INPUT_KEYS) },
  { weight: 1, arbitrary: fc.constantFrom(...INPUT_KEYS.map((name) => `${PINNED_PREFIX}${name}`)) },
  { weight: 2, arbitrary: fc.constantFrom("plans", "focus", ...PREFIXED_PLAN_KEYS, ...PREFIXED_PLAN_KEYS.slice(0, 15).map((name) => `${PINNED_PREFIX}${name}`)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "v",
      ...DISPLAY_KEYS,
      PINNED_MARKER,
      "__proto__",
      "constructor",
      "toString",
      "hasOwnProperty",
      "a.__proto__",
      "seаts",
      "ｓｅａｔｓ",
    ),
  },
  { weight: 2, arbitrary: anyText },
);

const value = fc.oneof({ weight: 2, arbitrary: numberish }, { weight: 1, arbitrary: anyText });

/** Key–value pairs percent-encoded as a browser would send them. */
const encodedPairs = fc
  .array(fc.tuple(key, value), { maxLength: 16 })
  .map((pairs) => new URLSearchParams(pairs).toString());

/** Query strings written by hand or by an attacker: raw separators, stray and broken % escapes. */
const rawQuery = fc
  .array(
    fc.oneof(
      key,
      value,
      fc.constantFrom(
        "&",
        "=",
        "&&",
        "==",
        "%",
        "%E0%A4%A",
        "%zz",
        "%00",
        "%C0%AF",
        "%ED%A0%80",
        "+",
        "?",
        "#",
        ";",
      ),
      fc.integer({ min: 0, max: 255 }).map((byte) => `%${byte.toString(16).padStart(2, "0")}`),
    ),
    { maxLength: 24 },
  )
  .map((parts) => parts.join(""));

const queryString = fc.oneof(
  { weight: 2, arbitrary: encodedPairs },
  { weight: 2, arbitrary: rawQuery },
  { weight: 1, arbitrary: anyText },
  { weight: 1, arbitrary: anyText.map((text) => `?${text}`) },
);

/**
 * Plain checks rather than expect(): each run makes a few hundred of them, and 10,000 runs of
 * expect() would take most of a minute. A failing check throws, and fast-check shrinks and
 * prints the query string that made it fail.
 */
function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

function checkValidScenario(scenario: Scenario): void {
  check(Object.getPrototypeOf(scenario) === Object.prototype, "the scenario is a plain object");
  check(
    Object.keys(scenario).sort().join() === SORTED_INPUT_KEYS,
    `the scenario has exactly the inputs' keys: ${Object.keys(scenario).join()}`,
  );
  for (const def of NUMBER_INPUTS) {
    const number = scenario[def.key];
    check(
      typeof number === "number" && Number.isFinite(number),
      `${def.key} is a finite number: ${String(number)}`,
    );
    check(number >= def.min && number <= def.max, `${def.key} is in range: ${number}`);
    check(!Object.is(number, -0), `${def.key} is not -0`);
    check(!def.integer || Number.isInteger(number), `${def.key} is whole: ${number}`);
  }
  check(typeof scenario.downtime === "boolean", "downtime is a boolean");
  const plans = planCount(scenario);
  check(Array.isArray(scenario.otherPlans) && plans >= 1 && plans <= MAX_PLANS, `1 to ${MAX_PLANS} plans: ${plans}`);
  check(Number.isInteger(scenario.focus) && scenario.focus >= 0 && scenario.focus <= plans, `focus names a plan: ${scenario.focus}`);
  for (let plan = 1; plan <= plans; plan++) {
    const terms = planTerms(scenario, plan);
    check(Object.keys(terms).sort().join() === [...PLAN_KEYS].sort().join(), `plan ${plan} has exactly a plan's keys`);
    const name = terms.msName;
    check(typeof name === "string" && name === name.trim() && name.length > 0 && [...name].length <= 40, `plan ${plan}'s name is trimmed text of 1 – 40 characters: ${JSON.stringify(name)}`);
    check(!/\p{Cc}/u.test(name), `plan ${plan}'s name has no control characters`);
    for (const key of PLAN_NUMERIC_KEYS) {
      const def = numberInputDef(key);
      const number = terms[key];
      check(Number.isFinite(number) && number >= def.min && number <= def.max && !Object.is(number, -0), `plan ${plan}'s ${key} is in range: ${number}`);
    }
  }
}

/** The value a known key holds in the scenario: plan k's for a prefixed key. */
function valueOfKey(scenario: Scenario, name: string): unknown {
  if (name === "plans") return planCount(scenario);
  const prefixed = splitPlanKey(name);
  if (prefixed) return planTerms(scenario, prefixed.plan)[prefixed.key as keyof ReturnType<typeof planTerms>];
  return scenario[name as keyof Scenario];
}

/** The default of a known key: plan k's own defaults for a prefixed key. */
function defaultOfKey(name: string): unknown {
  if (name === "plans") return 1;
  const prefixed = splitPlanKey(name);
  if (prefixed) return defaultPlanTerms(prefixed.plan)[prefixed.key as keyof ReturnType<typeof defaultPlanTerms>];
  return DEFAULTS[name as keyof Scenario];
}

describe("parsing arbitrary query strings", () => {
  it(
    `parseScenario never throws, keeps every field in range and names every key it did not use (${RUNS.toLocaleString("en-US")} runs)`,
    () => {
      fc.assert(
        fc.property(queryString, (search) => {
          const params = new URLSearchParams(search);
          const { scenario, problems } = parseScenario(params);
          checkValidScenario(scenario);

          const reportedKeys = new Set(problems.map((problem) => problem.key));
          for (const problem of problems) {
            check(problem.code.length > 0, "a problem says what is wrong");
            check(
              problem.key.length <= REPORTED_KEY_LENGTH + 1,
              `a reported key is cut short: ${problem.key}`,
            );
          }
          const plans = planCount(scenario);
          for (const name of new Set(params.keys())) {
            const ofPlan = splitPlanKey(name);
            const planKey = ofPlan !== null && (PLAN_KEYS as readonly string[]).includes(ofPlan.key) && ofPlan.plan <= MAX_PLANS;
            if (planKey && ofPlan.plan > plans) {
              check(reportedKeys.has(name), `${name}, a key of a plan the link does not hold, is reported`);
              continue;
            }
            if (!KNOWN_KEYS.has(name) && !planKey) {
              check(
                reportedKeys.has(reported(name)),
                `unknown key ${JSON.stringify(name)} is reported`,
              );
              continue;
            }
            if (name === "v") continue;
            if (reportedKeys.has(name)) {
              check(valueOfKey(scenario, name) === defaultOfKey(name), `reported ${name} keeps its default`);
              continue;
            }
            // A key that was not reported was used: exactly one value, and the value it says.
            const values = params.getAll(name);
            check(
              values.length === 1,
              `${name} was used although it appears ${values.length} times`,
            );
            const text = values[0]!;
            const held = valueOfKey(scenario, name);
            if (name === "msName" || ofPlan?.key === "msName") {
              check(held === text.trim(), `${name}=${JSON.stringify(text)} was read as ${String(held)}`);
            } else if (name === "downtime") {
              check(
                (text === "1" || text === "0") && scenario.downtime === (text === "1"),
                `downtime=${text} was read as ${String(scenario.downtime)}`,
              );
            } else {
              check(
                PLAIN_DECIMAL.test(text) && held === Number(text) + 0,
                `${name}=${JSON.stringify(text)} was read as ${String(held)}`,
              );
            }
          }
        }),
        { numRuns: RUNS },
      );
      // Nothing a link says reaches the prototype every object shares.
      expect(Object.prototype).not.toHaveProperty("seats");
    },
    TIMEOUT_MS,
  );

  it(
    `readUrl never throws and returns a usable page state, with display settings and a pinned scenario A (${RUNS.toLocaleString("en-US")} runs)`,
    () => {
      fc.assert(
        fc.property(queryString, (search) => {
          const read = readUrl(search);
          checkValidScenario(read.scenario);
          if (read.pinned !== null) checkValidScenario(read.pinned);
          check(
            CURRENCIES.includes(read.display.currency),
            `currency ${read.display.currency} is one the page formats`,
          );
          check(typeof read.display.present === "boolean", "present is a boolean");
          check(read.display.brand.length <= 60, "the brand is at most 60 characters");
          check(
            !CONTROL_CHARACTERS.test(read.display.brand),
            "the brand has no control characters",
          );
          for (const problem of read.problems) {
            check(problem.code.length > 0, "a problem says what is wrong");
            check(
              problem.key.length <= PINNED_PREFIX.length + REPORTED_KEY_LENGTH + 1,
              `a reported key is cut short: ${problem.key}`,
            );
          }
          // At most one report about the link's version, however many v keys it has.
          check(
            read.problems.filter((problem) => problem.key === "v").length <= 1,
            "v is reported at most once",
          );
          // Every key of the link that is not a setting is named.
          const reportedKeys = new Set(read.problems.map((problem) => problem.key));
          const readKeys = new Set<string>([...KNOWN_KEYS, ...DISPLAY_KEYS, PINNED_MARKER]);
          for (const name of new URLSearchParams(search).keys()) {
            if (readKeys.has(name)) continue;
            if (name.startsWith(PINNED_PREFIX)) {
              const own = name.slice(PINNED_PREFIX.length);
              if (!KNOWN_KEYS.has(own) || own === "v")
                check(
                  reportedKeys.has(`${PINNED_PREFIX}${reported(own)}`),
                  `unknown key ${JSON.stringify(name)} is reported`,
                );
            } else {
              check(
                reportedKeys.has(reported(name)),
                `unknown key ${JSON.stringify(name)} is reported`,
              );
            }
          }
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );
});
