/**
 * Crafted links for tests/e2e/hostile-links.spec.ts: every scenario key of MODEL.md (read from
 * the inputs table) and every other key the pages read, each fed script and HTML injection,
 * malformed numbers, look-alike characters, broken percent-encoding, huge values and more. Each
 * case says, from the rules below and not from the parser's own code, which keys the notice must
 * name and which values must still be in use.
 *
 * How the calculator treats links, as these cases expect:
 * - A bad value falls back to its default and is named; every other field keeps its value.
 * - A key given more than once is named and none of its values is used: the calculator does not
 *   guess which one was meant.
 * - Invalid percent-encoding (`%E0%A4%A`, a lone `%`) is decoded the way URLSearchParams does,
 *   so an invalid sequence becomes U+FFFD: in a number it is "not a plain number", in a key it
 *   makes an unknown key. A valid escape (`%35` for 5) is just that character.
 * - Text settings (the brand, a button label) are kept and shown as text, never as markup.
 * - A key echoed in the notice is cut to 40 characters and an ellipsis.
 */
import { englishText } from "./english-text.ts";
import {
  INPUTS,
  defaultScenario,
  inputDef,
  type InputKey,
} from "../../../src/model/inputs.ts";

export type PageName = "app" | "embed";

export type HostileCase = {
  name: string;
  page: PageName;
  /** The query string exactly as it goes into the address bar, without "?". */
  query: string;
  /** What follows "#", if anything. */
  hash?: string;
  /** Every key the notice must name, as shown there; [] means no notice at all. */
  reported: readonly string[];
  /** The text each of these inputs' fields must show ("on"/"off" for the downtime switch). */
  kept: Readonly<Partial<Record<InputKey, string>>>;
  /** Text that must be on the page, as text (a brand or a button label given as markup). */
  shownText?: string;
  /** The embed's look and button as they must end up. */
  embed?: { accent: string | null; ctaHref: string | null };
  /** Longer than web servers accept in a request line (`vite preview` answers 431 above 16 KB). */
  long?: boolean;
  /** Plan 1's name as the link sets it, which its fields' group is headed by ("Managed" when it sets none). */
  planName?: string;
};

/** Payloads that would run script if any of them reached the page as markup or as a URL. */
export const INJECTIONS = [
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
] as const;

/** Payloads that set the canary window.__pwned instead of opening a dialog. */
export const CANARY_INJECTIONS = [
  "<img src=x onerror=window.__pwned=1>",
  "'><svg onload=window.__pwned=1>",
  "</textarea><script>window.__pwned=1</script>",
  "{{constructor.constructor('window.__pwned=1')()}}",
  "${window.__pwned=1}",
] as const;

const REPORTED_KEY_LENGTH = 40;
const HUGE = 100_000;

const DEFAULTS = defaultScenario();

/** The text a field shows for its default. */
export function defaultText(key: InputKey): string {
  const value = DEFAULTS[key];
  return typeof value === "boolean" ? (value ? "on" : "off") : String(value);
}

/**
 * Where an input's field is: its group's legend (null for the five up front), or for a managed
 * term plan 1's ("Plan 1: Managed"), and its label.
 */
export function fieldLocation(key: InputKey, planName = "Managed"): { legend: string | null; label: string } {
  const def = inputDef(key)!;
  const primary = def.kind === "number" && def.primary === true;
  const label = englishText(`input ${key}`);
  if (def.group === "managed") return { legend: `Plan 1: ${planName}`, label };
  return { legend: primary ? null : englishText(`input group ${def.group}`), label };
}

/** A plan's name is kept when, trimmed, it has 1 to 40 characters and no control character (PLANS.md). */
export function validPlanName(text: string): boolean {
  const trimmed = text.trim();
  // eslint-disable-next-line no-control-regex
  return trimmed.length > 0 && [...trimmed].length <= 40 && !/[\u0000-\u001f\u007f-\u009f]/.test(trimmed);
}

/** A key as the notice shows it. */
export function shownKey(key: string): string {
  return key.length > REPORTED_KEY_LENGTH ? `${key.slice(0, REPORTED_KEY_LENGTH)}…` : key;
}

const encode = (pairs: readonly (readonly [string, string])[]) =>
  new URLSearchParams(pairs.map(([k, v]) => [k, v])).toString();

/** Good fields that can stand beside bad ones, in order of preference. */
const PARTNERS: readonly (readonly [InputKey, string])[] = [
  ["servers", "5"],
  ["seats", "40"],
  ["endpoints", "12"],
  ["months", "24"],
];

/**
 * A good field beside the bad ones, which must keep its value: servers=5, or the first of the
 * others that the link is not about (as a key or as a pinned key).
 */
function partner(keys: readonly string[]): {
  pair: readonly [InputKey, string];
  kept: Partial<Record<InputKey, string>>;
} {
  const pair = PARTNERS.find(
    ([key]) => !keys.some((name) => name === key || name === `a.${key}`),
  )!;
  return { pair, kept: { [pair[0]]: pair[1] } };
}

const isInputKey = (key: string): key is InputKey => inputDef(key) !== undefined;

/** A link with bad pairs and a good partner, encoded as a browser would. */
function badPairs(
  name: string,
  pairs: readonly (readonly [string, string])[],
  reported: readonly string[],
): HostileCase {
  const { pair, kept } = partner(pairs.map(([key]) => key));
  const ownDefaults: Partial<Record<InputKey, string>> = {};
  for (const [key] of pairs)
    if (reported.includes(key) && isInputKey(key)) ownDefaults[key] = defaultText(key);
  return {
    name,
    page: "app",
    query: encode([...pairs, pair]),
    reported,
    kept: { ...ownDefaults, ...kept },
  };
}

/** A link with one bad pair and a good partner. */
const oneBad = (name: string, key: string, value: string, reported: readonly string[]) =>
  badPairs(name, [[key, value]], reported);

/** Keys whose value is a number or a switch: markup in them is never a valid value. */
const NUMBER_AND_SWITCH_KEYS: readonly InputKey[] = INPUTS.filter((def) => def.kind !== "text").map((def) => def.key);

function injectionCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  // Every scenario key of MODEL.md, with each of the three classic payloads. A link carries three
  // keys, each with a different payload (key i the first, key i + 1 the second, key i + 2 the
  // third), so every key meets every payload in a third of the page loads.
  NUMBER_AND_SWITCH_KEYS.forEach((_, index) => {
    const pairs = INJECTIONS.map(
      (payload, offset) => [NUMBER_AND_SWITCH_KEYS[(index + offset) % NUMBER_AND_SWITCH_KEYS.length]!, payload] as const,
    );
    const name = pairs.map(([key, payload]) => `${key} = ${payload}`).join(", ");
    cases.push(badPairs(name, pairs, pairs.map(([key]) => key)));
  });
  // The canary payloads, spread over the keys, the display keys and the pinned scenario's keys.
  const canaryKeys = [
    "seats",
    "bfRate",
    "msSeat",
    "issues",
    "downtime",
    "currency",
    "present",
    "v",
    "a",
    "a.seats",
    "a.msFewer",
  ];
  canaryKeys.forEach((key, index) => {
    const payload = CANARY_INJECTIONS[index % CANARY_INJECTIONS.length]!;
    cases.push(oneBad(`${key} = ${payload}`, key, payload, [key]));
  });
  for (const payload of [...INJECTIONS, ...CANARY_INJECTIONS]) {
    cases.push({
      ...oneBad(`brand = ${payload}`, "brand", payload, []),
      shownText: `Prepared by ${payload}`,
    });
  }
  // A plan's name is text: markup that fits the rules is kept and shown as text, the rest reported.
  // Plan 2 of two shares each link with plan 1.
  for (const payload of [...INJECTIONS, ...CANARY_INJECTIONS]) {
    const kept = validPlanName(payload);
    const testCase = badPairs(
      `msName and p2.msName = ${payload}`,
      [["plans", "2"], ["msName", payload], ["p2.msName", payload]],
      kept ? [] : ["msName", "p2.msName"],
    );
    cases.push(
      kept
        ? { ...testCase, kept: { ...testCase.kept, msName: payload.trim() }, planName: payload.trim(), shownText: `Plan 2: ${payload.trim()}` }
        : { ...testCase, kept: { ...testCase.kept, msName: "Managed" } },
    );
  }
  // Markup as a key, and as a pinned key.
  for (const payload of [
    "<script>alert(1)</script>",
    CANARY_INJECTIONS[0],
    '"><img src=x onerror=alert(1)>',
  ]) {
    cases.push(oneBad(`a key written as ${payload}`, payload, "1", [shownKey(payload)]));
    cases.push(
      oneBad(`a pinned key written as a.${payload}`, `a.${payload}`, "1", [
        `a.${shownKey(payload)}`,
      ]),
    );
  }
  // The same payloads typed raw into the address bar, not percent-encoded.
  cases.push({
    name: "raw <script> in seats",
    page: "app",
    query: "seats=<script>alert(1)</script>&servers=5",
    reported: ["seats"],
    kept: { seats: "25", servers: "5" },
  });
  cases.push({
    name: "raw <img onerror> in bfRate",
    page: "app",
    query: "bfRate=<img src=x onerror=window.__pwned=1>&servers=5",
    reported: ["bfRate"],
    kept: { bfRate: "150", servers: "5" },
  });
  cases.push({
    name: "raw markup in the brand",
    page: "app",
    query: "brand=<b>Bold</b><img src=x onerror=window.__pwned=1>&servers=5",
    reported: [],
    kept: { servers: "5" },
    shownText: "Prepared by <b>Bold</b><img src=x onerror=window.__pwned=1>",
  });
  cases.push({
    name: "markup in the fragment",
    page: "app",
    query: "seats=12",
    hash: "<img src=x onerror=window.__pwned=1>",
    reported: [],
    kept: { seats: "12" },
  });
  cases.push({
    name: "a javascript: fragment",
    page: "app",
    query: "seats=13",
    hash: "javascript:window.__pwned=1",
    reported: [],
    kept: { seats: "13" },
  });
  return cases;
}

/** Numbers as people and programs write them, against inputs of different kinds and ranges. */
function numberCases(): HostileCase[] {
  // value → what each sample key does with it: the text its field then shows, or null when it is reported.
  const samples: [string, Partial<Record<InputKey, string | null>>][] = [
    ["1e309", { seats: null, issues: null, growth: null }],
    ["1e3", { seats: null, msMin: null }],
    ["-0", { seats: null, endpoints: "0", growth: "0" }],
    ["NaN", { seats: null, issues: null }],
    ["Infinity", { seats: null, msOnboard: null }],
    ["-Infinity", { growth: null }],
    ["0x10", { seats: null, servers: null }],
    [" 5 ", { seats: null, bfRate: null }],
    ["5,000", { seats: null, msMin: null }],
    ["5_000", { seats: null }],
    ["", { seats: null, downtime: null }],
    ["+5", { seats: null }],
    ["5.", { seats: "5" }],
    [".5", { issues: "0.5", seats: null }],
    ["2.5", { seats: null, bfStep: "2.5", bfMin: "2.5" }],
    ["4.01", { bfStep: null }],
    ["0.25", { bfStep: "0.25" }],
    ["-51", { growth: null }],
    ["-50", { growth: "-50" }],
    ["5001", { seats: null }],
    ["4294967296", { seed: null }],
    ["4294967295", { seed: "4294967295" }],
    ["99999999999999999999", { seats: null }],
    ["9".repeat(320), { msMin: null }],
    ["0.0000001", { issues: "1e-7" }],
    ["1".repeat(400), { seats: null }],
    ["true", { downtime: null }],
    ["yes", { downtime: null }],
    ["0", { downtime: "off" }],
    ["1e-7", { issues: null }],
    ["0b101", { seats: null }],
    ["5e0", { seats: null }],
    ["٥", { seats: null }],
  ];
  // One link per value, in every one of its sample keys at once.
  return samples.map(([value, byKey]) => {
    const entries = Object.entries(byKey) as [InputKey, string | null][];
    const shownValue = JSON.stringify(value.length > 24 ? `${value.slice(0, 24)}…` : value);
    const testCase = badPairs(
      `${entries.map(([key]) => key).join(", ")} = ${shownValue}`,
      entries.map(([key]) => [key, value] as const),
      entries.filter(([, shown]) => shown === null).map(([key]) => key),
    );
    const accepted = Object.fromEntries(entries.filter(([, shown]) => shown !== null));
    return { ...testCase, kept: { ...testCase.kept, ...accepted } };
  });
}

function structureCases(): HostileCase[] {
  const raw = (
    name: string,
    query: string,
    reported: string[],
    kept: Partial<Record<InputKey, string>>,
  ): HostileCase => ({ name, page: "app", query, reported, kept });
  return [
    // Empty values and empty keys.
    raw("a key without a value", "seats&servers=5", ["seats"], { seats: "25", servers: "5" }),
    raw("a key with an empty value", "seats=&servers=5", ["seats"], { seats: "25", servers: "5" }),
    raw("a value without a key", "=5&servers=5", [""], { servers: "5" }),
    raw("stray separators", "&&&servers=5&&=&", [""], { servers: "5" }),
    raw("nothing but a question mark", "", [], { seats: "25" }),
    // Repeated keys: none of the values is used.
    raw("seats twice", "seats=10&seats=20&servers=5", ["seats"], { seats: "25", servers: "5" }),
    raw("seats twice, once empty", "seats=40&seats=&servers=5", ["seats"], {
      seats: "25",
      servers: "5",
    }),
    raw("the same value twice", "bfRate=99&bfRate=99&servers=5", ["bfRate"], {
      bfRate: "150",
      servers: "5",
    }),
    raw("currency twice", "currency=EUR&currency=GBP&servers=5", ["currency"], { servers: "5" }),
    raw("brand twice", "brand=A&brand=B&servers=5", ["brand"], { servers: "5" }),
    raw("present twice", "present=1&present=1&servers=5", ["present"], { servers: "5" }),
    raw("downtime twice", "downtime=0&downtime=0&servers=5", ["downtime"], {
      downtime: "on",
      servers: "5",
    }),
    raw("the version twice", "v=1&v=1&servers=5", ["v"], { servers: "5" }),
    raw("a pinned key twice", "a.seats=3&a.seats=4&servers=5", ["a.seats"], { servers: "5" }),
    raw("a hundred copies of one key", `${"seats=1&".repeat(100)}servers=5`, ["seats"], {
      seats: "25",
      servers: "5",
    }),
    // Plans: a count out of range, a key of a plan the link does not hold, a focus on no plan,
    // a bad field of plan 2 beside a good one.
    raw("nine plans", "plans=9&p2.msSeat=90&servers=5", ["plans", "p2.msSeat"], { servers: "5" }),
    raw("a key of plan 3 in a two-plan link", "plans=2&p3.msSeat=90&servers=5", ["p3.msSeat"], { servers: "5" }),
    raw("a focus on plan 3 of two", "plans=2&focus=3&servers=5", ["focus"], { servers: "5" }),
    raw("plan 2's fee out of range", "plans=2&p2.msSeat=-1&p2.msMin=700&msSeat=99&servers=5", ["p2.msSeat"], { msSeat: "99", servers: "5" }),
    raw("a plan 5 and a plan 1 prefix", "p5.msSeat=1&p1.msSeat=1&servers=5", ["p5.msSeat", "p1.msSeat"], { msSeat: "110", servers: "5" }),
    raw("a plan name of spaces", "msName=%20%20&servers=5", ["msName"], { msName: "Managed", servers: "5" }),
    // Unknown keys.
    raw("an unknown key", "bogus=1&servers=5", ["bogus"], { servers: "5" }),
    raw("a key in the wrong case", "SEATS=40&servers=5", ["SEATS"], { seats: "25", servers: "5" }),
    raw("a key with a trailing space", "seats%20=40&servers=5", ["seats "], {
      seats: "25",
      servers: "5",
    }),
    raw("an array-style key", "seats[]=40&servers=5", ["seats[]"], { seats: "25", servers: "5" }),
    raw("a nested key", "seats[value]=40&servers=5", ["seats[value]"], {
      seats: "25",
      servers: "5",
    }),
    raw("a tracking parameter", "utm_source=newsletter&servers=5", ["utm_source"], {
      servers: "5",
    }),
    raw("an embed setting on the full page", "accent=%23ff0000&servers=5", ["accent"], {
      servers: "5",
    }),
    raw("an unknown pinned key", "a.bogus=1&servers=5", ["a.bogus"], { servers: "5" }),
    raw("a long unknown key", `${"k".repeat(300)}=1&servers=5`, [shownKey("k".repeat(300))], {
      servers: "5",
    }),
    raw(
      "many unknown keys",
      `${Array.from({ length: 50 }, (_, i) => `x${i}=1`).join("&")}&servers=5`,
      Array.from({ length: 50 }, (_, i) => `x${i}`),
      { servers: "5" },
    ),
    // Prototype keys.
    raw("__proto__", "__proto__=1&servers=5", ["__proto__"], { servers: "5" }),
    raw("__proto__[seats]", "__proto__[seats]=1&servers=5", ["__proto__[seats]"], {
      seats: "25",
      servers: "5",
    }),
    raw("constructor", "constructor=1&servers=5", ["constructor"], { servers: "5" }),
    raw(
      "constructor.prototype.seats",
      "constructor.prototype.seats=1&servers=5",
      ["constructor.prototype.seats"],
      { seats: "25", servers: "5" },
    ),
    raw("toString", "toString=1&servers=5", ["toString"], { servers: "5" }),
    raw("hasOwnProperty", "hasOwnProperty=1&servers=5", ["hasOwnProperty"], { servers: "5" }),
    raw("valueOf", "valueOf=1&servers=5", ["valueOf"], { servers: "5" }),
    raw("a.__proto__", "a.__proto__=1&servers=5", ["a.__proto__"], { servers: "5" }),
    raw("a.constructor", "a.constructor=1&servers=5", ["a.constructor"], { servers: "5" }),
    // Invalid percent-encoding: URLSearchParams decodes the broken sequence to U+FFFD.
    raw("a truncated UTF-8 escape in a number", "seats=%E0%A4%A&servers=5", ["seats"], {
      seats: "25",
      servers: "5",
    }),
    raw("a lone % in a number", "seats=%&servers=5", ["seats"], { seats: "25", servers: "5" }),
    raw("a % before non-hex digits", "seats=%zz&servers=5", ["seats"], {
      seats: "25",
      servers: "5",
    }),
    raw("an escaped NUL after a number", "seats=5%00&servers=5", ["seats"], {
      seats: "25",
      servers: "5",
    }),
    raw("an overlong UTF-8 escape", "seats=%C0%B5&servers=5", ["seats"], {
      seats: "25",
      servers: "5",
    }),
    raw("an escaped surrogate", "seats=%ED%A0%80&servers=5", ["seats"], {
      seats: "25",
      servers: "5",
    }),
    raw("a lone % as a key", "%=1&servers=5", ["%"], { servers: "5" }),
    raw("a broken escape in a key", "se%ats=1&servers=5", ["se%ats"], { servers: "5" }),
    raw("a truncated escape in a key", "seats%E0%A4%A=1&servers=5", ["seats\uFFFD%A"], {
      seats: "25",
      servers: "5",
    }),
    raw("a valid escape for a digit", "seats=%35&servers=7", [], { seats: "5", servers: "7" }),
    raw("a valid escape in the key", "%73eats=7&servers=5", [], { seats: "7", servers: "5" }),
    raw("a broken escape in the brand", "brand=%E0%A4%A&servers=5", [], { servers: "5" }),
    raw("a broken escape in the version", "v=%&servers=5", ["v"], { servers: "5" }),
    // Look-alike characters.
    raw("fullwidth digits", "seats=%EF%BC%95&servers=5", ["seats"], { seats: "25", servers: "5" }),
    raw("fullwidth digits, encoded by the browser", "seats=５０&servers=5", ["seats"], {
      seats: "25",
      servers: "5",
    }),
    raw("Arabic-Indic digits", "seats=%D9%A4%D9%A0&servers=5", ["seats"], {
      seats: "25",
      servers: "5",
    }),
    raw("an Arabic decimal separator", "issues=0%D9%AB5&servers=5", ["issues"], {
      issues: "0.5",
      servers: "5",
    }),
    raw("a superscript digit", "seats=%E2%81%B5&servers=5", ["seats"], {
      seats: "25",
      servers: "5",
    }),
    raw("a mathematical bold digit", "seats=%F0%9D%9F%93&servers=5", ["seats"], {
      seats: "25",
      servers: "5",
    }),
    raw("a zero-width space after a number", "seats=40%E2%80%8B&servers=5", ["seats"], {
      seats: "25",
      servers: "5",
    }),
    raw("a Cyrillic а in seats", "se%D0%B0ts=40&servers=5", ["se\u0430ts"], {
      seats: "25",
      servers: "5",
    }),
    raw(
      "a fullwidth key",
      "%EF%BD%93%EF%BD%85%EF%BD%81%EF%BD%94%EF%BD%93=40&servers=5",
      ["\uff53\uff45\uff41\uff54\uff53"],
      { seats: "25", servers: "5" },
    ),
    raw(
      "a fullwidth currency code",
      "currency=%EF%BC%B5%EF%BC%B3%EF%BC%A4&servers=5",
      ["currency"],
      { servers: "5" },
    ),
    raw("a currency in lower case", "currency=eur&servers=5", [], { servers: "5" }),
    raw("a right-to-left override in the brand", "brand=%E2%80%AEevil&servers=5", [], {
      servers: "5",
    }),
    // Versions.
    raw("a newer version", "v=3&servers=5", ["v"], { servers: "5" }),
    raw("a version that is not a number", "v=abc&servers=5", ["v"], { servers: "5" }),
    raw("version zero", "v=0&servers=5", ["v"], { servers: "5" }),
    raw("a fractional version", "v=1.5&servers=5", ["v"], { servers: "5" }),
    raw("the current version", "v=1&servers=5", [], { servers: "5" }),
    // The pinned scenario.
    raw("a marker other than 1", "a=2&servers=5", ["a"], { servers: "5" }),
    raw("a bad pinned value beside good ones", "a.seats=0&a.servers=3&servers=5", ["a.seats"], {
      servers: "5",
      seats: "25",
    }),
    raw(
      "many bad fields at once",
      "seats=abc&servers=5&bogus=1&bfRate=99999&issues=NaN&downtime=maybe&currency=XYZ&v=1",
      ["seats", "bogus", "bfRate", "issues", "downtime", "currency"],
      { seats: "25", servers: "5", bfRate: "150", issues: "0.5", downtime: "on" },
    ),
  ];
}

function longCases(): HostileCase[] {
  const huge = (text: string) => text.repeat(Math.ceil(HUGE / text.length)).slice(0, HUGE);
  const cases: HostileCase[] = [
    {
      name: "100 KB of digits in seats",
      page: "app",
      query: `seats=${huge("9")}&servers=5`,
      reported: ["seats"],
      kept: { seats: "25", servers: "5" },
      long: true,
    },
    {
      name: "100 KB of markup in bfRate",
      page: "app",
      query: `${encode([["bfRate", huge("<img src=x onerror=window.__pwned=1>")]])}&servers=5`,
      reported: ["bfRate"],
      kept: { bfRate: "150", servers: "5" },
      long: true,
    },
    {
      name: "a 100 KB brand",
      page: "app",
      query: `brand=${huge("A")}&servers=5`,
      reported: ["brand"],
      kept: { servers: "5" },
      shownText: `Prepared by ${"A".repeat(60)}`,
      long: true,
    },
    {
      name: "a 100 KB currency",
      page: "app",
      query: `currency=${huge("EUR")}&servers=5`,
      reported: ["currency"],
      kept: { servers: "5" },
      long: true,
    },
    {
      name: "a 100 KB unknown key",
      page: "app",
      query: `${huge("k")}=1&servers=5`,
      reported: [shownKey(huge("k"))],
      kept: { servers: "5" },
      long: true,
    },
    {
      name: "a 100 KB value for an unknown key",
      page: "app",
      query: `bogus=${huge("x")}&servers=5`,
      reported: ["bogus"],
      kept: { servers: "5" },
      long: true,
    },
    {
      name: "100 KB of broken escapes",
      page: "app",
      query: `seats=${huge("%E0%A4%A")}&servers=5`,
      reported: ["seats"],
      kept: { seats: "25", servers: "5" },
      long: true,
    },
    {
      name: "a 100 KB pinned value",
      page: "app",
      query: `a.seats=${huge("1")}&servers=5`,
      reported: ["a.seats"],
      kept: { servers: "5" },
      long: true,
    },
  ];
  return cases;
}

/** The embed's own settings, from an address as a host page or anyone else could write it. */
function embedCases(): HostileCase[] {
  const HOST = "parentOrigin=https%3A%2F%2Fhost.example";
  const embed = (
    name: string,
    pairs: [string, string][],
    reported: string[],
    look: { accent?: string | null; ctaHref?: string | null } = {},
    extra: Partial<HostileCase> = {},
  ): HostileCase => ({
    name: `embed: ${name}`,
    page: "embed",
    query: `${HOST}&${encode([...pairs, ["servers", "5"]])}`,
    reported,
    kept: { servers: "5" },
    embed: { accent: look.accent ?? null, ctaHref: look.ctaHref ?? null },
    ...extra,
  });
  const accents = [
    "red;background:url(x)",
    "#fff}body{display:none",
    "#fff;background:url(https://evil.example/x)",
    "url(javascript:alert(1))",
    "expression(alert(1))",
    "#0a7d5a;",
    "#0a7d5a !important",
    "var(--x)",
    "red",
    "<script>alert(1)</script>",
    "#ggg",
    "",
  ];
  const ctaUrls = [
    "javascript:alert(1)",
    "JaVaScRiPt:alert(document.domain)",
    " javascript:alert(1)",
    "java\nscript:alert(1)",
    "javascript&colon;alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "vbscript:msgbox(1)",
    "http://example.com/contact",
    "//evil.example/contact",
    "/contact",
    "https://user:secret@example.com/",
    "https://",
  ];
  // A bad accent and a bad call to action in one link: neither depends on the other. Link i holds
  // accent i and call to action i, or whichever of the two the longer list still has.
  const cases = Array.from({ length: Math.max(accents.length, ctaUrls.length) }, (_, index) => {
    const accent = accents[index];
    const url = ctaUrls[index];
    const pairs: [string, string][] = [];
    const reported: string[] = [];
    if (accent !== undefined) {
      pairs.push(["accent", accent]);
      reported.push("accent");
    }
    if (url !== undefined) {
      pairs.push(["ctaLabel", "Book a call"], ["ctaUrl", url]);
      reported.push("ctaUrl");
    }
    const name = pairs.filter(([key]) => key !== "ctaLabel").map(([key, value]) => `${key} ${JSON.stringify(value)}`);
    return embed(name.join(", "), pairs, reported);
  });
  cases.push(embed("a valid accent is used", [["accent", "#0A7D5A"]], [], { accent: "#0a7d5a" }));
  cases.push(
    embed(
      "a valid https call to action is shown",
      [
        ["ctaLabel", "Book a call"],
        ["ctaUrl", "https://example.com/book"],
      ],
      [],
      { ctaHref: "https://example.com/book" },
    ),
  );
  cases.push(
    embed(
      "a button label written as markup stays text",
      [
        ["ctaLabel", CANARY_INJECTIONS[0]],
        ["ctaUrl", "https://example.com/book"],
      ],
      [],
      { ctaHref: "https://example.com/book" },
      { shownText: CANARY_INJECTIONS[0] },
    ),
  );
  for (const theme of [
    "<script>alert(1)</script>",
    "dark;color:red",
    'dark"><img src=x onerror=window.__pwned=1>',
  ]) {
    cases.push(embed(`theme ${JSON.stringify(theme)}`, [["theme", theme]], ["theme"]));
  }
  cases.push(
    embed(
      "a markup sections list",
      [["sections", "verdict,<img src=x onerror=window.__pwned=1>"]],
      ["sections"],
    ),
  );
  cases.push(
    embed(
      "a markup transparency switch",
      [["transparent", "<script>alert(1)</script>"]],
      ["transparent"],
    ),
  );
  cases.push(
    embed(
      "a markup brand stays text",
      [["brand", CANARY_INJECTIONS[0]]],
      [],
      {},
      { shownText: CANARY_INJECTIONS[0] },
    ),
  );
  cases.push(embed("markup in seats", [["seats", INJECTIONS[1]]], ["seats"]));
  for (const origin of ["javascript:alert(1)", "*", "null", "https://host.example/path"]) {
    cases.push({
      name: `embed: parentOrigin ${JSON.stringify(origin)}`,
      page: "embed",
      query: encode([
        ["parentOrigin", origin],
        ["servers", "5"],
      ]),
      reported: ["parentOrigin"],
      kept: { servers: "5" },
      embed: { accent: null, ctaHref: null },
    });
  }
  cases.push(
    embed(
      "every hostile setting at once",
      [
        ["accent", "red;background:url(x)"],
        ["theme", "<script>"],
        ["ctaLabel", "Go"],
        ["ctaUrl", "javascript:alert(1)"],
        ["sections", "ads"],
      ],
      ["accent", "theme", "ctaUrl", "sections"],
    ),
  );
  return cases;
}

export const HOSTILE_CASES: readonly HostileCase[] = [
  ...injectionCases(),
  ...numberCases(),
  ...structureCases(),
  ...longCases(),
  ...embedCases(),
];
