import { t } from "@lingui/core/macro";
import type { CostViews } from "../../state/use-costs.ts";
import type { AnalysisState } from "../../state/use-analysis.ts";
import { formatMoney, type Currency } from "../../lib/format.ts";
import { planBreakEvenMonths, type CostResult, type Figure, type Scenario } from "../../model/index.ts";
import { FigureButton } from "../../components/figure-button.tsx";
import {
  breakEvenParts,
  cheapestPlaceholder,
  cheapestSentence,
  headlineParts,
  issueRateParts,
  planLabel,
  type SentenceParts,
  riskPlaceholder,
  riskSentence,
  sideName,
  volatilityPlaceholder,
  volatilitySentence,
  winnerOf,
} from "./verdict-text.ts";
import { buildTimeSimulation } from "./build-time-simulation.ts";

type VerdictProps = { costs: CostViews; analysis: AnalysisState; currency: Currency; size?: "normal" | "large" };

/**
 * A sentence of the simulation's, muted while its figures are dashes. The prerendered page holds
 * the build's figures (build-time-simulation.ts), which hydration keeps until the worker's arrive:
 * the same figures, worked out by the same code from the same seed.
 */
function SimulationSentence({ ready, children }: { ready: boolean; children: string }) {
  return (
    <span className={ready ? undefined : "muted"} suppressHydrationWarning>
      {children}
    </span>
  );
}

/** Which model costs less, by how much, when it pays off and how likely that is. */
export function Verdict({ costs, analysis, currency, size = "normal" }: VerdictProps) {
  const { shown, scenario } = costs;
  const winner = winnerOf(shown);
  const simulation = (analysis.forScenario === scenario ? analysis.analysis?.simulation : null) ?? buildTimeSimulation(scenario);
  return (
    <section className={`verdict verdict--${winner} verdict--${size}`} aria-labelledby="verdict-title">
      <h2 id="verdict-title" className="visually-hidden">
        {t({ message: "Verdict", comment: "Heading (read by screen readers): which way of paying for IT support costs less" })}
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
          <SimulationSentence ready={simulation !== null}>
            {simulation ? riskSentence(simulation, scenario, shown) : riskPlaceholder(scenario, shown)}
          </SimulationSentence>
        </li>
        {shown.plans.length > 1 ? (
          <li className="verdict__risk">
            <SimulationSentence ready={simulation !== null}>
              {simulation ? cheapestSentence(simulation, shown) : cheapestPlaceholder(shown)}
            </SimulationSentence>
          </li>
        ) : null}
        <li>
          <SimulationSentence ready={simulation !== null}>
            {simulation ? volatilitySentence(simulation, currency, scenario, shown) : volatilityPlaceholder(currency, scenario, shown)}
          </SimulationSentence>
        </li>
      </ul>
      <div className="verdict__views">
        <TotalsCard
          title={scenario.downtime ? t`With downtime (shown)` : t`With downtime`}
          costs={costs.withDowntime}
          scenario={scenario.downtime ? scenario : { ...scenario, downtime: true }}
          currency={currency}
        />
        <TotalsCard
          title={scenario.downtime ? t`Invoices only` : t`Invoices only (shown)`}
          costs={costs.invoicesOnly}
          scenario={scenario.downtime ? { ...scenario, downtime: false } : scenario}
          currency={currency}
        />
      </div>
      {analysis.updating && analysis.analysis ? (
        <p className="verdict__updating" role="status">
          {t`Updating…`}
        </p>
      ) : null}
    </section>
  );
}

const DIFFERENCE: Figure = { kind: "difference" };
const BREAK_EVEN_MONTH: Figure = { kind: "breakEvenMonth" };
const BREAK_EVEN_ISSUES: Figure = { kind: "breakEvenIssues" };
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

/**
 * Every option over the horizon: its total, per person per month and break-even month against
 * break-fix, the cheapest marked in words as well as by colour.
 */
function TotalsCard({ title, costs, scenario, currency }: TotalsCardProps) {
  const money = (value: number) => formatMoney(value, currency);
  const breakEven = planBreakEvenMonths(costs);
  const options = [
    { option: 0, name: sideName("breakFix"), summary: costs.breakFix, breakEven: "—", side: "breakFix" as const, plan: undefined },
    ...costs.plans.map((plan, index) => ({
      option: index + 1,
      name: planLabel(plan.name, index + 1),
      summary: plan,
      breakEven: breakEvenText(breakEven[index] ?? null),
      side: "managed" as const,
      plan: index + 1,
    })),
  ];
  const several = costs.plans.length > 1;
  const cheapestTag = t({ message: "cheapest", comment: "Tag beside the cheapest option in the totals table" });
  const comparedTag = t({ message: "compared", comment: "Tag beside the plan the verdict compares with break-fix" });
  return (
    <div className="totals">
      <table className="totals__table">
        <caption className="totals__title">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t({ message: "Option", context: "table column: break-fix or a managed plan" })}</th>
            <th scope="col">{t({ message: "Total", comment: "The cost over the whole horizon" })}</th>
            <th scope="col">{t`Per person per month`}</th>
            <th scope="col">{t({ message: "Break-even", comment: "Table column: the month from which a plan costs no more than break-fix" })}</th>
          </tr>
        </thead>
        <tbody>
          {options.map(({ option, name, summary, breakEven: month, side, plan }) => {
            const cheapest = option === costs.cheapest && (several || winnerOf(costs) !== "tie");
            const focus = several && option === costs.focus;
            return (
              <tr key={option} className={cheapest ? "totals__row totals__row--win" : "totals__row"}>
                <th scope="row">
                  <span className="totals__name">{name}</span>
                  {cheapest ? <> <span className="totals__tag">{cheapestTag}</span></> : null}
                  {focus ? <> <span className="totals__tag totals__tag--focus">{comparedTag}</span></> : null}
                </th>
                <td>
                  <FigureButton scenario={scenario} figure={{ kind: "total", side, plan } as Figure}>
                    {money(summary.total)}
                  </FigureButton>
                </td>
                <td>
                  <FigureButton scenario={scenario} figure={{ kind: "perSeatMonth", side, plan } as Figure}>
                    {money(summary.perSeatMonth)}
                  </FigureButton>
                </td>
                <td>{month}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A plan's break-even month in the totals table, or that it has none within the horizon. */
function breakEvenText(month: number | null): string {
  return month === null ? t({ message: "none", comment: "Break-even column: the plan never breaks even with break-fix" }) : t`month ${month}`;
}
