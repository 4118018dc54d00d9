/// <reference lib="webworker" />
/** Runs the analyses of one scenario at a time and posts the result back. */
import { analyse, type AnalysisRequest, type AnalysisResponse } from "./analysis.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;

// The first number format of a language in a browser process loads that language's data, 10–25 ms
// of work. Done here, off the main thread, for the page's language (the worker's name), the page's
// own first formats cost a fraction of a millisecond.
const language = scope.name && scope.name !== "en" && scope.name !== "en-XA" ? scope.name : "en-US";
new Intl.NumberFormat(language, { style: "currency", currency: "USD" }).format(0);
new Intl.NumberFormat(language, { style: "percent" }).format(0);
new Intl.PluralRules(language).select(1);
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
