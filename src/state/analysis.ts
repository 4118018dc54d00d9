/** The slower analyses, run together off the main thread: simulation, sensitivity, size curve. */
import {
  sensitivity,
  simulate,
  sizeCurve,
  type Scenario,
  type SensitivityRow,
  type SimulationResult,
  type SizePoint,
} from "../model/index.ts";

export type Analysis = {
  simulation: SimulationResult;
  sensitivity: SensitivityRow[];
  sizeCurve: SizePoint[];
};

export function analyse(scenario: Scenario): Analysis {
  return { simulation: simulate(scenario), sensitivity: sensitivity(scenario), sizeCurve: sizeCurve(scenario) };
}

export type AnalysisRequest = { id: number; scenario: Scenario };
export type AnalysisResponse = { id: number; analysis: Analysis } | { id: number; error: string };
