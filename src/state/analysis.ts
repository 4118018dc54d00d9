/** The slower analyses, run together off the main thread: simulation, sensitivity, size curve. */
// Imported from the model's own files, not its index, so the worker does not carry the URL parser.
import type { Scenario } from "../model/inputs.ts";
import { sensitivity, type SensitivityRow } from "../model/sensitivity.ts";
import { simulate, type SimulationResult } from "../model/simulate.ts";
import { sizeCurve, type SizePoint } from "../model/size-curve.ts";

export type Analysis = {
  simulation: SimulationResult;
  sensitivity: SensitivityRow[];
  sizeCurve: SizePoint[];
};

export function analyse(scenario: Scenario): Analysis {
  return { simulation: simulate(scenario), sensitivity: sensitivity(scenario), sizeCurve: sizeCurve(scenario) };
}

export type AnalysisRequest = { id: number; scenario: Scenario };
/** `ready` is the worker's first message, sent once it has loaded (see analysis.worker.ts). */
export type AnalysisResponse = { id: number; analysis: Analysis } | { id: number; error: string } | { ready: true };
