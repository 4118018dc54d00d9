/**
 * The scenario keys a link can carry unprefixed (MODEL.md's inputs, PLANS.md's `plans` and
 * `focus`), for the loader to recognise among a tag's data-* attributes; a further plan's keys are
 * these with the plan's prefix (attributes.ts). Used at build time, where the list is written into
 * embed.js, and by the configurator; never imported by the loader itself, which stays free of the model.
 */
import { INPUTS } from "../model/inputs.ts";
import { FOCUS_KEY, PLANS_KEY } from "../model/scenario.ts";
import { PLAN_KEY_PREFIX } from "./attributes.ts";

/** Throws (failing the build) if the managed terms and the `ms` keys ever part ways. */
export function scenarioKeys(): string[] {
  const keys = [...INPUTS.map((def) => def.key), PLANS_KEY, FOCUS_KEY];
  const managed = INPUTS.filter((def) => def.group === "managed").map((def) => def.key);
  const prefixed = keys.filter((key) => key.startsWith(PLAN_KEY_PREFIX));
  if (managed.join() !== prefixed.join()) {
    throw new Error(`the keys of every managed plan are not the "${PLAN_KEY_PREFIX}" keys: embed.js would miss some plan attributes`);
  }
  return keys;
}
