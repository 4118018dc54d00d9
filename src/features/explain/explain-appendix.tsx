/**
 * The printout's appendix: how the headline figures are worked out (both horizon totals, the
 * difference, the break-even month), with this scenario's values, two levels deep. Printed only.
 */
import { explain } from "../../model/explain.ts";
import type { Expression, Figure, Scenario } from "../../model/index.ts";
import type { Currency } from "../../lib/format.ts";
import { equation, formatNode, monthRuns } from "./explain-text.ts";
import "./explain.css";

const HEADLINE_FIGURES: readonly Figure[] = [
  { kind: "total", side: "breakFix" },
  { kind: "total", side: "managed" },
  { kind: "difference" },
  { kind: "breakEvenMonth" },
];

/** The parts of a figure worth a line of their own: each run of equal months, or each calculated child. */
function parts(node: Expression): { name: string; node: Expression }[] {
  if (node.op === "total") {
    return monthRuns(node).map((run) => ({
      name: run.first === run.last ? `Month ${run.first}` : `Months ${run.first}–${run.last}, each`,
      node: run.node,
    }));
  }
  if (node.op === "breakEvenMonth") return [];
  return node.children.filter((child) => child.op !== "constant" && child.op !== "input").map((child) => ({ name: child.label, node: child }));
}

/** The working of a figure's parts, `depth` levels down. */
function Parts({ node, currency, depth }: { node: Expression; currency: Currency; depth: number }) {
  const list = depth > 0 ? parts(node) : [];
  if (list.length === 0) return null;
  return (
    <ul className="explain-appendix__parts">
      {list.map((part) => (
        <li key={part.name}>
          {part.name}: {equation(part.node, currency)}
          <Parts node={part.node} currency={currency} depth={depth - 1} />
        </li>
      ))}
    </ul>
  );
}

export default function ExplainAppendix({ scenario, currency }: { scenario: Scenario; currency: Currency }) {
  return (
    <section className="explain-appendix" aria-labelledby="explain-appendix-title">
      <h2 id="explain-appendix-title" className="section-title">
        Appendix: how the headline figures are calculated
      </h2>
      <p>
        Each figure written out with this scenario’s values
        {scenario.downtime ? ", downtime counted in the totals" : ", invoices only"}. The link on the first page opens
        every figure’s full working, down to each input.
      </p>
      {HEADLINE_FIGURES.map((figure) => {
        const root = explain(scenario, figure);
        return (
          <div key={root.label} className="explain-appendix__figure">
            <h3 className="explain-appendix__title">
              {root.label}: {formatNode(root, currency)}
            </h3>
            <p className="explain-eq">{equation(root, currency)}</p>
            <Parts node={root} currency={currency} depth={2} />
          </div>
        );
      })}
    </section>
  );
}
