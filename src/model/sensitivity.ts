/**
 * One-at-a-time sensitivity (MODEL.md, "Outputs"): how far the horizon difference moves when one
 * input alone is set 25 % below and 25 % above its value.
 */
// Types only: the analysis worker imports this file and is sent the ranges, so it never carries the inputs table.
import type { InputRange, NumericKey, Scenario } from "./inputs.ts";
import { NUMBERS } from "./arithmetic.ts";
import { horizonTotals } from "./costs.ts";
import * as formulas from "./formulas.ts";

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
export function scaledInput(range: InputRange, value: number, factor: number): number {
  const clamped = Math.min(range.max, Math.max(range.min, value * factor));
  return range.integer ? Math.round(clamped) : clamped;
}

/** The factors an input is scaled by: 25 % lower and 25 % higher. */
export const SENSITIVITY_FACTORS = { lower: 0.75, higher: 1.25 } as const;

/** The scenario with one input scaled by `factor` as scaledInput does, every other input as it is. */
export function sensitivityScenario(scenario: Scenario, range: InputRange, factor: number): Scenario {
  return { ...scenario, [range.key]: scaledInput(range, scenario[range.key], factor) };
}

function differenceIn(scenario: Scenario): number {
  const totals = horizonTotals(scenario);
  return totals.breakFix - totals.managed;
}

/**
 * Every input of `ranges` varied, largest swing first; equal swings keep the order of `ranges`.
 * MODEL.md's `sensitivity(scenario)` is this over SENSITIVITY_RANGES (see index.ts).
 */
export function sensitivityOver(scenario: Scenario, ranges: readonly InputRange[]): SensitivityRow[] {
  const rows = ranges.map((range) => {
    const low = differenceIn(sensitivityScenario(scenario, range, SENSITIVITY_FACTORS.lower));
    const high = differenceIn(sensitivityScenario(scenario, range, SENSITIVITY_FACTORS.higher));
    return { key: range.key, low, high, swing: formulas.swing(NUMBERS, low, high) };
  });
  return rows.sort((a, b) => b.swing - a.swing);
}
