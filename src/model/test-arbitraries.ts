/**
 * fast-check arbitraries for the model's property tests: scenarios drawn from the inputs table,
 * every value in range, integers where the table says so. Used by tests only.
 */
import * as fc from "fast-check";
import {
  INPUTS,
  NUMBER_INPUTS,
  numberInputDef,
  type NumberInputDef,
  type NumericKey,
  type Scenario,
} from "./inputs.ts";

/** Narrower ranges for some inputs, to keep a property fast (e.g. few paths, a short horizon). */
export type Limits = Partial<Record<NumericKey, { min?: number; max?: number }>>;

/** Turns −0 into 0: parsing does the same, and a scenario with −0 is the one with 0. */
const positiveZero = (value: number): number => value + 0;

/**
 * Any value in [min, max] (integers for integer inputs): arbitrary doubles, which reach the
 * boundaries and awkward values, mixed with whole multiples of the input's step, which are the
 * values people type and the ones that sit exactly on billing increments.
 */
export function valueArbitrary(
  def: NumberInputDef,
  limits: { min?: number; max?: number } = {},
): fc.Arbitrary<number> {
  const min = Math.max(def.min, limits.min ?? def.min);
  const max = Math.min(def.max, limits.max ?? def.max);
  if (def.integer) return fc.integer({ min, max });
  const anyDouble = fc.double({ min, max, noNaN: true }).map(positiveZero);
  const onStep = fc
    .integer({ min: Math.ceil(min / def.step), max: Math.floor(max / def.step) })
    .map((multiple) => positiveZero(Math.min(max, Math.max(min, multiple * def.step))));
  return fc.oneof(anyDouble, onStep);
}

export function scenarioArbitrary(limits: Limits = {}): fc.Arbitrary<Scenario> {
  const model: Record<string, fc.Arbitrary<number | boolean>> = {};
  for (const def of INPUTS) {
    model[def.key] = def.kind === "number" ? valueArbitrary(def, limits[def.key]) : fc.boolean();
  }
  return fc.record(model) as unknown as fc.Arbitrary<Scenario>;
}

/** Limits that keep a Monte Carlo run to a few milliseconds. */
export const QUICK_SIMULATION: Limits = { paths: { max: 400 }, months: { max: 24 } };

/** Every input at the bottom, or the top, of its range. */
export function extremeScenario(end: "min" | "max", downtime: boolean): Scenario {
  const entries = NUMBER_INPUTS.map((def) => [def.key, def[end]] as const);
  return { ...Object.fromEntries(entries), downtime } as Scenario;
}

/** Two values of one input, the first no greater than the second. */
export function orderedPair(key: NumericKey): fc.Arbitrary<[number, number]> {
  const value = valueArbitrary(numberInputDef(key));
  return fc.tuple(value, value).map(([a, b]) => (a <= b ? [a, b] : [b, a]));
}

/**
 * Every number reachable in a result, with its path, so a test can name the first one that is NaN
 * or infinite. `null` (no break-even) is allowed; anything else that is not a number, array or
 * plain object is reported.
 */
export function nonFiniteNumbers(value: unknown, path = "result"): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (value === null || typeof value === "boolean" || typeof value === "string") return [];
  if (Array.isArray(value))
    return value.flatMap((item, index) => nonFiniteNumbers(item, `${path}[${index}]`));
  if (typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => nonFiniteNumbers(item, `${path}.${key}`));
  }
  return [`${path} is ${typeof value}`];
}
