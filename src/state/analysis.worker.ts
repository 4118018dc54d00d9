/// <reference lib="webworker" />
/** Runs the analyses of one scenario at a time and posts the result back. */
import { analyse, type AnalysisRequest, type AnalysisResponse } from "./analysis.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;

// The first number format in a browser process loads its locale data, 10–25 ms of work. Done here,
// off the main thread, the page's own first format costs a fraction of a millisecond.
new Intl.NumberFormat("en-US", { style: "currency", currency: "USD" }).format(0);
scope.postMessage({ ready: true } satisfies AnalysisResponse);

scope.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const { id, scenario, ranges } = event.data;
  let response: AnalysisResponse;
  try {
    response = { id, analysis: analyse(scenario, ranges) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  scope.postMessage(response);
};
