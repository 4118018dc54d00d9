/**
 * Every chart's frame: its title, a one-line reading of it, and a toggle that swaps the chart
 * for a table of the same figures. The plot area has a fixed height in every state, so nothing
 * below moves while a chart waits for the simulation.
 */
import { useId, useState, type ReactNode } from "react";
import { t } from "@lingui/core/macro";

type ChartFrameProps = {
  title: string;
  /** What the chart shows in a sentence, for everyone and for screen readers. */
  summary?: ReactNode;
  /** The chart's legend, shown above the plot (tables need none). */
  legend?: ReactNode;
  /** SVG patterns the chart and its legend fill with, kept outside both so either can use them. */
  patterns?: ReactNode;
  /** Taller plot for charts with many categories (the tornado). */
  tall?: boolean;
  /** True while the figures are being brought up to date. */
  busy?: boolean;
  /** When set, the figures are not there yet: this message is shown in the plot's place. */
  waiting?: string | null;
  renderChart: () => ReactNode;
  renderTable: () => ReactNode;
};

export function ChartFrame({
  title,
  summary,
  legend,
  patterns,
  tall = false,
  busy = false,
  waiting,
  renderChart,
  renderTable,
}: ChartFrameProps) {
  const [asTable, setAsTable] = useState(false);
  const titleId = useId();
  const bodyId = useId();
  const plotClass = tall ? "chart__plot chart__plot--tall" : "chart__plot";
  return (
    <section
      className={busy ? "chart chart--busy" : "chart"}
      aria-labelledby={titleId}
      aria-busy={busy}
    >
      {patterns ? (
        <svg className="chart__patterns" width="0" height="0" aria-hidden="true" focusable="false">
          <defs>{patterns}</defs>
        </svg>
      ) : null}
      <div className="chart__header">
        <h3 id={titleId} className="chart__title">
          {title}
        </h3>
        <button
          type="button"
          className="chart__toggle"
          aria-pressed={asTable}
          aria-controls={bodyId}
          disabled={waiting != null}
          onClick={() => setAsTable((shown) => !shown)}
        >
          {t`Show as table`}
        </button>
      </div>
      {summary ? <p className="chart__summary">{summary}</p> : null}
      <div id={bodyId} className="chart__body">
        {waiting != null ? (
          <>
            {legend}
            <div className={`${plotClass} chart__placeholder`} role="status">
              {waiting}
            </div>
          </>
        ) : asTable ? (
          renderTable()
        ) : (
          <>
            {legend}
            <div className={plotClass}>{renderChart()}</div>
          </>
        )}
      </div>
    </section>
  );
}
