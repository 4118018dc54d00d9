import { lazy, Suspense } from "react";
import { WhenVisible } from "../components/when-visible.tsx";
import { InputPanel } from "../features/inputs/input-panel.tsx";
import { Verdict } from "../features/verdict/verdict.tsx";
import { UrlNotice } from "../features/share/url-notice.tsx";
import { CopyLinkButton } from "../features/share/copy-link-button.tsx";
import { CurrencySelect } from "../features/share/currency-select.tsx";
import { HowCalculated } from "../features/explain/how-calculated.tsx";
import { EmbedConfiguratorLink } from "../features/embed/embed-links.tsx";
import { useCalculator } from "../state/store.ts";
import { useCosts } from "../state/use-costs.ts";
import { useAnalysis } from "../state/use-analysis.ts";

/** Recharts is large: its chunk loads after the verdict is on screen, when the charts come into view. */
const ChartsPanel = lazy(() => import("../features/charts/charts-panel.tsx"));

export function ChartsPlaceholder() {
  return (
    <div className="charts-placeholder" role="status">
      Loading charts…
    </div>
  );
}

/** The full calculator page. */
export function App() {
  const scenario = useCalculator((state) => state.scenario);
  const currency = useCalculator((state) => state.display.currency);
  const brand = useCalculator((state) => state.display.brand);
  const costs = useCosts(scenario);
  const analysis = useAnalysis(costs.scenario);

  return (
    <>
      <a className="skip-link" href="#results">
        Skip to the results
      </a>
      <header className="masthead">
        <div className="masthead__inner">
          <div>
            {brand ? <p className="masthead__brand">Prepared by {brand}</p> : null}
            <h1 className="masthead__title">What does IT support really cost?</h1>
            <p className="masthead__lede">
              Managed flat-fee support against break-fix hourly support, month by month, with every assumption in view.
            </p>
          </div>
          <div className="masthead__tools">
            <CurrencySelect />
            <CopyLinkButton />
          </div>
        </div>
      </header>
      <main className="page">
        <UrlNotice />
        <div className="layout">
          <div className="layout__verdict" id="results">
            <Verdict costs={costs} analysis={analysis} currency={currency} />
          </div>
          <div className="layout__inputs">
            <InputPanel />
          </div>
          <div className="layout__charts">
            {/* Client-only and loaded near the viewport: the prerendered HTML holds the placeholder. */}
            <WhenVisible placeholder={<ChartsPlaceholder />}>
              <Suspense fallback={<ChartsPlaceholder />}>
                <ChartsPanel costs={costs} analysis={analysis} currency={currency} />
              </Suspense>
            </WhenVisible>
          </div>
        </div>
        <HowCalculated />
      </main>
      <footer className="footer">
        <p>
          Runs entirely in your browser: nothing you type leaves this page. Figures are estimates from the assumptions above; change any of them.
        </p>
        <p>
          <EmbedConfiguratorLink />
        </p>
      </footer>
    </>
  );
}
