/// <reference lib="webworker" />
/** Runs the analyses of one scenario at a time and posts the result back. */
import { analyse, type AnalysisRequest, type AnalysisResponse } from "./analysis.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id, scenario } = event.data;
  let response: AnalysisResponse;
  try {
    response = { id, analysis: analyse(scenario) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
