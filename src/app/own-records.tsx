/**
 * "Use your own records", composed: the section with the history chart it draws once a file is
 * fitted (the charts' frame and Recharts, loaded only then). Loaded itself after start-up.
 */
import CalibrateSection from "../features/calibrate/calibrate-section.tsx";
import type { Currency } from "../lib/format.ts";
import { lazyComponent } from "./lazy-component.ts";

const CalibrationHistoryChart = lazyComponent(() => import("./calibration-history-chart.tsx"));

export default function OwnRecords({ currency }: { currency: Currency }) {
  return <CalibrateSection currency={currency} HistoryChart={CalibrationHistoryChart} />;
}
