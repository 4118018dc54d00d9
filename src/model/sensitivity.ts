/**
 * One-at-a-time sensitivity (MODEL.md, "Outputs"): how far the horizon difference moves when one
 * input alone is set 25 % below and 25 % above its value.
 */
import { SENSITIVITY_KEYS, numberInputDef, type NumericKey, type Scenario } from "./inputs.ts";
import { horizonTotals } from "./costs.ts";

export type SensitivityRow = {
  key: NumericKey;
  /** Horizon difference (break-fix − managed) with the input 25 % below its value. */
  low: number;
  /** The same with the input 25 % above. */
  high: number;
  /** |high − low|. */
  swing: number;
};

/** The value an input takes when scaled, kept in its range and, for integers, rounded as Math.round does. */
export function scaledInput(key: NumericKey, value: number, factor: number): number {
  const def = numberInputDef(key);
  const clamped = Math.min(def.max, Math.max(def.min, value * factor));
  return def.integer ? Math.round(clamped) : clamped;
}

function differenceWith(scenario: Scenario, key: NumericKey, value: number): number {
  const totals = horizonTotals({ ...scenario, [key]: value });
  return totals.breakFix - totals.managed;
}

/** Every varied input, largest swing first; ties keep the inputs table's order. */
export function sensitivity(scenario: Scenario): SensitivityRow[] {
  const rows = SENSITIVITY_KEYS.map((key) => {
    const low = differenceWith(scenario, key, scaledInput(key, scenario[key], 0.75));
    const high = differenceWith(scenario, key, scaledInput(key, scenario[key], 1.25));
    return { key, low, high, swing: Math.abs(high - low) };
  });
  return rows.sort((a, b) => b.swing - a.swing);
}
