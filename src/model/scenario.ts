/**
 * Parsing untrusted text (URLs, stored price sheets, embed attributes) into a Scenario, and
 * writing a Scenario back as flat, readable URL parameters (MODEL.md, "Bad input").
 */
import * as z from "zod/mini";
import {
  INPUTS,
  defaultScenario,
  type InputDef,
  type NumberInputDef,
  type Scenario,
} from "./inputs.ts";

/** One field that was ignored, by its key, with a reason a person can read. */
export type InputProblem = { key: string; message: string };

/**
 * Longest value read. Written out as a plain decimal, any number in range fits: the smallest
 * positive double is "0." and 323 zeros before its digits, and 17 significant digits suffice.
 */
const MAX_VALUE_LENGTH = 360;
/** Longest key echoed back in a problem report, so a hostile key cannot flood the page. */
const MAX_REPORTED_KEY_LENGTH = 40;

const PLAIN_DECIMAL = /^-?(?:\d+(?:\.\d*)?|\.\d+)$/;

function describeNumber(value: number): string {
  return value.toLocaleString("en-US", { maximumFractionDigits: 4 });
}

function numberSchema(def: NumberInputDef) {
  const range = `between ${describeNumber(def.min)} and ${describeNumber(def.max)}`;
  const numberChecks = [
    z.gte(def.min, `must be ${range}`),
    z.lte(def.max, `must be ${range}`),
    ...(def.integer ? [z.int(`must be a whole number ${range}`)] : []),
  ];
  return z.pipe(
    z.string().check(
      z.maxLength(MAX_VALUE_LENGTH, "is too long to be a number"),
      z.minLength(1, "is empty"),
      z.regex(PLAIN_DECIMAL, "is not a plain number (use digits and a decimal point, like 12.5)"),
    ),
    z.pipe(
      // `+ 0` turns -0 into 0 so that it serialises as "0".
      z.transform((text: string) => Number(text) + 0),
      // A long run of digits can read as Infinity, which is out of range like any other.
      z.number(`must be ${range}`).check(...numberChecks),
    ),
  );
}

const booleanSchema = z.pipe(
  z.enum(["0", "1"], "must be 1 (on) or 0 (off)"),
  z.transform((text: "0" | "1") => text === "1"),
);

function schemaFor(def: InputDef) {
  return def.kind === "number" ? numberSchema(def) : booleanSchema;
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
export const MODEL_VERSION = 1;

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
  const scenario: Record<string, number | boolean> = { ...defaultScenario() };
  const problems: InputProblem[] = [];
  const otherKeys = new Set(options.otherKeys ?? []);
  const seen = new Set<string>();

  for (const key of params.keys()) {
    if (seen.has(key)) continue;
    seen.add(key);
    if (otherKeys.has(key)) continue;
    const values = params.getAll(key);
    if (key === VERSION_KEY) {
      if (values.length !== 1 || values[0] !== String(MODEL_VERSION)) {
        problems.push({ key, message: `is not a link version this calculator knows (expected ${MODEL_VERSION})` });
      }
      continue;
    }
    const schema = fieldSchema(key);
    if (!schema) {
      problems.push({ key: reportedKey(key), message: "is not a setting this calculator knows" });
      continue;
    }
    if (values.length > 1) {
      problems.push({ key, message: `appears ${values.length} times, so none of its values was used` });
      continue;
    }
    const result = z.safeParse(schema, values[0]);
    if (result.success) {
      scenario[key] = result.data;
    } else {
      problems.push({ key, message: result.error.issues[0]?.message ?? "is not valid" });
    }
  }
  return { scenario: scenario as Scenario, problems };
}

function formatValue(value: number | boolean): string {
  if (typeof value === "boolean") return value ? "1" : "0";
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

/** Writes only the values that differ from the defaults, in the inputs table's order. */
export function scenarioToParams(scenario: Scenario): URLSearchParams {
  const defaults = defaultScenario();
  const params = new URLSearchParams();
  for (const def of INPUTS) {
    const value = scenario[def.key];
    if (value !== defaults[def.key]) params.set(def.key, formatValue(value));
  }
  return params;
}

/** True when a value is a valid setting of that input: the check every edit in the UI runs. */
export function validateField(
  key: keyof Scenario,
  text: string,
): { ok: true; value: number | boolean } | { ok: false; message: string } {
  const schema = fieldSchema(key);
  if (!schema) return { ok: false, message: "is not a setting this calculator knows" };
  const result = z.safeParse(schema, text);
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, message: result.error.issues[0]?.message ?? "is not valid" };
}
