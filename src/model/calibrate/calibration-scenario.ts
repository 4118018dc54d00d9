/** The scenario with a fit's values applied: only the fitted keys change (CALIBRATE.md, "Fitted values"). */
import type { Scenario } from "../inputs.ts";
import type { Fit } from "./types.ts";

export function calibrationScenario(scenario: Scenario, fit: Fit): Scenario {
  const applied: Record<string, number> = {};
  for (const { key, value } of fit.fitted) applied[key] = value;
  return { ...scenario, ...applied };
}
