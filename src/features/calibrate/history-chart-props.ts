/**
 * What the history chart is given. The page composes the chart (it is drawn with the charts'
 * frame, table and Recharts, which this feature does not load) and passes it in.
 */
import type { Currency } from "../../lib/format.ts";
import type { HistoryBand, RecordKind, RecordSource } from "../../model/calibrate/types.ts";

export type HistoryChartProps = {
  /** Invoices are money per month; tickets are calls per month. */
  kind: RecordKind;
  /** The model's side the records are compared with. */
  source: RecordSource;
  rows: readonly HistoryBand[];
  /** "9 of 12 months inside the band", said above the chart. */
  summary: string;
  currency: Currency;
};
