import { useState } from "react";
import { plural, t } from "@lingui/core/macro";
import { computeCostViews } from "../../state/use-costs.ts";
import type { AnalysisState } from "../../state/use-analysis.ts";
import { useCalculatorStoreApi } from "../../state/store.ts";
import { shareableUrl } from "../../state/url-sync.ts";
import { dateStamp, downloadText } from "../../lib/download.ts";

/**
 * Downloads the monthly figures of every option; the CSV builder loads only when asked for. The
 * figures are those of the scenario in the store when it is pressed, as its link is: `analysis`
 * may follow typing a moment behind, and its ranges are included only when they are that
 * scenario's.
 */
export function CsvExportButton({ analysis }: { analysis: AnalysisState }) {
  const store = useCalculatorStoreApi();
  const [status, setStatus] = useState("");

  const exportCsv = async () => {
    const { buildCsv } = await import("./csv.ts");
    const costs = computeCostViews(store.getState().scenario);
    const simulation = analysis.forScenario === costs.scenario ? (analysis.analysis?.simulation ?? null) : null;
    const csv = buildCsv({ costs: costs.shown, simulation, link: shareableUrl(store, window.location) });
    const fileName = `it-support-costs-${dateStamp()}.csv`;
    const plans = costs.shown.plans.length;
    const months = costs.shown.months.length;
    downloadText(fileName, csv, "text/csv;charset=utf-8");
    const ranges = simulation !== null;
    // Whole sentences for one plan or several, with the simulation's ranges or without them.
    const downloaded =
      plans === 1
        ? ranges
          ? t`Downloaded ${fileName}: ${plural(months, { one: "# month", other: "# months" })} of both models, with the simulation’s ranges.`
          : t`Downloaded ${fileName}: ${plural(months, { one: "# month", other: "# months" })} of both models.`
        : ranges
          ? t`Downloaded ${fileName}: ${plural(months, { one: "# month", other: "# months" })} of break-fix and ${plans} managed plans, with the simulation’s ranges.`
          : t`Downloaded ${fileName}: ${plural(months, { one: "# month", other: "# months" })} of break-fix and ${plans} managed plans.`;
    setStatus(
      ranges
        ? downloaded
        : `${downloaded} ${t`The simulation was still running, so its ranges are not in it; export again in a moment to include them.`}`,
    );
  };

  return (
    <div className="toolkit__actions">
      <button type="button" className="button" onClick={() => void exportCsv()}>
        {t`Download monthly figures (CSV)`}
      </button>
      <p className="toolkit__status" role="status">
        {status}
      </p>
    </div>
  );
}
