/**
 * Parsing untrusted text (URLs, stored price sheets, embed attributes) into a Scenario, and
 * writing a Scenario back as flat, readable URL parameters (MODEL.md, "Bad input").
 */
import * as z from "zod/mini";
import {
  INPUTS,
  MAX_PLANS,
  PLAN_NUMERIC_KEYS,
  defaultPlanTerms,
  defaultScenario,
  type InputDef,
  type NumberInputDef,
  type PlanTerms,
  type Scenario,
  type TextInputDef,
} from "./inputs.ts";
import { planKey, splitPlanKey } from "./plans.ts";

/**
 * Why a field was ignored, as a code: the page words it in its own language
 * (src/i18n/problem-text.ts), the model speaks none.
 */
export type ProblemCode =
  /** `count`: how many times the key appears. */
  | "repeated"
  /** `min`, `max`: the input's range. */
  | "outOfRange"
  /** `min`, `max`: the range of an input that takes whole numbers only. */
  | "notWhole"
  | "tooLongForNumber"
  | "empty"
  | "notPlainNumber"
  | "notOnOff"
  /** `max`: the most characters a name may have. */
  | "tooManyCharacters"
  | "controlCharacter"
  | "unknownKey"
  /** `expected`: the version links are written with. */
  | "unknownVersion"
  /** `plan`: the plan named; `plans`: how many the link has. */
  | "focusBeyondPlans"
  | "planBeyondPlans";

/** The values a problem's words need, by name. */
export type ProblemValues = Readonly<Record<string, number>>;

/** One field that was ignored, by its key, with why. */
export type InputProblem<Code extends string = ProblemCode> = {
  readonly key: string;
  readonly code: Code;
  readonly values?: ProblemValues;
};

function problem(key: string, code: ProblemCode, values?: ProblemValues): InputProblem {
  return values ? { key, code, values } : { key, code };
}

/**
 * Longest value read. Written out as a plain decimal, any number in range fits: the smallest
 * positive double is "0." and 323 zeros before its digits, and 17 significant digits suffice.
 */
const MAX_VALUE_LENGTH = 360;
/** Longest key echoed back in a problem report, so a hostile key cannot flood the page. */
const MAX_REPORTED_KEY_LENGTH = 40;

const PLAIN_DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** The schemas' error messages are problem codes; the values a code needs come from the input's definition. */
function numberSchema(def: NumberInputDef) {
  const outOfRange: ProblemCode = "outOfRange";
  const numberChecks = [z.gte(def.min, outOfRange), z.lte(def.max, outOfRange), ...(def.integer ? [z.int("notWhole" satisfies ProblemCode)] : [])];
  return z.pipe(
    z.string().check(
      z.maxLength(MAX_VALUE_LENGTH, "tooLongForNumber" satisfies ProblemCode),
      z.minLength(1, "empty" satisfies ProblemCode),
      z.regex(PLAIN_DECIMAL, "notPlainNumber" satisfies ProblemCode),
    ),
    z.pipe(
      // `+ 0` turns -0 into 0 so that it serialises as "0".
      z.transform((text: string) => Number(text) + 0),
      // A long run of digits can read as Infinity, which is out of range like any other.
      z.number(outOfRange).check(...numberChecks),
    ),
  );
}

const booleanSchema = z.pipe(
  z.enum(["0", "1"], "notOnOff" satisfies ProblemCode),
  z.transform((text: "0" | "1") => text === "1"),
);

const CONTROL_CHARACTER = /\p{Cc}/u;

/** A name: trimmed, then 1 to maxLength characters (code points), none of them a control character. */
function textSchema(def: TextInputDef) {
  return z.pipe(
    z.string().check(z.maxLength(MAX_VALUE_LENGTH, "tooManyCharacters" satisfies ProblemCode)),
    z.pipe(
      z.transform((text: string) => text.trim()),
      z.string().check(
        z.minLength(1, "empty" satisfies ProblemCode),
        z.refine((text) => [...text].length <= def.maxLength, "tooManyCharacters" satisfies ProblemCode),
        z.refine((text) => !CONTROL_CHARACTER.test(text), "controlCharacter" satisfies ProblemCode),
      ),
    ),
  );
}

function schemaFor(def: InputDef) {
  if (def.kind === "number") return numberSchema(def);
  if (def.kind === "text") return textSchema(def);
  return booleanSchema;
}

const INPUT_DEFS = new Map<string, InputDef>(INPUTS.map((def) => [def.key, def]));
const fieldSchemas = new Map<string, ReturnType<typeof schemaFor>>();

/**
 * The schema of one input, built the first time that input is read: building every schema up
 * front costs the page's start-up a long task, and most visits read few fields or none.
 */
function fieldSchema(key: string): ReturnType<typeof schemaFor> | undefined {
  let schema = fieldSchemas.get(key);
  if (schema) return schema;
  const def = INPUT_DEFS.get(key);
  if (!def) return undefined;
  schema = schemaFor(def);
  fieldSchemas.set(key, schema);
  return schema;
}

/** The URL key that carries the link format's version. */
export const VERSION_KEY = "v";
/** The version links are written with (PLANS.md: 2); every version up to it reads the same way. */
export const MODEL_VERSION = 2;
const KNOWN_VERSIONS = new Set(["1", "2"]);

/** How many plans a link holds, and which one the verdict compares (PLANS.md). */
export const PLANS_KEY = "plans";
export const FOCUS_KEY = "focus";

const PLAN_KEYS = new Set<string>([...PLAN_NUMERIC_KEYS, "msName"]);

/** A whole number in [min, max], or why not. */
function wholeNumberIn(key: string, values: string[], min: number, max: number): { value: number } | { problem: InputProblem } {
  if (values.length > 1) return { problem: problem(key, "repeated", { count: values.length }) };
  const text = values[0]!;
  if (!/^\d{1,3}$/.test(text) || Number(text) < min || Number(text) > max) {
    return { problem: problem(key, "notWhole", { min, max }) };
  }
  return { value: Number(text) };
}

/** What a schema's failure means for this input: its code, with the values the words need. */
function schemaProblem(key: string, def: InputDef | undefined, code: string | undefined): InputProblem {
  const known = (code ?? "notPlainNumber") as ProblemCode;
  if ((known === "outOfRange" || known === "notWhole") && def?.kind === "number") return problem(key, known, { min: def.min, max: def.max });
  if (known === "tooManyCharacters" && def?.kind === "text") return problem(key, known, { max: def.maxLength });
  return problem(key, known);
}

function reportedKey(key: string): string {
  return key.length > MAX_REPORTED_KEY_LENGTH ? `${key.slice(0, MAX_REPORTED_KEY_LENGTH)}…` : key;
}

export type ParseOptions = {
  /** Keys the caller reads itself (display settings, embed options): not reported as unknown. */
  readonly otherKeys?: Iterable<string>;
};

/**
 * Reads a scenario from untrusted parameters. Never throws: each invalid, out-of-range or
 * repeated field falls back to its default on its own and is reported; unknown keys are
 * reported and ignored.
 */
export function parseScenario(
  params: URLSearchParams,
  options: ParseOptions = {},
): { scenario: Scenario; problems: InputProblem[] } {
  const scenario: Record<string, unknown> = { ...defaultScenario() };
  const problems: InputProblem[] = [];
  const otherKeys = new Set(options.otherKeys ?? []);
  const seen = new Set<string>();

  // The plan count first: it decides which plan keys belong to the scenario.
  let plans = 1;
  if (params.has(PLANS_KEY) && !otherKeys.has(PLANS_KEY)) {
    const count = wholeNumberIn(PLANS_KEY, params.getAll(PLANS_KEY), 1, MAX_PLANS);
    if ("value" in count) plans = count.value;
    else problems.push(count.problem);
  }
  const otherPlans: Record<string, number | string>[] = [];
  for (let plan = 2; plan <= plans; plan++) otherPlans.push({ ...defaultPlanTerms(plan) });

  for (const key of params.keys()) {
    if (seen.has(key)) continue;
    seen.add(key);
    if (otherKeys.has(key) || key === PLANS_KEY) continue;
    const values = params.getAll(key);
    if (key === VERSION_KEY) {
      if (values.length !== 1 || !KNOWN_VERSIONS.has(values[0]!)) {
        problems.push(problem(key, "unknownVersion", { expected: MODEL_VERSION }));
      }
      continue;
    }
    if (key === FOCUS_KEY) {
      const focus = wholeNumberIn(key, values, 0, MAX_PLANS);
      if ("problem" in focus) problems.push(focus.problem);
      else if (focus.value > plans) problems.push(problem(key, "focusBeyondPlans", { plan: focus.value, plans }));
      else scenario.focus = focus.value;
      continue;
    }
    const prefixed = splitPlanKey(key);
    const ofPlan = prefixed && prefixed.plan <= MAX_PLANS && PLAN_KEYS.has(prefixed.key) ? prefixed : null;
    const schema = fieldSchema(ofPlan ? ofPlan.key : key);
    if (!schema) {
      problems.push(problem(reportedKey(key), "unknownKey"));
      continue;
    }
    if (ofPlan && ofPlan.plan > plans) {
      problems.push(problem(key, "planBeyondPlans", { plan: ofPlan.plan, plans }));
      continue;
    }
    if (values.length > 1) {
      problems.push(problem(key, "repeated", { count: values.length }));
      continue;
    }
    const result = z.safeParse(schema, values[0]);
    if (!result.success) {
      problems.push(schemaProblem(key, INPUT_DEFS.get(ofPlan ? ofPlan.key : key), result.error.issues[0]?.message));
    } else if (ofPlan) {
      otherPlans[ofPlan.plan - 2]![ofPlan.key] = result.data as number | string;
    } else {
      scenario[key] = result.data;
    }
  }
  scenario.otherPlans = otherPlans as unknown as PlanTerms[];
  return { scenario: scenario as Scenario, problems };
}

function formatValue(value: number | boolean | string): string {
  if (typeof value === "boolean") return value ? "1" : "0";
  if (typeof value === "string") return value;
  return plainDecimal(value);
}

/**
 * The shortest text that reads back to the same number, as a plain decimal: String() gives that
 * text but switches to exponent form below 1e-6 ("1e-7"), which URLs do not accept.
 */
export function plainDecimal(value: number): string {
  const text = String(value);
  const exponent = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!exponent) return text;
  const [, sign = "", lead = "", rest = "", power = "0"] = exponent;
  const shift = Number(power);
  if (shift < 0) return `${sign}0.${"0".repeat(-shift - 1)}${lead}${rest}`;
  return `${sign}${lead}${rest}${"0".repeat(Math.max(0, shift - rest.length))}`;
}

/** The inputs every plan has, in the inputs table's order. */
const PLAN_INPUTS = INPUTS.filter((def) => PLAN_KEYS.has(def.key));

/**
 * Writes only the values that differ from the defaults: the inputs table's order (plan 1's terms
 * among them), then `plans` and `focus`, then each further plan's terms under its prefix.
 */
export function scenarioToParams(scenario: Scenario): URLSearchParams {
  const defaults = defaultScenario();
  const params = new URLSearchParams();
  for (const def of INPUTS) {
    const value = scenario[def.key];
    if (value !== defaults[def.key]) params.set(def.key, formatValue(value));
  }
  const plans = 1 + scenario.otherPlans.length;
  if (plans !== 1) params.set(PLANS_KEY, String(plans));
  if (scenario.focus !== 0) params.set(FOCUS_KEY, String(scenario.focus));
  scenario.otherPlans.forEach((terms, index) => {
    const plan = index + 2;
    const planDefaults = defaultPlanTerms(plan);
    for (const def of PLAN_INPUTS) {
      const key = def.key as keyof PlanTerms;
      if (terms[key] !== planDefaults[key]) params.set(planKey(plan, key), formatValue(terms[key]));
    }
  });
  return params;
}

/** True when a value is a valid setting of that input: the check every edit in the UI runs. */
export function validateField(
  key: string,
  text: string,
): { ok: true; value: number | boolean | string } | { ok: false; problem: InputProblem } {
  const prefixed = splitPlanKey(key);
  const inputKey = prefixed && PLAN_KEYS.has(prefixed.key) ? prefixed.key : key;
  const schema = fieldSchema(inputKey);
  if (!schema) return { ok: false, problem: problem(reportedKey(key), "unknownKey") };
  const result = z.safeParse(schema, text);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, problem: schemaProblem(key, INPUT_DEFS.get(inputKey), result.error.issues[0]?.message) };
}
