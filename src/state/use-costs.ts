/**
 * The expected figures of the scenario, computed on the main thread: well under a millisecond,
 * so the verdict follows every keystroke at once. Only the charts, which are slow to draw, follow
 * a deferred copy (useDeferredCosts); while it differs from the current figures, they are behind.
 */
import { useDeferredValue, useMemo } from "react";
import { computeCosts, type CostResult, type Scenario } from "../model/index.ts";
import { NAIVE_MAIN_THREAD } from "./naive-baseline.ts";
import { useSettledValue } from "./use-settled-value.ts";

export type CostViews = {
  /** The figures as the scenario asks: with or without downtime in the totals. */
  shown: CostResult;
  withDowntime: CostResult;
  invoicesOnly: CostResult;
  /** The scenario the figures belong to. */
  scenario: Scenario;
};

/** The latest scenario's figures: start-up computes them in tasks of their own, and hydration reuses them. */
let latest: CostViews | null = null;
/** The latest figures of one view (downtime counted or not), computed ahead of the other. */
let ahead: { scenario: Scenario; downtime: boolean; costs: CostResult } | null = null;

function computeView(scenario: Scenario, downtime: boolean): CostResult {
  if (ahead?.scenario === scenario && ahead.downtime === downtime) return ahead.costs;
  return computeCosts({ ...scenario, downtime });
}

export function computeCostViews(scenario: Scenario): CostViews {
  if (latest?.scenario === scenario) return latest;
  const withDowntime = computeView(scenario, true);
  const invoicesOnly = computeView(scenario, false);
  latest = { shown: scenario.downtime ? withDowntime : invoicesOnly, withDowntime, invoicesOnly, scenario };
  return latest;
}

/**
 * The figures the scenario shows, computed ahead of computeCostViews. The first computation of
 * all is the longest (the model's code is compiled as it runs): start-up makes it in a task of
 * its own, and the other view in the next.
 */
export function computeShownCosts(scenario: Scenario): void {
  ahead = { scenario, downtime: scenario.downtime, costs: computeView(scenario, scenario.downtime) };
}

export function useCosts(scenario: Scenario): CostViews {
  return useMemo(() => computeCostViews(scenario), [scenario]);
}

/** How long input must pause before slow views (charts) redraw. */
export const SETTLE_MS = 250;

/**
 * The figures for slow views (charts): they catch up once typing pauses, and their redraw can be
 * interrupted by the next keystroke, so it never holds typing up. The same object until then:
 * the views are behind while it is not `costs` (see CatchingUp).
 */
export function useDeferredCosts(costs: CostViews): CostViews {
  const deferred = useDeferredValue(useSettledValue(costs, SETTLE_MS));
  return NAIVE_MAIN_THREAD ? costs : deferred;
}
