import { Suspense, useCallback, useDeferredValue, useEffect, useRef, useState, startTransition, type ReactNode } from "react";
import { t } from "@lingui/core/macro";
import { WhenVisible } from "../components/when-visible.tsx";
import { CatchingUp } from "../components/catching-up.tsx";
import { FeatureGuard } from "./feature-guard.tsx";
import { Verdict } from "../features/verdict/verdict.tsx";
import { CopyLinkButton } from "../features/share/copy-link-button.tsx";
import { CurrencySelect } from "../features/share/currency-select.tsx";
import { LanguageChoice } from "../features/share/language-choice.tsx";
import { EmbedConfiguratorLink } from "../features/embed/configurator-link.tsx";
import { PresentButton } from "../features/presenter/present-button.tsx";
import { usePresenter } from "../features/presenter/use-presenter.ts";
import { usePrintEvents, usePrintRequested, usePrintShortcut } from "../features/print/print-request.ts";
import { useCalculator, useCalculatorStoreApi } from "../state/store.ts";
import type { Currency } from "../lib/format.ts";
import { useCosts, useDeferredCosts, type CostViews } from "../state/use-costs.ts";
import { useAnalysis, useDeferredAnalysis, type AnalysisState } from "../state/use-analysis.ts";
import { ExplainProvider } from "./explain-provider.tsx";
import { useLoadedModule } from "./use-loaded-module.ts";
import { Later } from "./mark-ready.tsx";

/** The printout's appendix of worked figures: loaded once the browser is idle, drawn as printing starts. */
const loadExplainAppendix = () => import("../features/explain/explain-appendix.tsx");
import "../features/print/print.css";
import { loadPresenterBar, loadedPresenterBar, loadedUrlNotice } from "./link-parts.ts";
import { lazyComponent } from "./lazy-component.ts";

/** Recharts is large: its chunk loads after the verdict is on screen, when the charts come into view. */
const loadChartsPanel = () => import("../features/charts/charts-panel.tsx");
const ChartsPanel = lazyComponent(loadChartsPanel);

/** Price sheets, A/B, exports: loaded after the page has started, as nothing in it is needed sooner. */
const Toolkit = lazyComponent(() => import("./toolkit.tsx"));

/** "Use your own records": a small shell after start-up; the worker and the review load when a file is chosen. */
const OwnRecords = lazyComponent(() => import("./own-records.tsx"));

/**
 * The leave-behind's first page and footer: loaded once the browser is idle, and drawn only as
 * printing starts (see useLoadedModule).
 */
const loadLeaveBehind = () => import("./leave-behind.tsx");
type LeaveBehind = Awaited<ReturnType<typeof loadLeaveBehind>>;

/**
 * The inputs: not needed for the verdict, so a chunk of their own. The page's prerendered fields
 * stay as they are, already usable, until it has loaded and they hydrate (see Later).
 */
const InputPanel = lazyComponent(() => import("../features/inputs/input-panel.tsx"), (module) => module.InputPanel);

/** "How this is calculated", below everything else: its words and code load with it, not at start-up. */
const loadHowCalculated = () => import("../features/explain/how-calculated.tsx");
const HowCalculated = lazyComponent(loadHowCalculated, (module) => module.HowCalculated);

/** Presenter mode's strip of controls: only ever drawn in presenter mode (start.tsx fetches it early then). */
const PresenterBar = lazyComponent(loadPresenterBar, (module) => module.PresenterBar);

/** Presenter mode's options side by side: only ever drawn in presenter mode. */
const PlanLineup = lazyComponent(() => import("../features/presenter/plan-lineup.tsx"), (module) => module.PlanLineup);

/** The offer of the visitor's own language: read from the browser once the page has started. */
const LanguageOffer = lazyComponent(() => import("../features/share/language-offer.tsx"), (module) => module.LanguageOffer);

/** The note that a new version waits: nothing to show before the service worker has registered. */
const UpdatePrompt = lazyComponent(() => import("../features/offline/update-prompt.tsx"), (module) => module.UpdatePrompt);

/** Shown only once a scenario is pinned as A. */
const CompareSection = lazyComponent(() => import("../features/compare/compare-section.tsx"), (module) => module.CompareSection);

/**
 * False during prerendering, hydration and start-up; true once the browser has had an idle
 * moment (or two seconds have passed), for what nobody needs in the first second.
 */
function useAfterStartup(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback === "function") {
      // As a transition, the toolkit's first render yields to the browser instead of blocking it.
      const id = window.requestIdleCallback(() => startTransition(() => setReady(true)), { timeout: 2000 });
      return () => window.cancelIdleCallback(id);
    }
    const timer = setTimeout(() => startTransition(() => setReady(true)), 500);
    return () => clearTimeout(timer);
  }, []);
  return ready;
}

/** The simulation has caught up with the figures: the printout's bands and charts are complete. */
function analysisCaughtUp(costs: CostViews, analysis: AnalysisState): boolean {
  return analysis.forScenario === costs.scenario && (!analysis.updating || analysis.error !== null);
}

/** How long printing waits for each part of the printout (its chunks, the simulation) before it prints what there is. */
const PRINT_WAIT_MS = 8000;

export function ChartsPlaceholder() {
  return (
    <div className="charts-placeholder" role="status">
      {t`Loading charts…`}
    </div>
  );
}

/** The verdict, with the A/B comparison beneath it once a scenario is pinned (and `children` between the two). */
function VerdictAndComparison(props: {
  costs: CostViews;
  analysis: AnalysisState;
  currency: Currency;
  pinned: boolean;
  size?: "normal" | "large";
  children?: ReactNode;
}) {
  const { costs, analysis, currency, pinned, size, children } = props;
  return (
    <>
      <FeatureGuard name={t`The verdict`}>
        <Verdict costs={costs} analysis={analysis} currency={currency} size={size} />
      </FeatureGuard>
      {children}
      {pinned ? (
        <FeatureGuard name={t`The A/B comparison`}>
          <Suspense fallback={null}>
            <CompareSection costs={costs} currency={currency} />
          </Suspense>
        </FeatureGuard>
      ) : null}
    </>
  );
}

/** The full calculator page, where every figure explains itself. */
export function App() {
  return (
    <ExplainProvider>
      <CalculatorPage />
    </ExplainProvider>
  );
}

function CalculatorPage() {
  const scenario = useCalculator((state) => state.scenario);
  const currency = useCalculator((state) => state.display.currency);
  const brand = useCalculator((state) => state.display.brand);
  const logo = useCalculator((state) => state.logo);
  const costs = useCosts(scenario);
  const chartCosts = useDeferredCosts(costs);
  const analysis = useAnalysis(costs.scenario);
  const chartAnalysis = useDeferredAnalysis(analysis);
  const toolkitAnalysis = useDeferredValue(analysis);
  const pinned = useCalculator((state) => state.pinned !== null);
  const presenter = usePresenter();
  const printing = usePrintRequested();
  const afterStartup = useAfterStartup();
  const linkHasProblems = useCalculator((state) => state.urlProblems.length > 0);
  // Loaded before a link that asks for them is applied (start.tsx); see link-parts.ts.
  const urlNotice = loadedUrlNotice();
  const presenterBar = loadedPresenterBar();
  const store = useCalculatorStoreApi();
  usePrintEvents();
  const restoreLogo = useCallback((module: LeaveBehind) => module.restoreSheetLogo(store), [store]);
  const loadedLeaveBehind = useLoadedModule(loadLeaveBehind, afterStartup || printing, restoreLogo);
  const loadedAppendix = useLoadedModule(loadExplainAppendix, afterStartup || printing);
  const leaveBehind = printing ? loadedLeaveBehind : null;
  const appendix = printing ? loadedAppendix : null;

  // The print button waits for the latest figures; refs let its callback read them when it runs.
  const latest = useRef({ costs, analysis, leavePresenter: presenter.present ? presenter.leave : null });
  useEffect(() => {
    latest.current = { costs, analysis, leavePresenter: presenter.present ? presenter.leave : null };
  });
  const print = useCallback(async () => {
    // The printout is the full page: its assumptions and sources are not in presenter mode.
    latest.current.leavePresenter?.();
    const { printWhenReady, waitUntil } = await import("../features/print/print-when-ready.ts");
    await printWhenReady([
      loadLeaveBehind,
      loadChartsPanel,
      loadExplainAppendix,
      () => loadHowCalculated().then((module) => module.loadHowCalculatedDetails()),
      () => waitUntil(() => analysisCaughtUp(latest.current.costs, latest.current.analysis), PRINT_WAIT_MS),
    ], PRINT_WAIT_MS);
  }, []);
  usePrintShortcut(useCallback(() => void print(), [print]));

  if (presenter.present) {
    return (
      <div className="presenter">
        <Suspense fallback={<header className="presenter__bar" />}>
          {presenterBar ? (
            <presenterBar.PresenterBar brand={brand} logo={logo} onLeave={presenter.leave} />
          ) : (
            <PresenterBar brand={brand} logo={logo} onLeave={presenter.leave} />
          )}
        </Suspense>
        <main className="presenter__main">
          <div className="presenter__results" id="results">
            {/* With several plans the room sees every option first, then the verdict on the focus plan. */}
            <FeatureGuard name={t`The plans side by side`}>
              <Suspense fallback={null}>
                <PlanLineup costs={costs} currency={currency} />
              </Suspense>
            </FeatureGuard>
            <VerdictAndComparison costs={costs} analysis={analysis} currency={currency} pinned={pinned} size="large" />
            <FeatureGuard name={t`The charts`}>
              <CatchingUp behind={chartCosts !== costs}>
                <Suspense fallback={<ChartsPlaceholder />}>
                  <ChartsPanel costs={chartCosts} analysis={chartAnalysis} currency={currency} drawAll={printing} />
                </Suspense>
              </CatchingUp>
            </FeatureGuard>
          </div>
          <div className="presenter__inputs">
            <FeatureGuard name={t`The inputs`}>
              <Suspense fallback={null}>
                <InputPanel showPresets={false} showPlans={false} size="large" />
              </Suspense>
            </FeatureGuard>
          </div>
        </main>
        {afterStartup ? (
          <Suspense fallback={null}>
            <UpdatePrompt />
          </Suspense>
        ) : null}
      </div>
    );
  }

  return (
    <>
      <a className="skip-link" href="#results">
        {t`Skip to the results`}
      </a>
      <header className="masthead">
        <div className="masthead__inner">
          <div>
            {brand ? <p className="masthead__brand">{t({ message: `Prepared by ${brand}`, comment: "{brand}: the name of whoever presents the figures" })}</p> : null}
            <h1 className="masthead__title">{t`What does IT support really cost?`}</h1>
            <p className="masthead__lede">
              {t`Managed flat-fee support against break-fix hourly support, month by month, with every assumption in view.`}
            </p>
          </div>
          <div className="masthead__tools">
            <LanguageChoice />
            <CurrencySelect />
            <CopyLinkButton />
            <PresentButton onEnter={presenter.enter} />
          </div>
        </div>
      </header>
      {afterStartup ? (
        <Suspense fallback={null}>
          <LanguageOffer />
        </Suspense>
      ) : null}
      <main className="page" data-stale-note={t`Working out the figures of this link…`}>
        {linkHasProblems && urlNotice ? <urlNotice.UrlNotice /> : null}
        {leaveBehind ? (
          <FeatureGuard name={t`The printout's header`}>
            <leaveBehind.LeaveBehindTop />
          </FeatureGuard>
        ) : null}
        <div className="layout">
          <div className="layout__verdict" id="results">
            <VerdictAndComparison costs={costs} analysis={analysis} currency={currency} pinned={pinned}>
              {leaveBehind ? (
                <FeatureGuard name={t`The printout's summary`}>
                  <leaveBehind.LeaveBehindSummary costs={chartCosts} analysis={chartAnalysis} currency={currency} />
                </FeatureGuard>
              ) : null}
            </VerdictAndComparison>
          </div>
          <div className="layout__inputs">
            <Later>
              <FeatureGuard name={t`The inputs`}>
                <InputPanel />
              </FeatureGuard>
              {afterStartup ? (
                <FeatureGuard name={t`Use your own records`}>
                  <Suspense fallback={null}>
                    <OwnRecords currency={currency} />
                  </Suspense>
                </FeatureGuard>
              ) : null}
            </Later>
          </div>
          <div className="layout__charts">
            {/* Client-only and loaded near the viewport: the prerendered HTML holds the placeholder. */}
            <Later>
              <FeatureGuard name={t`The charts`}>
                <WhenVisible placeholder={<ChartsPlaceholder />} force={printing}>
                  <CatchingUp behind={chartCosts !== costs}>
                    <Suspense fallback={<ChartsPlaceholder />}>
                      <ChartsPanel costs={chartCosts} analysis={chartAnalysis} currency={currency} drawAll={printing} />
                    </Suspense>
                  </CatchingUp>
                </WhenVisible>
              </FeatureGuard>
            </Later>
          </div>
        </div>
        {afterStartup ? (
          <FeatureGuard name={t`The pitch toolkit`}>
            <Suspense fallback={null}>
              <Toolkit analysis={toolkitAnalysis} onPresent={presenter.enter} onPrint={print} />
            </Suspense>
          </FeatureGuard>
        ) : null}
        <Later>
          <FeatureGuard name={t`How this is calculated`}>
            <HowCalculated />
          </FeatureGuard>
        </Later>
        {appendix ? (
          <FeatureGuard name={t`The printed explanations`}>
            <appendix.default scenario={costs.scenario} currency={currency} />
          </FeatureGuard>
        ) : null}
      </main>
      {afterStartup ? (
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      ) : null}
      <footer className="footer">
        <p>
          {t`Runs entirely in your browser: nothing you type leaves this page. Figures are estimates from the assumptions above; change any of them.`}
        </p>
        <p>
          <Later>
            <EmbedConfiguratorLink />
          </Later>
        </p>
      </footer>
    </>
  );
}
