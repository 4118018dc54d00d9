/**
 * One-at-a-time sensitivity (MODEL.md, "Outputs"): how far the horizon difference moves when one
 * input alone is set 25 % below and 25 % above its value.
 */
// Types only: the analysis worker imports this file and is sent the ranges, so it never carries the inputs table.
import type { InputRange, PlanNumericKey, Scenario } from "./inputs.ts";
import { NUMBERS } from "./arithmetic.ts";
import { LinearTotals, focusPlan } from "./costs.ts";
import * as formulas from "./formulas.ts";
import { cents, isPlanNumericKey, planKey, planScenario } from "./plans.ts";

export type SensitivityRow = {
  /** The input's key as a link writes it: `msSeat` for plan 1's terms, `p2.msSeat` for plan 2's. */
  key: string;
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

/** Break-fix's horizon total less the (viewed) plan's: horizonTotals to within rounding error, without the months' breakdown. */
function differenceIn(scenario: Scenario): number {
  const [breakFix = 0, managed = 0] = new LinearTotals(scenario, 1).totals(scenario.seats, scenario.endpoints);
  return breakFix - managed;
}

/**
 * Every input of `ranges` varied, largest swing (to the cent) first; equal swings keep the order
 * of `ranges`. The difference is break-fix less the focus plan, held fixed as inputs move
 * (PLANS.md); the managed terms varied are the focus plan's, named by their keys in a link.
 * MODEL.md's `sensitivity(scenario)` is this over SENSITIVITY_RANGES (see index.ts).
 */
export function sensitivityOver(scenario: Scenario, ranges: readonly InputRange[]): SensitivityRow[] {
  const focus = focusPlan(scenario);
  const view = planScenario(scenario, focus);
  const rows = ranges.map((range) => {
    const low = differenceIn(sensitivityScenario(view, range, SENSITIVITY_FACTORS.lower));
    const high = differenceIn(sensitivityScenario(view, range, SENSITIVITY_FACTORS.higher));
    const key = isPlanNumericKey(range.key) ? planKey(focus, range.key as PlanNumericKey) : range.key;
    return { key, low, high, swing: formulas.swing(NUMBERS, low, high) };
  });
  return rows.sort((a, b) => cents(b.swing) - cents(a.swing));
}
