import type { CostViews } from "../../state/use-costs.ts";
import type { AnalysisState } from "../../state/use-analysis.ts";
import { formatMoney, type Currency } from "../../lib/format.ts";
import type { CostResult } from "../../model/index.ts";
import type { Figure, Scenario } from "../../model/index.ts";
import { FigureButton } from "../../components/figure-button.tsx";
import {
  SIDE_NAMES,
  breakEvenParts,
  headlineParts,
  issueRateParts,
  type SentenceParts,
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
        <WithFigure parts={headlineParts(shown, scenario.months, currency)} scenario={scenario} figure={DIFFERENCE} />
      </p>
      <ul className="verdict__facts">
        <li>
          <WithFigure parts={breakEvenParts(shown, scenario.months)} scenario={scenario} figure={BREAK_EVEN_MONTH} />
        </li>
        <li>
          <WithFigure parts={issueRateParts(shown, scenario)} scenario={scenario} figure={BREAK_EVEN_ISSUES} />
        </li>
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
          scenario={scenario.downtime ? scenario : { ...scenario, downtime: true }}
          currency={currency}
        />
        <TotalsCard
          title={scenario.downtime ? "Invoices only" : "Invoices only (shown)"}
          costs={costs.invoicesOnly}
          scenario={scenario.downtime ? { ...scenario, downtime: false } : scenario}
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

const DIFFERENCE: Figure = { kind: "difference" };
const BREAK_EVEN_MONTH: Figure = { kind: "breakEvenMonth" };
const BREAK_EVEN_ISSUES: Figure = { kind: "breakEvenIssues" };
const FIGURES = {
  total: { breakFix: { kind: "total", side: "breakFix" }, managed: { kind: "total", side: "managed" } },
  perSeatMonth: {
    breakFix: { kind: "perSeatMonth", side: "breakFix" },
    managed: { kind: "perSeatMonth", side: "managed" },
  },
} as const satisfies Record<string, Record<"breakFix" | "managed", Figure>>;

/** A sentence whose figure opens its explanation. */
function WithFigure({ parts, scenario, figure }: { parts: SentenceParts; scenario: Scenario; figure: Figure }) {
  return (
    <>
      {parts.before}
      <FigureButton scenario={scenario} figure={figure}>
        {parts.figure}
      </FigureButton>
      {parts.after}
    </>
  );
}

type TotalsCardProps = { title: string; costs: CostResult; scenario: Scenario; currency: Currency };

function TotalsCard({ title, costs, scenario, currency }: TotalsCardProps) {
  const winner = winnerOf(costs);
  const money = (value: number) => formatMoney(value, currency);
  return (
    <div className="totals">
      <h3 className="totals__title">{title}</h3>
      <dl className="totals__list">
        <div className={winner === "breakFix" ? "totals__row totals__row--win" : "totals__row"}>
          <dt>{SIDE_NAMES.breakFix}</dt>
          <dd>
            <FigureButton scenario={scenario} figure={FIGURES.total.breakFix}>
              {money(costs.breakFix.total)}
            </FigureButton>
          </dd>
        </div>
        <div className={winner === "managed" ? "totals__row totals__row--win" : "totals__row"}>
          <dt>{SIDE_NAMES.managed}</dt>
          <dd>
            <FigureButton scenario={scenario} figure={FIGURES.total.managed}>
              {money(costs.managed.total)}
            </FigureButton>
          </dd>
        </div>
        <div className="totals__row totals__row--sub">
          <dt>Per person per month</dt>
          <dd>
            <FigureButton scenario={scenario} figure={FIGURES.perSeatMonth.breakFix}>
              {money(costs.breakFix.perSeatMonth)}
            </FigureButton>{" "}
            vs{" "}
            <FigureButton scenario={scenario} figure={FIGURES.perSeatMonth.managed}>
              {money(costs.managed.perSeatMonth)}
            </FigureButton>
          </dd>
        </div>
      </dl>
    </div>
  );
}
