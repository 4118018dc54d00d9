/**
 * The expected figures of the scenario, computed on the main thread (well under a millisecond)
 * from a deferred copy, so a keystroke is painted before the figures catch up.
 */
import { useDeferredValue, useMemo } from "react";
import { computeCosts, type CostResult, type Scenario } from "../model/index.ts";

export type CostViews = {
  /** The figures as the scenario asks: with or without downtime in the totals. */
  shown: CostResult;
  withDowntime: CostResult;
  invoicesOnly: CostResult;
  /** The scenario the figures belong to. */
  scenario: Scenario;
  /** True while the figures are for an older scenario than the one being typed. */
  stale: boolean;
};

export function computeCostViews(scenario: Scenario): Omit<CostViews, "stale"> {
  const withDowntime = computeCosts({ ...scenario, downtime: true });
  const invoicesOnly = computeCosts({ ...scenario, downtime: false });
  return { shown: scenario.downtime ? withDowntime : invoicesOnly, withDowntime, invoicesOnly, scenario };
}

export function useCosts(scenario: Scenario): CostViews {
  const deferred = useDeferredValue(scenario);
  const views = useMemo(() => computeCostViews(deferred), [deferred]);
  return { ...views, stale: deferred !== scenario };
}
