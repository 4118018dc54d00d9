/**
 * The slower analyses, run together off the main thread: simulation, sensitivity, size curve and
 * the map of which option is cheapest.
 */
// Imported from the model's own files, not its index, so the worker does not carry the URL parser.
import type { InputRange, Scenario } from "../model/inputs.ts";
import { sensitivityOver, type SensitivityRow } from "../model/sensitivity.ts";
import { simulate, type SimulationResult } from "../model/simulate.ts";
import { sizeCurve, type SizePoint } from "../model/size-curve.ts";
import { decisionMap, type DecisionMap } from "../model/decision-map.ts";

export type Analysis = {
  simulation: SimulationResult;
  sensitivity: SensitivityRow[];
  sizeCurve: SizePoint[];
  decisionMap: DecisionMap;
};

/** `ranges` are the inputs table's SENSITIVITY_RANGES, passed in so the worker need not carry the table. */
export function analyse(scenario: Scenario, ranges: readonly InputRange[]): Analysis {
  return {
    simulation: simulate(scenario),
    sensitivity: sensitivityOver(scenario, ranges),
    sizeCurve: sizeCurve(scenario),
    decisionMap: decisionMap(scenario),
  };
}

export type AnalysisRequest = { id: number; scenario: Scenario; ranges: readonly InputRange[] };
/** `ready` is the worker's first message, sent once it has loaded (see analysis.worker.ts). */
export type AnalysisResponse = { id: number; analysis: Analysis } | { id: number; error: string } | { ready: true };
