/**
 * The running total of both models with the break-even month marked, for the leave-behind's first
 * page: drawn plain (no Recharts, nothing to point at on paper), so it is ready with the
 * leave-behind's own chunk and draws synchronously as printing starts.
 */
import { memo } from "react";
import type { CostViews } from "../../state/use-costs.ts";
import type { AnalysisState } from "../../state/use-analysis.ts";
import type { Currency } from "../../lib/format.ts";
import { CostOverTimeChart } from "./cost-over-time-chart.tsx";
import { PlainTimePlot } from "./plain-time-plot.tsx";
import { chartStatus } from "./chart-status.ts";
import "./charts.css";

type RunningTotalChartProps = { costs: CostViews; analysis: AnalysisState; currency: Currency };

export const RunningTotalChart = memo(function RunningTotalChart({ costs, analysis, currency }: RunningTotalChartProps) {
  return (
    <div className="charts">
      <CostOverTimeChart measure="cumulative" {...chartStatus(costs, analysis).overTime} currency={currency} Plot={PlainTimePlot} />
    </div>
  );
});
