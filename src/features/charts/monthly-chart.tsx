/**
 * The compact embed's one chart, cost per month, drawn plain until someone wants its details:
 * light enough to be part of the embed's first paint, and never a long task while it loads.
 */
import { memo, useId } from "react";
import { t } from "@lingui/core/macro";
import type { CostViews } from "../../state/use-costs.ts";
import type { AnalysisState } from "../../state/use-analysis.ts";
import type { Currency } from "../../lib/format.ts";
import { CostOverTimeChart } from "./cost-over-time-chart.tsx";
import { TimePlotOnDemand } from "./time-plot-on-demand.tsx";
import { chartStatus } from "./chart-status.ts";
import "./charts.css";

type MonthlyChartProps = { costs: CostViews; analysis: AnalysisState; currency: Currency };

export const MonthlyChart = memo(function MonthlyChart({ costs, analysis, currency }: MonthlyChartProps) {
  const titleId = useId();
  return (
    <section className="charts" aria-labelledby={titleId}>
      <h2 id={titleId} className="charts__title">
        {t`Charts`}
      </h2>
      <CostOverTimeChart
        measure="monthly"
        {...chartStatus(costs, analysis).overTime}
        currency={currency}
        Plot={TimePlotOnDemand}
      />
    </section>
  );
});
