/**
 * Every scenario key a link can carry (MODEL.md's inputs, PLANS.md's `plans`, `focus` and each
 * further plan's prefixed terms), for the loader to recognise among a tag's data-* attributes.
 * Used at build time, where the list is written into embed.js, and by the configurator; never
 * imported by the loader itself, which stays free of the model.
 */
import { INPUTS, MAX_PLANS, type PlanKey } from "../model/inputs.ts";
import { planKey } from "../model/plans.ts";
import { FOCUS_KEY, PLANS_KEY } from "../model/scenario.ts";

export function scenarioKeys(): string[] {
  const planInputs = INPUTS.filter((def) => def.group === "managed").map((def) => def.key as PlanKey);
  const keys: string[] = [...INPUTS.map((def) => def.key), PLANS_KEY, FOCUS_KEY];
  for (let plan = 2; plan <= MAX_PLANS; plan++) keys.push(...planInputs.map((key) => planKey(plan, key)));
  return keys;
}
