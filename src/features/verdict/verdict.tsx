import type { CostViews } from "../../state/use-costs.ts";
import type { AnalysisState } from "../../state/use-analysis.ts";
import { formatMoney, type Currency } from "../../lib/format.ts";
import type { CostResult } from "../../model/index.ts";
import {
  SIDE_NAMES,
  breakEvenSentence,
  headline,
  issueRateSentence,
  riskPlaceholder,
  riskSentence,
  volatilityPlaceholder,
  volatilitySentence,
  winnerOf,
} from "./verdict-text.ts";

type VerdictProps = { costs: CostViews; analysis: AnalysisState; currency: Currency; size?: "normal" | "large" };

/** Which model costs less, by how much, when it pays off and how likely that is. */
export function Verdict({ costs, analysis, currency, size = "normal" }: VerdictProps) {
  const { shown, scenario } = costs;
  const winner = winnerOf(shown);
  const simulation = analysis.forScenario === scenario ? analysis.analysis?.simulation : null;
  return (
    <section className={`verdict verdict--${winner} verdict--${size}`} aria-labelledby="verdict-title">
      <h2 id="verdict-title" className="visually-hidden">
        Verdict
      </h2>
      <p className="verdict__headline" aria-live="polite">
        {headline(shown, scenario.months, currency)}
      </p>
      <ul className="verdict__facts">
        <li>{breakEvenSentence(shown, scenario.months)}</li>
        <li>{issueRateSentence(shown, scenario)}</li>
        {/* The simulation's sentences keep their place while it runs, so nothing below them moves. */}
        <li className="verdict__risk">
          {simulation ? riskSentence(simulation, scenario) : <span className="muted">{riskPlaceholder(scenario)}</span>}
        </li>
        <li>{simulation ? volatilitySentence(simulation, currency) : <span className="muted">{volatilityPlaceholder(currency)}</span>}</li>
      </ul>
      <div className="verdict__views">
        <TotalsCard
          title={scenario.downtime ? "With downtime (shown)" : "With downtime"}
          costs={costs.withDowntime}
          currency={currency}
        />
        <TotalsCard
          title={scenario.downtime ? "Invoices only" : "Invoices only (shown)"}
          costs={costs.invoicesOnly}
          currency={currency}
        />
      </div>
      {analysis.updating && analysis.analysis ? (
        <p className="verdict__updating" role="status">
          Updating…
        </p>
      ) : null}
    </section>
  );
}

function TotalsCard({ title, costs, currency }: { title: string; costs: CostResult; currency: Currency }) {
  const winner = winnerOf(costs);
  return (
    <div className="totals">
      <h3 className="totals__title">{title}</h3>
      <dl className="totals__list">
        <div className={winner === "breakFix" ? "totals__row totals__row--win" : "totals__row"}>
          <dt>{SIDE_NAMES.breakFix}</dt>
          <dd>{formatMoney(costs.breakFix.total, currency)}</dd>
        </div>
        <div className={winner === "managed" ? "totals__row totals__row--win" : "totals__row"}>
          <dt>{SIDE_NAMES.managed}</dt>
          <dd>{formatMoney(costs.managed.total, currency)}</dd>
        </div>
        <div className="totals__row totals__row--sub">
          <dt>Per person per month</dt>
          <dd>
            {formatMoney(costs.breakFix.perSeatMonth, currency)} vs {formatMoney(costs.managed.perSeatMonth, currency)}
          </dd>
        </div>
      </dl>
    </div>
  );
}
