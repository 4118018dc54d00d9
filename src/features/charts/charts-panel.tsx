/**
 * The charts section, loaded on its own after the verdict. Charts of the expected figures draw at
 * once; those that need the simulation keep their place with a placeholder until it arrives.
 */
import { memo, useId, useMemo } from "react";
import { t } from "@lingui/core/macro";
import type { CostViews } from "../../state/use-costs.ts";
import type { AnalysisState } from "../../state/use-analysis.ts";
import type { Currency } from "../../lib/format.ts";
import type { SensitivityRow, SizePoint } from "../../model/index.ts";
import { BreakdownChart } from "./breakdown-chart.tsx";
import { DecisionMapChart } from "./decision-map-chart.tsx";
import { planNames } from "./chart-options.ts";
import { breakFixName } from "./chart-theme.ts";
import { CostOverTimeChart } from "./cost-over-time-chart.tsx";
import { SensitivityChart } from "./sensitivity-chart.tsx";
import { SizeCurveChart } from "./size-curve-chart.tsx";
import { TimePlot } from "./time-plot.tsx";
import { TimePlotOnDemand } from "./time-plot-on-demand.tsx";
import { chartStatus } from "./chart-status.ts";
import { RenderInView } from "../../components/render-in-view.tsx";
import "./charts.css";
import { planDisplayName } from "../../i18n/plan-names.ts";

export type ChartsPanelProps = {
  costs: CostViews;
  analysis: AnalysisState;
  currency: Currency;
  /** Draw every chart with the latest figures, on screen or not (printing). */
  drawAll?: boolean;
};

const NO_POINTS: readonly SizePoint[] = [];
const NO_ROWS: readonly SensitivityRow[] = [];

/** Memoised: the page redraws on every keystroke, the charts only when their figures change. */
export default memo(function ChartsPanel({ costs, analysis, currency, drawAll = false }: ChartsPanelProps) {
  const { shown, scenario } = costs;
  const { result, analysisStale, waiting, overTime } = chartStatus(costs, analysis);
  const titleId = useId();
  // The size curve and the sensitivity rows may still be an older scenario's: their figures explain themselves with it.
  const analysedScenario = analysis.forScenario ?? scenario;
  // Drawn plain until someone points at them: Recharts' redraw of a long horizon is a long task
  // that typing would wait behind. Printed, they are drawn in full.
  const Plot = drawAll ? TimePlot : TimePlotOnDemand;
  const analysedPlans = useMemo(() => planNames(analysedScenario), [analysedScenario]);
  const cheapest = shown.cheapest === 0 ? breakFixName() : planDisplayName(shown.plans[shown.cheapest - 1]?.name ?? "", shown.cheapest);

  return (
    <section className="charts" aria-labelledby={titleId}>
      <h2 id={titleId} className="charts__title">
        {t`Charts`}
      </h2>
      {/* The monthly and the running-total charts show the same figures two ways. */}
      <RenderInView force={drawAll} placeholder={<div className="chart-slot" />}>
        <CostOverTimeChart measure="monthly" {...overTime} currency={currency} Plot={Plot} />
      </RenderInView>
      <RenderInView force={drawAll} placeholder={<div className="chart-slot" />}>
        <CostOverTimeChart measure="cumulative" {...overTime} currency={currency} Plot={Plot} />
      </RenderInView>
      <RenderInView force={drawAll} placeholder={<div className="chart-slot" />}>
        <BreakdownChart
          costs={shown}
          scenario={scenario}
          downtime={scenario.downtime}
          currency={currency}
        />
      </RenderInView>
      <RenderInView force={drawAll} placeholder={<div className="chart-slot" />}>
        <SizeCurveChart
          points={result?.sizeCurve ?? NO_POINTS}
          scenario={analysedScenario}
          seats={scenario.seats}
          currency={currency}
          busy={analysisStale}
          waiting={waiting}
        />
      </RenderInView>
      <RenderInView force={drawAll} placeholder={<div className="chart-slot" />}>
        <DecisionMapChart
          map={result?.decisionMap ?? null}
          planNames={analysedPlans}
          seats={scenario.seats}
          issues={scenario.issues}
          cheapest={cheapest}
          months={scenario.months}
          busy={analysisStale}
          waiting={waiting}
        />
      </RenderInView>
      <RenderInView force={drawAll} placeholder={<div className="chart-slot chart-slot--tall" />}>
        <SensitivityChart
          sensitivity={result?.sensitivity ?? NO_ROWS}
          scenario={analysedScenario}
          difference={shown.difference}
          months={scenario.months}
          currency={currency}
          busy={analysisStale}
          waiting={waiting}
        />
      </RenderInView>
    </section>
  );
});
