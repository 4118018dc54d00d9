/**
 * The calculator as it appears inside another site's iframe: the five key inputs with the rest
 * folded, the verdict and the monthly chart, without the page's masthead or long explanations.
 */
import { useMemo, useRef, type ReactElement } from "react";
import { t } from "@lingui/core/macro";
import { InputPanel } from "../features/inputs/input-panel.tsx";
import { Verdict } from "../features/verdict/verdict.tsx";
import { readEmbedOptions, type CallToAction, type EmbedOptions } from "../features/embed/embed-options.ts";
import { connectToHost, type HostChannel } from "../features/embed/host-channel.ts";
import { applyEmbedLook } from "../features/embed/embed-look.ts";
import { useHostMessages } from "../features/embed/use-host-messages.ts";
import { EmbedLinks } from "../features/embed/embed-links.tsx";
import { embedSummary } from "../features/embed/embed-summary.ts";
import { PlanTable } from "../features/embed/plan-table.tsx";
import type { ScenarioSummary, SettingProblem } from "../embed-loader/messages.ts";
import { MAX_TEXT_LENGTH, type Section } from "../embed-loader/settings.ts";
import { useCalculator, type CalculatorStoreApi } from "../state/store.ts";
import { readUrl } from "../state/url-state.ts";
import { useCosts, useDeferredCosts } from "../state/use-costs.ts";
import { useAnalysis, useDeferredAnalysis } from "../state/use-analysis.ts";
import { MonthlyChart } from "../features/charts/monthly-chart.tsx";
import { CatchingUp } from "../components/catching-up.tsx";
import "./embed-page.css";
import { problemReasonInEnglish } from "../i18n/problem-text.ts";

type EmbedPageProps = {
  options: EmbedOptions;
  host: HostChannel | null;
  /** Settings of the embed's address that were refused: for the host page, never shown to visitors. */
  problems: readonly SettingProblem[];
};

export function EmbedPage({ options, host, problems }: EmbedPageProps) {
  const scenario = useCalculator((state) => state.scenario);
  const currency = useCalculator((state) => state.display.currency);
  const brand = useCalculator((state) => state.display.brand);
  const costs = useCosts(scenario);
  const analysis = useAnalysis(costs.scenario);
  // As on the full page: the chart redraws once input settles, in an interruptible render.
  const chartCosts = useDeferredCosts(costs);
  const chartAnalysis = useDeferredAnalysis(analysis);
  const element = useRef<HTMLElement>(null);

  const { shown } = costs;
  const summary = useMemo<ScenarioSummary>(() => embedSummary(costs.scenario, shown, currency), [costs.scenario, shown, currency]);
  useHostMessages(host, element, summary, problems);

  const show = (section: Section) => options.sections.includes(section);
  const results = show("verdict") || show("chart");
  const onCtaClick = (cta: CallToAction) => host?.post("cta-clicked", { label: cta.label, url: cta.url, summary });

  return (
    <main
      className="embed"
      ref={element}
      aria-label={t`IT support cost calculator`}
      data-stale-note={t`Working out the figures of this link…`}
    >
      <h1 className="visually-hidden">{t`IT support cost calculator: managed flat fee or break-fix hourly`}</h1>
      {brand ? <p className="embed__brand">{brand}</p> : null}
      {/* The answer first, as on the full page's phone layout; beside the inputs on wider frames. */}
      <div className={show("inputs") && results ? "embed__layout embed__layout--split" : "embed__layout"}>
        {results ? (
          <div className="embed__results">
            {show("verdict") ? <Verdict costs={costs} analysis={analysis} currency={currency} /> : null}
            {show("verdict") && summary.plans.length > 1 ? (
              <PlanTable summary={summary} breakFixPerSeatMonth={shown.breakFix.perSeatMonth} currency={currency} />
            ) : null}
            {show("chart") ? (
              <CatchingUp behind={chartCosts !== costs}>
                <MonthlyChart costs={chartCosts} analysis={chartAnalysis} currency={currency} />
              </CatchingUp>
            ) : null}
          </div>
        ) : null}
        {show("inputs") ? (
          <div className="embed__inputs">
            <InputPanel showPresets={false} />
          </div>
        ) : null}
      </div>
      <EmbedLinks cta={options.cta} onCtaClick={onCtaClick} />
    </main>
  );
}

/**
 * Reads the embed's settings from the address, applies the host's look and connects to the host
 * page. The address is read again now that the embed's keys are claimed (they were unknown to
 * the first reading). A refused setting is the host page's mistake, not its visitors': it goes to
 * the host in the `ready` message (the loader writes it to the host page's console), and to this
 * frame's console only when there is no host to tell.
 */
export async function startEmbedPage(store: CalculatorStoreApi, win: Window): Promise<ReactElement> {
  const { options, problems: optionProblems } = readEmbedOptions(win.location.search);
  const host = connectToHost(win, options.parentOrigin);
  applyEmbedLook(win.document.documentElement, options);
  const { scenario, display, problems: linkProblems } = readUrl(win.location.search);
  store.getState().load({ scenario, display, urlProblems: [] });
  const params = new URLSearchParams(win.location.search);
  // The host page's author reads them in its console, in English like the loader's own warnings.
  const linkReasons = await Promise.all(
    linkProblems.map(async (problem) => ({ key: problem.key, message: await problemReasonInEnglish(problem) })),
  );
  const problems = [...linkReasons, ...optionProblems, ...host.problems].map((problem) => ({
    ...problem,
    value: (params.get(problem.key) ?? "").slice(0, MAX_TEXT_LENGTH),
  }));
  if (!host.channel) {
    for (const { key, value, message } of problems) console.warn(`Embed setting ${key}=${JSON.stringify(value)} ${message}, so it was ignored.`);
  }
  return <EmbedPage options={options} host={host.channel} problems={problems} />;
}
