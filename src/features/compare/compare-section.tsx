import { Suspense, useMemo, type ReactNode } from "react";
import { plural, t } from "@lingui/core/macro";
import { inputDef, splitPlanKey, type CostResult, type Figure, type Scenario } from "../../model/index.ts";
import { FigureButton } from "../../components/figure-button.tsx";
import { formatMoney, formatNumber, type Currency } from "../../lib/format.ts";
import { unitSuffix } from "../../lib/units.ts";
import { useCalculator } from "../../state/store.ts";
import { computeCostViews, type CostViews } from "../../state/use-costs.ts";
import { changedInputs, focusName, quotedName, type InputChange } from "./compare-data.ts";
import "./compare.css";
import { lazyComponent } from "../../app/lazy-component.ts";

/** Recharts comes with the charts chunk: the comparison's figures show first, its chart after. */
const CompareChart = lazyComponent(() => import("./compare-chart.tsx"));

function horizon(months: number): string {
  return plural(months, { one: "# month", other: "# months" });
}

/** A figure of A or B that opens its working with that scenario's values. */
function figure(scenario: Scenario, which: Figure, text: string): ReactNode {
  return (
    <FigureButton scenario={scenario} figure={which}>
      {text}
    </FigureButton>
  );
}

function breakEven(scenario: Scenario, costs: CostResult): ReactNode {
  const month = costs.breakEvenMonth;
  if (month === null) return t({ message: "none", comment: "no break-even month: the plan never pays for itself" });
  return figure(scenario, { kind: "breakEvenMonth" }, t({ message: `month ${month}`, comment: "the month a plan pays for itself in" }));
}

function signedMoney(value: number, currency: Currency): string {
  if (Math.abs(value) < 0.5) return formatMoney(0, currency);
  return value > 0 ? `+${formatMoney(value, currency)}` : `−${formatMoney(-value, currency)}`;
}

function describeValue(change: InputChange, value: number | boolean | string, currency: Currency): string {
  if (typeof value === "boolean") {
    return value ? t({ message: "on", comment: "a switch-like input's value" }) : t({ message: "off", comment: "a switch-like input's value" });
  }
  if (typeof value === "string") return change.described ? value : quotedName(value);
  const def = inputDef(splitPlanKey(change.key)?.key ?? change.key);
  const unit = def?.kind === "number" ? unitSuffix(def.unit, currency) : "";
  return `${formatNumber(value, 4)} ${unit}`.trim();
}

/** The plan whose figures a side shows, by name; "cheapest of n" when the scenario lets the cheapest be compared. */
function planCompared(scenario: Scenario, costs: CostResult): ReactNode {
  const name = focusName(costs);
  const count = costs.plans.length;
  if (scenario.focus !== 0 || count < 2) return name;
  return (
    <>
      {name}{" "}
      <span className="compare__plan-note">
        {t({ message: `(cheapest of ${count})`, comment: "the plan compared is the cheapest of this many plans" })}
      </span>
    </>
  );
}

type Row = { label: string; a: ReactNode; b: ReactNode; change: string };

/** The pinned scenario A beside the current one, B: totals, difference, break-even, and a chart of both. */
export function CompareSection({ costs, currency }: { costs: CostViews; currency: Currency }) {
  const pinned = useCalculator((state) => state.pinned);
  const swap = useCalculator((state) => state.swapPinned);
  const unpin = useCalculator((state) => state.unpinScenario);
  const aViews = useMemo(() => (pinned ? computeCostViews(pinned) : null), [pinned]);
  if (!pinned || !aViews) return null;

  const a = aViews.shown;
  const b = costs.shown;
  const changes = changedInputs(pinned, costs.scenario);
  const rows: Row[] = [
    {
      label: t({ message: "Horizon", comment: "the number of months compared" }),
      a: horizon(pinned.months),
      b: horizon(costs.scenario.months),
      change: "",
    },
    { label: t`Plan compared`, a: planCompared(pinned, a), b: planCompared(costs.scenario, b), change: "" },
    {
      label: t`Break-fix total`,
      a: figure(pinned, { kind: "total", side: "breakFix" }, formatMoney(a.breakFix.total, currency)),
      b: figure(costs.scenario, { kind: "total", side: "breakFix" }, formatMoney(b.breakFix.total, currency)),
      change: signedMoney(b.breakFix.total - a.breakFix.total, currency),
    },
    {
      label: t`Plan total`,
      a: figure(pinned, { kind: "total", side: "managed" }, formatMoney(a.managed.total, currency)),
      b: figure(costs.scenario, { kind: "total", side: "managed" }, formatMoney(b.managed.total, currency)),
      change: signedMoney(b.managed.total - a.managed.total, currency),
    },
    {
      label: t({ message: "Plan saves", comment: "break-fix's total less the plan's" }),
      a: figure(pinned, { kind: "difference" }, signedMoney(a.difference, currency)),
      b: figure(costs.scenario, { kind: "difference" }, signedMoney(b.difference, currency)),
      change: signedMoney(b.difference - a.difference, currency),
    },
    {
      label: t({ message: "Break-even", comment: "the month a plan pays for itself in" }),
      a: breakEven(pinned, a),
      b: breakEven(costs.scenario, b),
      change: "",
    },
  ];

  return (
    <section className="compare" aria-labelledby="compare-title">
      <h2 id="compare-title" className="section-title">
        {t`Scenario A against B`}
      </h2>
      <p className="compare__lede">
        {t`A is pinned; every change you make now changes B. Each side’s figures are for its plan compared with break-fix; “Plan saves” is break-fix’s total less that plan’s.`}
      </p>
      <div className="compare__scroll">
        <table className="compare__table">
          <thead>
            <tr>
              <td />
              <th scope="col">A</th>
              <th scope="col">B</th>
              <th scope="col" className="compare__change">
                B − A
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.a}</td>
                <td>{row.b}</td>
                <td className="compare__change">{row.change}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="compare__changes">
        {changes.length === 0 ? (
          <p>{t`A and B are the same so far: change any input to see B move.`}</p>
        ) : (
          <>
            <p className="compare__changes-title">{t`What differs`}</p>
            <ul>
              {changes.map((change) => {
                const [input, inA, inB] = [change.label, describeValue(change, change.a, currency), describeValue(change, change.b, currency)];
                return <li key={change.key}>{t`${input}: ${inA} in A, ${inB} in B`}</li>;
              })}
            </ul>
          </>
        )}
      </div>
      <div className="compare__actions">
        <button type="button" className="button" onClick={swap}>
          {t`Swap A and B`}
        </button>
        <button type="button" className="button" onClick={unpin}>
          {t`Unpin A`}
        </button>
      </div>
      <Suspense fallback={<div className="compare__plot compare__plot--loading">{t`Loading the chart…`}</div>}>
        <CompareChart a={a} b={b} currency={currency} aName={focusName(a)} bName={focusName(b)} />
      </Suspense>
    </section>
  );
}

/** Pins the current scenario as A, so the next changes build B beside it. */
export function PinButton() {
  const pinned = useCalculator((state) => state.pinned !== null);
  const pin = useCalculator((state) => state.pinScenario);
  const unpin = useCalculator((state) => state.unpinScenario);
  return (
    <div className="toolkit__actions">
      {pinned ? (
        <>
          <p className="toolkit__status">{t`Scenario A is pinned: the comparison is shown with the verdict.`}</p>
          <button type="button" className="button" onClick={pin}>
            {t`Pin the current scenario as A instead`}
          </button>
          <button type="button" className="button" onClick={unpin}>
            {t`Unpin A`}
          </button>
        </>
      ) : (
        <button type="button" className="button" onClick={pin}>
          {t`Pin this scenario as A`}
        </button>
      )}
    </div>
  );
}
