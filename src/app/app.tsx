import { lazy, Suspense, useSyncExternalStore } from "react";
import { InputPanel } from "../features/inputs/input-panel.tsx";
import { Verdict } from "../features/verdict/verdict.tsx";
import { UrlNotice } from "../features/share/url-notice.tsx";
import { CopyLinkButton } from "../features/share/copy-link-button.tsx";
import { CurrencySelect } from "../features/share/currency-select.tsx";
import { HowCalculated } from "../features/explain/how-calculated.tsx";
import { useCalculator } from "../state/store.ts";
import { useCosts } from "../state/use-costs.ts";
import { useAnalysis } from "../state/use-analysis.ts";

/** Recharts is large: its chunk loads after the verdict is on screen. */
const ChartsPanel = lazy(() => import("../features/charts/charts-panel.tsx"));

export function ChartsPlaceholder() {
  return (
    <div className="charts-placeholder" role="status">
      Loading charts…
    </div>
  );
}

/**
 * False during prerendering and hydration, true once mounted in a browser: the charts are
 * client-only, and rendering their placeholder first keeps the prerendered HTML hydratable.
 */
function useMounted(): boolean {
  return useSyncExternalStore(subscribeToNothing, () => true, () => false);
}

const subscribeToNothing = () => () => {};

/** The full calculator page. */
export function App() {
  const scenario = useCalculator((state) => state.scenario);
  const currency = useCalculator((state) => state.display.currency);
  const brand = useCalculator((state) => state.display.brand);
  const costs = useCosts(scenario);
  const analysis = useAnalysis(costs.scenario);
  const mounted = useMounted();

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
            {mounted ? (
              <Suspense fallback={<ChartsPlaceholder />}>
                <ChartsPanel costs={costs} analysis={analysis} currency={currency} />
              </Suspense>
            ) : (
              <ChartsPlaceholder />
            )}
          </div>
        </div>
        <HowCalculated />
      </main>
      <footer className="footer">
        <p>
          Runs entirely in your browser: nothing you type leaves this page. Figures are estimates from the assumptions above; change any of them.
        </p>
      </footer>
    </>
  );
}
