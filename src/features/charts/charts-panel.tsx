import type { CostViews } from "../../state/use-costs.ts";
import type { AnalysisState } from "../../state/use-analysis.ts";
import type { Currency } from "../../lib/format.ts";

export type ChartsPanelProps = { costs: CostViews; analysis: AnalysisState; currency: Currency };

export default function ChartsPanel(_props: ChartsPanelProps) {
  return <section className="charts" aria-label="Charts" />;
}
