/**
 * The leave-behind's sections, composed from the print, charts and price-sheet features: a first
 * page that stands alone (the provider's logo and name and the date above the verdict; the running
 * total and the link with its QR code below it) and the running footer of every page. Loaded once
 * the browser is idle after start-up and drawn when printing starts (print.css shows it on paper
 * only), so a print from the browser's own menu carries all of it.
 */
import { useState } from "react";
import { t } from "@lingui/core/macro";
import type { CostViews } from "../state/use-costs.ts";
import type { AnalysisState } from "../state/use-analysis.ts";
import type { Currency } from "../lib/format.ts";
import { useCalculator, type CalculatorStoreApi } from "../state/store.ts";
import { CoverHeader } from "../features/print/cover-header.tsx";
import { CoverLink } from "../features/print/cover-link.tsx";
import { PageFooter } from "../features/print/page-footer.tsx";
import { usePrintRequestedAt } from "../features/print/print-request.ts";
import { RunningTotalChart } from "../features/charts/running-total-chart.tsx";
import { loadSheets } from "../features/price-sheets/sheets.ts";

/** Above the verdict: logo, name, date; and the footer every page repeats. */
export function LeaveBehindTop() {
  const brand = useCalculator((state) => state.display.brand);
  const logo = useCalculator((state) => state.logo);
  const [openedAt] = useState(() => new Date());
  const date = usePrintRequestedAt() ?? openedAt;
  return (
    <>
      <CoverHeader brand={brand} logo={logo} date={date} />
      {/* The footer's name when the provider has not given theirs. */}
      <PageFooter name={brand || t`IT support: managed flat fee or break-fix hourly`} />
    </>
  );
}

/**
 * Below the verdict: every option's total when there are several plans, the running total with its
 * break-even month, and the link as text and QR code.
 */
export function LeaveBehindSummary({ costs, analysis, currency }: { costs: CostViews; analysis: AnalysisState; currency: Currency }) {
  return (
    <div className="leave-behind cover-summary">
      <RunningTotalChart costs={costs} analysis={analysis} currency={currency} />
      <CoverLink />
    </div>
  );
}

/**
 * Shows the first saved price sheet's logo (the one the toolkit selects when the page opens) before
 * the toolkit itself has loaded, or in presenter mode, where it never does.
 */
export function restoreSheetLogo(store: CalculatorStoreApi): void {
  if (store.getState().logo !== null) return;
  const logo = loadSheets().sheets[0]?.logo;
  if (logo) store.getState().setLogo(logo);
}
