/**
 * fast-check arbitraries for the model's property tests: scenarios drawn from the inputs table,
 * every value in range, integers where the table says so. Used by tests only.
 */
import * as fc from "fast-check";
import {
  INPUTS,
  MAX_PLANS,
  NUMBER_INPUTS,
  PLAN_NUMERIC_KEYS,
  defaultPlanName,
  numberInputDef,
  type PlanTerms,
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

/** One plan's terms, every value in range, named "Plan k" (a version-1 scenario's plan is "Managed"). */
export function planTermsArbitrary(plan: number, limits: Limits = {}): fc.Arbitrary<PlanTerms> {
  const model: Record<string, fc.Arbitrary<number | string>> = { msName: fc.constant(defaultPlanName(plan)) };
  for (const key of PLAN_NUMERIC_KEYS) model[key] = valueArbitrary(numberInputDef(key), limits[key]);
  return fc.record(model) as unknown as fc.Arbitrary<PlanTerms>;
}

/**
 * Any scenario with one plan (as a version-1 link holds; `msOutside` anywhere in range unless
 * limited), or with `plans` plans and any focus among them.
 */
export function scenarioArbitrary(limits: Limits = {}, plans: { min: number; max: number } = { min: 1, max: 1 }): fc.Arbitrary<Scenario> {
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const def of INPUTS) {
    if (def.kind === "number") model[def.key] = valueArbitrary(def, limits[def.key]);
    else if (def.kind === "boolean") model[def.key] = fc.boolean();
    else model[def.key] = fc.constant(def.defaultValue);
  }
  return fc.integer({ min: plans.min, max: Math.min(plans.max, MAX_PLANS) }).chain((count) =>
    fc.record({
      ...model,
      focus: fc.integer({ min: 0, max: count }),
      otherPlans: fc.tuple(...Array.from({ length: count - 1 }, (_, index) => planTermsArbitrary(index + 2, limits))),
    }),
  ) as unknown as fc.Arbitrary<Scenario>;
}

/** Limits that keep a Monte Carlo run to a few milliseconds. */
export const QUICK_SIMULATION: Limits = { paths: { max: 400 }, months: { max: 24 } };

/** Every input at the bottom, or the top, of its range. */
export function extremeScenario(end: "min" | "max", downtime: boolean): Scenario {
  const entries = NUMBER_INPUTS.map((def) => [def.key, def[end]] as const);
  return { ...Object.fromEntries(entries), downtime, msName: defaultPlanName(1), focus: 0, otherPlans: [] } as unknown as Scenario;
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
