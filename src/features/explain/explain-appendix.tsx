/**
 * The printout's appendix: how the headline figures are worked out (the horizon totals of
 * break-fix and the focus plan, the difference, the break-even month, then each other plan's
 * total), with this scenario's values, two levels deep. Printed only.
 */
import { t } from "@lingui/core/macro";
import { explain } from "../../model/explain.ts";
import { focusPlan } from "../../model/costs.ts";
import { planCount, planTerms } from "../../model/plans.ts";
import type { Expression, Figure, Scenario } from "../../model/index.ts";
import type { Currency } from "../../lib/format.ts";
import { equation, formatNode, monthRuns, runHeading } from "./explain-text.ts";
import { withoutIdleSteps } from "./explain-steps.ts";
import { labelText, planName } from "./label-text.ts";
import "./explain.css";

/** The figures the appendix works out, in order. */
export function headlineFigures(scenario: Scenario): Figure[] {
  const focus = focusPlan(scenario);
  const others: Figure[] = [];
  for (let plan = 1; plan <= planCount(scenario); plan++) {
    if (plan !== focus) others.push({ kind: "total", side: "managed", plan });
  }
  return [
    { kind: "total", side: "breakFix" },
    { kind: "total", side: "managed", plan: focus },
    { kind: "difference" },
    { kind: "breakEvenMonth" },
    ...others,
  ];
}

/** The parts of a figure worth a line of their own: each run of equal months, or each calculated child. */
function parts(written: Expression): { name: string; node: Expression }[] {
  const node = withoutIdleSteps(written);
  if (node.op === "total") {
    return monthRuns(node).map((run) => ({ name: runHeading(run), node: run.node }));
  }
  if (node.op === "breakEvenMonth") return [];
  return node.children
    .filter((child) => child.op !== "constant" && child.op !== "input")
    .map((child) => ({ name: labelText(child.label), node: child }));
}

/** The working of a figure's parts, `depth` levels down. */
function Parts({ node, currency, depth, plan }: { node: Expression; currency: Currency; depth: number; plan: string }) {
  const list = depth > 0 ? parts(node) : [];
  if (list.length === 0) return null;
  return (
    <ul className="explain-appendix__parts">
      {list.map((part, index) => (
        <li key={index}>
          {part.name}: {equation(part.node, currency, plan)}
          <Parts node={part.node} currency={currency} depth={depth - 1} plan={plan} />
        </li>
      ))}
    </ul>
  );
}

export default function ExplainAppendix({ scenario, currency }: { scenario: Scenario; currency: Currency }) {
  const count = planCount(scenario);
  const focusName = planName(planTerms(scenario, focusPlan(scenario)).msName);
  return (
    <section className="explain-appendix" aria-labelledby="explain-appendix-title">
      <h2 id="explain-appendix-title" className="section-title">
        {t`Appendix: how the headline figures are calculated`}
      </h2>
      <p>
        {scenario.downtime
          ? t`Each figure written out with this scenario’s values, downtime counted in the totals. The link on the first page opens every figure’s full working, down to each input.`
          : t`Each figure written out with this scenario’s values, invoices only. The link on the first page opens every figure’s full working, down to each input.`}
        {count > 1
          ? ` ${t`The difference and the break-even month compare break-fix with ${focusName}, the plan the verdict compares; the other plans’ totals follow.`}`
          : null}
      </p>
      {headlineFigures(scenario).map((figure, index) => {
        const root = explain(scenario, figure);
        const plan = "plan" in figure && figure.plan !== undefined ? planName(planTerms(scenario, figure.plan).msName) : focusName;
        return (
          <div key={index} className="explain-appendix__figure">
            <h3 className="explain-appendix__title">
              {labelText(root.label)}: {formatNode(root, currency)}
            </h3>
            <p className="explain-eq">{equation(root, currency, plan)}</p>
            <Parts node={root} currency={currency} depth={2} plan={plan} />
          </div>
        );
      })}
    </section>
  );
}
