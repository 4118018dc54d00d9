/**
 * The scenario with a fit's values applied: only the fitted keys change (CALIBRATE.md, "Fitted
 * values"). A managed provider's records describe one plan: the fitted plan terms (msHours) go to
 * the plan chosen in the review, the scenario's own inputs (issues, srvIssues) to the scenario.
 */
import type { PlanKey, Scenario } from "../inputs.ts";
import { isPlanNumericKey, planScenario } from "../plans.ts";
import { setPlanTerm } from "../plan-edits.ts";
import type { Fit, FittedValue } from "./types.ts";

export function withFittedValues(scenario: Scenario, fitted: readonly Pick<FittedValue, "key" | "value">[], plan = 1): Scenario {
  let next = scenario;
  for (const { key, value } of fitted) {
    next = isPlanNumericKey(key) ? setPlanTerm(next, plan, key as PlanKey, value) : { ...next, [key]: value };
  }
  return next;
}

/**
 * The scenario a fit reads its fractions from and is compared with: for a managed provider's
 * records, the scenario seen through the chosen plan (its msRecur, msFewer and fees); otherwise
 * the scenario itself.
 */
export function fitScenario(scenario: Scenario, source: Fit["source"], plan: number): Scenario {
  return source === "managed" ? planScenario(scenario, plan) : scenario;
}

export function calibrationScenario(scenario: Scenario, fit: Fit): Scenario {
  return withFittedValues(scenario, fit.fitted);
}
