/**
 * Any figure of computeCosts with its working shown: the formulas of formulas.ts evaluated on
 * expressions (expression.ts), down to the scenario's inputs. Not a second implementation: the
 * same formulas give computeCosts its numbers.
 */
import { EXPRESSIONS, type Expression } from "./expression.ts";
import type { InputOwner, Label } from "./labels.ts";
import * as formulas from "./formulas.ts";
import type { MonthOf, Side, SideMonthOf } from "./formulas.ts";
import { focusPlan, type CostResult } from "./costs.ts";
import { SENSITIVITY_RANGES, numberInputDef, type Scenario } from "./inputs.ts";
import { planScenario, splitPlanKey } from "./plans.ts";
import { SENSITIVITY_FACTORS, sensitivityScenario } from "./sensitivity.ts";

export type { Side } from "./formulas.ts";

/** A part of one side's month: any field of its figures, or its running total. */
export type MonthPart = keyof SideMonthOf<number> | "cumulative";

/**
 * A figure that can be explained. A managed figure is plan `plan`'s (1-based), or the focus plan's
 * when `plan` is absent; the difference, break-even figures and sensitivity are the focus plan's.
 */
export type Figure =
  /** Horizon total; the sum of its invoices; of its downtime cost; its downtime hours; its averages. */
  | { kind: "total" | "invoices" | "downtime" | "downtimeHours" | "averageMonth" | "perSeatMonth"; side: Side; plan?: number }
  | { kind: "month"; side: Side; month: number; part: MonthPart; plan?: number }
  | { kind: "difference" | "breakEvenMonth" | "breakEvenIssues" }
  /** One row of the sensitivity table, by its key as in a link (`p2.msSeat`): the difference with the input 25 % lower or higher, or the swing. */
  | { kind: "sensitivity"; key: string; part: SensitivityPart };

export type SensitivityPart = "lower" | "higher" | "swing";

/** The figures computeCosts reports (the sensitivity rows come from sensitivityOver). */
export type CostFigure = Exclude<Figure, { kind: "sensitivity" }>;

const E = EXPRESSIONS;

function named(expression: Expression, label: Label): Expression {
  return { ...expression, label };
}

/** The figure, as an expression whose root's value is what computeCosts reports (NaN for "none"). */
export function explain(input: Scenario, figure: Figure): Expression {
  const plan = "plan" in figure && figure.plan !== undefined ? figure.plan : focusPlan(input);
  // The scenario seen through the plan: MODEL.md's formulas with that plan's terms.
  const scenario = planScenario(input, plan);
  if (figure.kind === "breakEvenIssues") return formulas.breakEvenIssues(E, scenario);
  if (figure.kind === "sensitivity") return sensitivityFigure(scenario, figure.key, figure.part);
  if (figure.kind === "month") return monthFigure(scenario, figure.side, figure.month, figure.part);
  const all = formulas.horizonMonths(E, scenario);
  const planName = formulas.planName(scenario, "managed");
  switch (figure.kind) {
    case "difference":
      return formulas.difference(E, formulas.sideSummary(E, all, "breakFix").total, formulas.sideSummary(E, all, "managed", planName).total);
    case "breakEvenMonth":
      return formulas.breakEven(E, formulas.runningTotals(E, all, "breakFix"), formulas.runningTotals(E, all, "managed", planName));
    case "invoices":
    case "downtime": {
      const invoices = figure.kind === "invoices";
      const field = invoices ? "invoice" : "downtimeCost";
      const partLabel: Label = { code: invoices ? "monthInvoice" : "monthDowntimeCost" };
      const values = { side: figure.side, plan: formulas.planName(scenario, figure.side), months: all.length };
      return E.total(
        { code: invoices ? "sideInvoicesOverHorizon" : "sideDowntimeCostOverHorizon", values },
        "money",
        all.map((month) => named(month[figure.side][field], partLabel)),
      );
    }
    case "total":
    case "downtimeHours":
    case "averageMonth":
    case "perSeatMonth":
      return formulas.sideSummary(E, all, figure.side, formulas.planName(scenario, figure.side))[figure.kind];
  }
}

function monthFigure(scenario: Scenario, side: Side, month: number, part: MonthPart): Expression {
  const plan = formulas.planName(scenario, side);
  const label: Label = { code: "sideMonthPart", values: { side, plan, part, month } };
  if (part === "cumulative") {
    const all: MonthOf<Expression>[] = formulas.horizonMonths(E, { ...scenario, months: month });
    return named(formulas.runningTotals(E, all, side, plan)[month - 1]!, label);
  }
  const bfTerms = formulas.breakFixCallTerms(E, scenario);
  const msTerms = formulas.managedCallTerms(E, scenario);
  return named(formulas.monthFigures(E, scenario, bfTerms, msTerms, month)[side][part], label);
}

/**
 * The difference with one input scaled, as sensitivityOver finds it; or how far apart the two lie.
 * `scenario` is seen through the focus plan, whose terms the key names (`msSeat` or `p2.msSeat`).
 */
function sensitivityFigure(scenario: Scenario, linkKey: string, part: SensitivityPart): Expression {
  const key = splitPlanKey(linkKey)?.key ?? linkKey;
  const range = SENSITIVITY_RANGES.find((candidate) => candidate.key === key);
  if (!range) throw new Error(`no sensitivity range for ${linkKey}`);
  const def = numberInputDef(range.key);
  // Inputs both sides have ("Hours per user issue") say whose they are.
  const owner: InputOwner = def.group === "breakFix" || def.group === "managed" ? def.group : "both";
  const input = { key: linkKey, owner, plan: owner === "managed" ? scenario.msName : "" };
  const at = (side: "lower" | "higher") => {
    const changed = sensitivityScenario(scenario, range, SENSITIVITY_FACTORS[side]);
    // The plan's view already holds the focus plan's terms; its difference is break-fix less this plan.
    const all = formulas.horizonMonths(E, changed);
    const root = formulas.difference(
      E,
      formulas.sideSummary(E, all, "breakFix").total,
      formulas.sideSummary(E, all, "managed", changed.msName).total,
    );
    const values = { ...input, direction: side, changed: changed[range.key], current: scenario[range.key] };
    return named(root, { code: "sensitivityDifference", values });
  };
  if (part !== "swing") return at(part);
  return named(formulas.swing(E, at("lower"), at("higher")), { code: "sensitivitySwing", values: input });
}

/** What computeCosts reports for the figure: null where a figure is none. */
export function reportedFigure(result: CostResult, figure: CostFigure): number | null {
  switch (figure.kind) {
    case "difference":
    case "breakEvenMonth":
    case "breakEvenIssues":
      return result[figure.kind];
    case "month":
      return sideOf(result.months[figure.month - 1]!, figure.side, figure.plan)[figure.part];
    case "invoices":
    case "downtime": {
      const field = figure.kind === "invoices" ? "invoice" : "downtimeCost";
      let total = 0;
      for (const month of result.months) total += sideOf(month, figure.side, figure.plan)[field];
      return total;
    }
    default:
      return sideOf(result, figure.side, figure.plan)[figure.kind];
  }
}

/** One side's figures: break-fix's, plan `plan`'s, or (no plan given) the focus plan's. */
function sideOf<Figures>(of: { breakFix: Figures; managed: Figures; plans: readonly Figures[] }, side: Side, plan?: number): Figures {
  if (side === "breakFix") return of.breakFix;
  return plan === undefined ? of.managed : of.plans[plan - 1]!;
}
