/**
 * "Use your own records", composed: the section with the history chart it draws once a file is
 * fitted (the charts' frame and Recharts, loaded only then). Loaded itself after start-up.
 */
import { memo } from "react";
import CalibrateSection from "../features/calibrate/calibrate-section.tsx";
import type { Currency } from "../lib/format.ts";
import { lazyComponent } from "./lazy-component.ts";

const CalibrationHistoryChart = lazyComponent(() => import("./calibration-history-chart.tsx"));

function OwnRecords({ currency }: { currency: Currency }) {
  return <CalibrateSection currency={currency} HistoryChart={CalibrationHistoryChart} />;
}

/** Drawn again only when the currency changes, not with every keystroke of the page around it. */
export default memo(OwnRecords);
