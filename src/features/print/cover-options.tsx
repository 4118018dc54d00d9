/**
 * The leave-behind's list of options, on its first page when the scenario holds several managed
 * plans: break-fix and each plan with its horizon total, and the cheapest named. Print only
 * (print.css). With one plan the verdict's totals already say all of this.
 */
import { formatMoney, type Currency } from "../../lib/format.ts";
import type { CostResult } from "../../model/index.ts";

const BREAK_FIX = "Break-fix (hourly)";

type Option = { name: string; total: number; perSeatMonth: number; cheapest: boolean };

function options(costs: CostResult): Option[] {
  return [
    { name: BREAK_FIX, total: costs.breakFix.total, perSeatMonth: costs.breakFix.perSeatMonth },
    ...costs.plans,
  ].map((option, index) => ({ name: option.name, total: option.total, perSeatMonth: option.perSeatMonth, cheapest: costs.cheapest === index }));
}

export function CoverOptions({ costs, months, currency }: { costs: CostResult; months: number; currency: Currency }) {
  if (costs.plans.length < 2) return null;
  const horizon = months === 1 ? "1 month" : `${months} months`;
  const list = options(costs);
  const cheapest = list.find((option) => option.cheapest)!;
  return (
    <section className="leave-behind cover-options" aria-labelledby="cover-options-title">
      <h2 id="cover-options-title" className="cover-options__title">
        Cheapest over {horizon}: {cheapest.name}
      </h2>
      <table className="cover-options__table">
        <caption className="visually-hidden">Every option’s total over {horizon}</caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            <th scope="col">Total over {horizon}</th>
            <th scope="col">Per person per month</th>
          </tr>
        </thead>
        <tbody>
          {list.map((option, index) => (
            <tr key={index} className={option.cheapest ? "cover-options__cheapest" : undefined}>
              <th scope="row">
                {option.name}
                {option.cheapest ? " (cheapest)" : null}
              </th>
              <td>{formatMoney(option.total, currency)}</td>
              <td>{formatMoney(option.perSeatMonth, currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
