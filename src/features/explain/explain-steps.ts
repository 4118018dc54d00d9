/**
 * The steps of a calculation worth writing out. The model keeps every term (its figures must not
 * depend on how they are shown), so an explanation would read "× 1" for no growth, "+ $0.00" for
 * onboarding after month 1 or for no work outside the fee; those terms are left out of the
 * written working here, and only here. A node's value never changes.
 */
import type { Expression, FigureUnit } from "../../model/index.ts";

/** Units of plain numbers, where 1 multiplies by nothing (a factor of 1, a share of 100 %). */
const DIMENSIONLESS: ReadonlySet<FigureUnit> = new Set<FigureUnit>(["factor", "fraction", "number"]);

const isZero = (node: Expression) => node.value === 0;
const isOne = (node: Expression) => node.value === 1 && DIMENSIONLESS.has(node.unit);

/** The node with the children that change nothing dropped: a single child left makes it "the same as" that child. */
export function withoutIdleSteps(node: Expression): Expression {
  const kept = keptChildren(node);
  if (kept === node.children) return node;
  if (kept.length === 1) return { ...node, op: "same", children: kept };
  return { ...node, children: kept };
}

function keptChildren(node: Expression): readonly Expression[] {
  const { op, children } = node;
  switch (op) {
    case "sum":
      return keepSome(children, children.filter((child) => !isZero(child)));
    case "difference":
      return keepSome(children, children.filter((child, index) => index === 0 || !isZero(child)));
    case "product":
      return keepSome(children, children.filter((child) => !isOne(child)));
    case "quotient":
      return isOne(children[1]!) ? [children[0]!] : children;
    default:
      return children;
  }
}

/** The kept children, or all of them when nothing would be left (0 + 0 is still written out) or nothing was dropped. */
function keepSome(all: readonly Expression[], kept: Expression[]): readonly Expression[] {
  return kept.length === 0 || kept.length === all.length ? all : kept;
}
