/**
 * Every option of a scenario with several managed plans, side by side: what each costs over the
 * horizon and per staff member, when it pays off, and which is cheapest. The embed shows it under
 * the verdict, which speaks of one plan only.
 */
import { formatMoney, type Currency } from "../../lib/format.ts";
import type { ScenarioSummary } from "../../embed-loader/messages.ts";
import { BREAK_FIX_NAME } from "./embed-summary.ts";
import "./plan-table.css";

type Props = { summary: ScenarioSummary; breakFixPerSeatMonth: number; currency: Currency };

function breakEven(month: number | null): string {
  return month === null ? "never" : `month ${month}`;
}

export function PlanTable({ summary, breakFixPerSeatMonth, currency }: Props) {
  const rows = [
    ...summary.plans.map((plan, index) => ({ option: index + 1, ...plan, breakEven: breakEven(plan.breakEvenMonth) })),
    { option: 0, name: BREAK_FIX_NAME, total: summary.breakFixTotal, perSeatMonth: breakFixPerSeatMonth, breakEven: "" },
  ];
  return (
    <div className="plan-table">
      <table className="plan-table__table">
        <caption className="plan-table__caption">The options over {summary.months} months</caption>
        <thead>
          <tr>
            <th scope="col">Option</th>
            <th scope="col">Total</th>
            <th scope="col">Per staff per month</th>
            <th scope="col">Pays off</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.option} className={row.option === summary.cheapest ? "plan-table__cheapest" : undefined}>
              <th scope="row">
                <span className="plan-table__name">{row.name}</span>
                {row.option === summary.cheapest ? <span className="plan-table__badge">cheapest</span> : null}
              </th>
              <td>{formatMoney(row.total, currency)}</td>
              <td>{formatMoney(row.perSeatMonth, currency)}</td>
              <td>{row.breakEven}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
