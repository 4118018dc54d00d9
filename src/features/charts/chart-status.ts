/** How far the charts' figures are from the scenario on screen, shared by every chart section. */
import { t } from "@lingui/core/macro";
import type { AnalysisState } from "../../state/use-analysis.ts";
import type { CostViews } from "../../state/use-costs.ts";

export function chartStatus(costs: CostViews, analysis: AnalysisState) {
  const result = analysis.analysis;
  // The analysis on screen may belong to an older scenario while a newer one is simulated.
  const analysisStale = analysis.updating || analysis.forScenario !== costs.scenario;
  // Lines of expected figures are current; only bands from an older simulation are out of date.
  const bandsStale = result !== null && analysisStale;
  const failed = result === null && analysis.error !== null;
  return {
    result,
    analysisStale,
    /** Shown in place of charts that need the simulation, until it arrives. */
    waiting: result ? null : failed ? t`The simulation could not run in this browser.` : t`Simulating…`,
    /** What the charts over time are given besides their measure and plot. */
    overTime: {
      costs: costs.shown,
      scenario: costs.scenario,
      simulation: result?.simulation ?? null,
      simulationFailed: failed,
      busy: bandsStale,
    },
  };
}
