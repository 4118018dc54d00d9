import { FigureButton } from "../../components/figure-button.tsx";
import { formatMoney, type Currency } from "../../lib/format.ts";
import type { Figure } from "../../model/index.ts";
import type { CostViews } from "../../state/use-costs.ts";
import { lineup, type LineupOption } from "./lineup.ts";

const horizon = (months: number) => (months === 1 ? "1 month" : `${months} months`);

/** Break-fix and every managed plan side by side, in large type; nothing with a single plan (the verdict says it all). */
export function PlanLineup({ costs, currency }: { costs: CostViews; currency: Currency }) {
  const { shown, scenario } = costs;
  if (shown.plans.length < 2) return null;
  const months = horizon(scenario.months);
  return (
    <section className="lineup" aria-labelledby="lineup-title">
      <h2 id="lineup-title" className="lineup__title">
        Every option over {months}
      </h2>
      <ul className="lineup__list">
        {lineup(shown).map((option) => (
          <li key={option.option} className={option.cheapest ? "lineup__option lineup__option--cheapest" : "lineup__option"}>
            <h3 className="lineup__name">{option.name}</h3>
            {option.cheapest ? <p className="lineup__mark">Cheapest</p> : null}
            <dl className="lineup__figures">
              <div>
                <dt>Total</dt>
                <dd className="lineup__total">
                  <FigureButton scenario={scenario} figure={figureOf(option, "total")}>
                    {formatMoney(option.total, currency)}
                  </FigureButton>
                </dd>
              </div>
              <div>
                <dt>Per person per month</dt>
                <dd>
                  <FigureButton scenario={scenario} figure={figureOf(option, "perSeatMonth")}>
                    {formatMoney(option.perSeatMonth, currency)}
                  </FigureButton>
                </dd>
              </div>
              {option.option > 0 ? (
                <div>
                  <dt>Breaks even with break-fix</dt>
                  <dd>{breakEvenText(option.breakEvenMonth ?? null, months)}</dd>
                </div>
              ) : null}
            </dl>
            {option.focus ? <p className="lineup__note">Compared in the verdict</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function figureOf(option: LineupOption, kind: "total" | "perSeatMonth"): Figure {
  return option.option === 0 ? { kind, side: "breakFix" } : { kind, side: "managed", plan: option.option };
}

/** No break between "month" and its number. */
function breakEvenText(month: number | null, months: string): string {
  if (month === null) return `Not within ${months.replace(" ", "\u00a0")}`;
  return month === 1 ? "From month\u00a01" : `In month\u00a0${month}`;
}
