/**
 * One-at-a-time sensitivity (MODEL.md, "Outputs"): how far the horizon difference moves when one
 * input alone is set 25 % below and 25 % above its value.
 */
// Types only: the analysis worker imports this file and is sent the ranges, so it never carries the inputs table.
import type { InputRange, NumericKey, Scenario } from "./inputs.ts";
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
export function scaledInput(range: InputRange, value: number, factor: number): number {
  const clamped = Math.min(range.max, Math.max(range.min, value * factor));
  return range.integer ? Math.round(clamped) : clamped;
}

function differenceWith(scenario: Scenario, key: NumericKey, value: number): number {
  const totals = horizonTotals({ ...scenario, [key]: value });
  return totals.breakFix - totals.managed;
}

/**
 * Every input of `ranges` varied, largest swing first; equal swings keep the order of `ranges`.
 * MODEL.md's `sensitivity(scenario)` is this over SENSITIVITY_RANGES (see index.ts).
 */
export function sensitivityOver(scenario: Scenario, ranges: readonly InputRange[]): SensitivityRow[] {
  const rows = ranges.map((range) => {
    const { key } = range;
    const low = differenceWith(scenario, key, scaledInput(range, scenario[key], 0.75));
    const high = differenceWith(scenario, key, scaledInput(range, scenario[key], 1.25));
    return { key, low, high, swing: Math.abs(high - low) };
  });
  return rows.sort((a, b) => b.swing - a.swing);
}
