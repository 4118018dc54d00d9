import { plural, t } from "@lingui/core/macro";
import { FigureButton } from "../../components/figure-button.tsx";
import { formatMoney, type Currency } from "../../lib/format.ts";
import type { Figure } from "../../model/index.ts";
import type { CostViews } from "../../state/use-costs.ts";
import { lineup, type LineupOption } from "./lineup.ts";

/** Break-fix and every managed plan side by side, in large type; nothing with a single plan (the verdict says it all). */
export function PlanLineup({ costs, currency }: { costs: CostViews; currency: Currency }) {
  const { shown, scenario } = costs;
  if (shown.plans.length < 2) return null;
  const months = scenario.months;
  return (
    <section className="lineup" aria-labelledby="lineup-title">
      <h2 id="lineup-title" className="lineup__title">
        {t`Every option over ${plural(months, { one: "# month", other: "# months" })}`}
      </h2>
      <ul className="lineup__list">
        {lineup(shown).map((option) => (
          <li key={option.option} className={option.cheapest ? "lineup__option lineup__option--cheapest" : "lineup__option"}>
            <h3 className="lineup__name">{option.name}</h3>
            {option.cheapest ? <p className="lineup__mark">{t({ message: "Cheapest", comment: "Mark on the cheapest option's card" })}</p> : null}
            <dl className="lineup__figures">
              <div>
                <dt>{t({ message: "Total", comment: "The cost over the whole horizon" })}</dt>
                <dd className="lineup__total">
                  <FigureButton scenario={scenario} figure={figureOf(option, "total")}>
                    {formatMoney(option.total, currency)}
                  </FigureButton>
                </dd>
              </div>
              <div>
                <dt>{t`Per person per month`}</dt>
                <dd>
                  <FigureButton scenario={scenario} figure={figureOf(option, "perSeatMonth")}>
                    {formatMoney(option.perSeatMonth, currency)}
                  </FigureButton>
                </dd>
              </div>
              {option.option > 0 ? (
                <div>
                  <dt>{t`Breaks even with break-fix`}</dt>
                  <dd>{breakEvenText(option.breakEvenMonth ?? null, months)}</dd>
                </div>
              ) : null}
            </dl>
            {option.focus ? <p className="lineup__note">{t`Compared in the verdict`}</p> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function figureOf(option: LineupOption, kind: "total" | "perSeatMonth"): Figure {
  return option.option === 0 ? { kind, side: "breakFix" } : { kind, side: "managed", plan: option.option };
}

/** No break between "month" and its number: the messages hold a no-break space. */
function breakEvenText(month: number | null, months: number): string {
  if (month === null) {
    return t({
      message: plural(months, { one: "Not within #\u00a0month", other: "Not within #\u00a0months" }),
      comment: "A plan never breaks even with break-fix. Keep a no-break space between the number and its word.",
    });
  }
  return month === 1
    ? t({ message: "From month\u00a01", comment: "A plan's break-even month. Keep a no-break space between the word and the number." })
    : t({ message: `In month\u00a0${month}`, comment: "A plan's break-even month. Keep a no-break space between the word and the number." });
}
