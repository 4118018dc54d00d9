/**
 * The pitch-meeting toolkit: price sheets, the A/B pin, the leave-behind's brand and exports,
 * and presenter mode. Loaded on its own after the page: nothing here is needed for the verdict.
 */
import { memo } from "react";
import { t } from "@lingui/core/macro";
import type { AnalysisState } from "../state/use-analysis.ts";
import { PriceSheetManager } from "../features/price-sheets/price-sheet-manager.tsx";
import { PinButton } from "../features/compare/compare-section.tsx";
import { BrandField } from "../features/print/brand-field.tsx";
import { PrintButton } from "../features/print/print-button.tsx";
import { CsvExportButton } from "../features/export/csv-export-button.tsx";
import { PresentButton } from "../features/presenter/present-button.tsx";
import { ShortcutHelp } from "../features/presenter/presenter-bar.tsx";
import "./toolkit.css";

export type ToolkitProps = {
  /** May follow typing a moment behind: the toolkit is redrawn after the verdict, not with it. */
  analysis: AnalysisState;
  onPresent: () => void;
  onPrint: () => Promise<void>;
};

function Toolkit({ analysis, onPresent, onPrint }: ToolkitProps) {
  return (
    <section className="toolkit" aria-labelledby="toolkit-title">
      <h2 id="toolkit-title" className="section-title">
        {t`Pitch-meeting toolkit`}
      </h2>
      <div className="toolkit__grid">
        <PriceSheetManager />
        <section className="toolkit__card" aria-labelledby="toolkit-compare-title">
          <h3 id="toolkit-compare-title" className="toolkit__title">
            {t`Compare two scenarios`}
          </h3>
          <p className="toolkit__lede">
            {t`Pin what is on screen as A (today’s 20 people, say), then change the inputs to build B (next year’s 35, or another price sheet). Both travel in the link.`}
          </p>
          <PinButton />
        </section>
        <section className="toolkit__card" aria-labelledby="toolkit-leave-title">
          <h3 id="toolkit-leave-title" className="toolkit__title">
            {t({ message: "Leave-behind", comment: "The printout left with a client after a pitch meeting" })}
          </h3>
          <p className="toolkit__lede">
            {t`A printout or PDF with the verdict, the charts, every assumption and its source, today’s date, and the link as text and as a QR code.`}
          </p>
          <BrandField />
          <div className="toolkit__actions">
            <PrintButton print={onPrint} />
          </div>
          <CsvExportButton analysis={analysis} />
        </section>
        <section className="toolkit__card" aria-labelledby="toolkit-present-title">
          <h3 id="toolkit-present-title" className="toolkit__title">
            {t`Presenter mode`}
          </h3>
          <p className="toolkit__lede">
            {t`The verdict, the key inputs and the charts, large and high-contrast, full screen for a projector.`}
          </p>
          <div className="toolkit__actions">
            <PresentButton onEnter={onPresent} label={t`Open presenter mode`} />
          </div>
          <ShortcutHelp present={false} />
        </section>
      </div>
    </section>
  );
}

/** Nothing in it changes with each keystroke: it is drawn again only when its props change. */
export default memo(Toolkit);
