/**
 * Every option of a scenario with several managed plans, side by side: what each costs over the
 * horizon and per staff member, when it pays off, and which is cheapest. The embed shows it under
 * the verdict, which speaks of one plan only.
 */
import { plural, t } from "@lingui/core/macro";
import { formatMoney, type Currency } from "../../lib/format.ts";
import type { ScenarioSummary } from "../../embed-loader/messages.ts";
import "./plan-table.css";

type Props = { summary: ScenarioSummary; breakFixPerSeatMonth: number; currency: Currency };

/** When a plan pays off, in the table's "Pays off" column. */
function breakEven(month: number | null): string {
  return month === null ? t({ message: "never", comment: "A plan that never pays off, under the column heading Pays off" }) : t`month ${month}`;
}

export function PlanTable({ summary, breakFixPerSeatMonth, currency }: Props) {
  const months = summary.months;
  const rows = [
    ...summary.plans.map((plan, index) => ({ option: index + 1, ...plan, breakEven: breakEven(plan.breakEvenMonth) })),
    { option: 0, name: t`Break-fix`, total: summary.breakFixTotal, perSeatMonth: breakFixPerSeatMonth, breakEven: "" },
  ];
  return (
    <div className="plan-table">
      <table className="plan-table__table">
        <caption className="plan-table__caption">
          {plural(months, { one: "The options over # month", other: "The options over # months" })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t({ message: "Option", comment: "Column heading: a managed plan, or break-fix" })}</th>
            <th scope="col">{t({ message: "Total", comment: "Column heading: what an option costs over the horizon" })}</th>
            <th scope="col">{t`Per staff per month`}</th>
            <th scope="col">{t`Pays off`}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.option} className={row.option === summary.cheapest ? "plan-table__cheapest" : undefined}>
              <th scope="row">
                <span className="plan-table__name">{row.name}</span>
                {row.option === summary.cheapest ? <span className="plan-table__badge">{t({ message: "cheapest", comment: "Badge on the cheapest option in the table" })}</span> : null}
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
