/**
 * The simulation's figures for the prerendered page, worked out by the build (src/app/prerender.tsx)
 * with the same code and seed the analysis worker uses, so the page's HTML holds its risk and
 * spread sentences in full instead of dashes. Dashes of another length than the figures (two for
 * "––%", where the simulation says "100 %") moved everything below them once the figures came.
 * The browser never provides one: until its worker answers, its render keeps the HTML's words
 * (the sentences are rendered with suppressHydrationWarning).
 */
import type { Scenario } from "../../model/inputs.ts";
import type { SimulationResult } from "../../model/simulate.ts";

let known: { scenario: Scenario; simulation: SimulationResult } | null = null;

/** Called by the build before it renders the pages of this scenario. */
export function provideBuildTimeSimulation(scenario: Scenario, simulation: SimulationResult): void {
  known = { scenario, simulation };
}

/** The build's simulation of this very scenario, or null (always, in the browser). */
export function buildTimeSimulation(scenario: Scenario): SimulationResult | null {
  return known?.scenario === scenario ? known.simulation : null;
}
