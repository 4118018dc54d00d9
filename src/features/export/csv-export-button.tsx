import { useState } from "react";
import type { CostViews } from "../../state/use-costs.ts";
import type { AnalysisState } from "../../state/use-analysis.ts";
import { useCalculatorStoreApi } from "../../state/store.ts";
import { shareableUrl } from "../../state/url-sync.ts";
import { dateStamp, downloadText } from "../../lib/download.ts";

/** Downloads the monthly figures of every option; the CSV builder loads only when asked for. */
export function CsvExportButton({ costs, analysis }: { costs: CostViews; analysis: AnalysisState }) {
  const store = useCalculatorStoreApi();
  const [status, setStatus] = useState("");

  const exportCsv = async () => {
    const { buildCsv } = await import("./csv.ts");
    const simulation = analysis.forScenario === costs.scenario ? (analysis.analysis?.simulation ?? null) : null;
    const csv = buildCsv({ costs: costs.shown, simulation, link: shareableUrl(store, window.location) });
    const fileName = `it-support-costs-${dateStamp()}.csv`;
    const plans = costs.shown.plans.length;
    const what = `${costs.shown.months.length} months of ${plans === 1 ? "both models" : `break-fix and ${plans} managed plans`}`;
    downloadText(fileName, csv, "text/csv;charset=utf-8");
    setStatus(
      simulation
        ? `Downloaded ${fileName}: ${what}, with the simulation’s ranges.`
        : `Downloaded ${fileName}: ${what}. The simulation was still running, so its ranges are not in it; export again in a moment to include them.`,
    );
  };

  return (
    <div className="toolkit__actions">
      <button type="button" className="button" onClick={() => void exportCsv()}>
        Download monthly figures (CSV)
      </button>
      <p className="toolkit__status" role="status">
        {status}
      </p>
    </div>
  );
}
