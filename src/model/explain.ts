/**
 * Any figure of computeCosts with its working shown: the formulas of formulas.ts evaluated on
 * expressions (expression.ts), down to the scenario's inputs. Not a second implementation: the
 * same formulas give computeCosts its numbers.
 */
import { EXPRESSIONS, type Expression } from "./expression.ts";
import * as formulas from "./formulas.ts";
import type { MonthOf, Side, SideMonthOf } from "./formulas.ts";
import type { CostResult } from "./costs.ts";
import { SENSITIVITY_RANGES, numberInputDef, type NumericKey, type Scenario } from "./inputs.ts";
import { SENSITIVITY_FACTORS, sensitivityScenario } from "./sensitivity.ts";

export type { Side } from "./formulas.ts";

/** A part of one side's month: any field of its figures, or its running total. */
export type MonthPart = keyof SideMonthOf<number> | "cumulative";

/** A figure that can be explained. */
export type Figure =
  /** Horizon total; the sum of its invoices; of its downtime cost; its downtime hours; its averages. */
  | { kind: "total" | "invoices" | "downtime" | "downtimeHours" | "averageMonth" | "perSeatMonth"; side: Side }
  | { kind: "month"; side: Side; month: number; part: MonthPart }
  | { kind: "difference" | "breakEvenMonth" | "breakEvenIssues" }
  /** One row of the sensitivity table: the difference with the input 25 % lower or higher, or the swing. */
  | { kind: "sensitivity"; key: NumericKey; part: SensitivityPart };

export type SensitivityPart = "lower" | "higher" | "swing";

/** The figures computeCosts reports (the sensitivity rows come from sensitivityOver). */
export type CostFigure = Exclude<Figure, { kind: "sensitivity" }>;

const E = EXPRESSIONS;

const PART_LABELS: Readonly<Record<MonthPart, string>> = {
  userCalls: "user calls",
  serverCalls: "server calls",
  outages: "major outages",
  livedWith: "problems lived with",
  invoice: "invoice",
  labour: "labour at standard rates",
  afterHoursPremium: "after-hours premium",
  callOutFees: "call-out fees",
  fee: "monthly fee",
  onboarding: "onboarding",
  downtimeHours: "downtime in staff-hours",
  downtimeCost: "downtime cost",
  total: "total",
  cumulative: "total to date",
};

const months = (count: number) => (count === 1 ? "1 month" : `${count} months`);

function named(expression: Expression, label: string): Expression {
  return { ...expression, label };
}

/** The figure, as an expression whose root's value is what computeCosts reports (NaN for "none"). */
export function explain(scenario: Scenario, figure: Figure): Expression {
  if (figure.kind === "breakEvenIssues") return formulas.breakEvenIssues(E, scenario);
  if (figure.kind === "sensitivity") return sensitivityFigure(scenario, figure.key, figure.part);
  if (figure.kind === "month") return monthFigure(scenario, figure.side, figure.month, figure.part);
  const all = formulas.horizonMonths(E, scenario);
  switch (figure.kind) {
    case "difference":
      return formulas.difference(E, formulas.sideSummary(E, all, "breakFix").total, formulas.sideSummary(E, all, "managed").total);
    case "breakEvenMonth":
      return formulas.breakEven(E, formulas.runningTotals(E, all, "breakFix"), formulas.runningTotals(E, all, "managed"));
    case "invoices":
    case "downtime": {
      const field = figure.kind === "invoices" ? "invoice" : "downtimeCost";
      const what = figure.kind === "invoices" ? "invoices" : "downtime cost";
      return E.total(
        `${formulas.SIDE_LABELS[figure.side]} ${what} over ${months(all.length)}`,
        "money",
        all.map((month) => named(month[figure.side][field], PART_LABELS[field])),
      );
    }
    case "total":
    case "downtimeHours":
    case "averageMonth":
    case "perSeatMonth":
      return formulas.sideSummary(E, all, figure.side)[figure.kind];
  }
}

function monthFigure(scenario: Scenario, side: Side, month: number, part: MonthPart): Expression {
  const label = `${formulas.SIDE_LABELS[side]} ${PART_LABELS[part]}, month ${month}`;
  if (part === "cumulative") {
    const all: MonthOf<Expression>[] = formulas.horizonMonths(E, { ...scenario, months: month });
    return named(formulas.runningTotals(E, all, side)[month - 1]!, label);
  }
  const bfTerms = formulas.breakFixCallTerms(E, scenario);
  const msTerms = formulas.managedCallTerms(E, scenario);
  return named(formulas.monthFigures(E, scenario, bfTerms, msTerms, month)[side][part], label);
}

/** The difference with one input scaled, as sensitivityOver finds it; or how far apart the two lie. */
function sensitivityFigure(scenario: Scenario, key: NumericKey, part: SensitivityPart): Expression {
  const range = SENSITIVITY_RANGES.find((candidate) => candidate.key === key);
  if (!range) throw new Error(`no sensitivity range for ${key}`);
  const def = numberInputDef(key);
  // Inputs both sides have ("Hours per user issue") say whose they are.
  const label = def.group === "breakFix" || def.group === "managed" ? `${formulas.SIDE_LABELS[def.group]}: ${def.label}` : def.label;
  const at = (side: "lower" | "higher") => {
    const changed = sensitivityScenario(scenario, range, SENSITIVITY_FACTORS[side]);
    const root = explain(changed, { kind: "difference" });
    const value = (of: Scenario) => String(Number(of[key].toPrecision(6)));
    return named(root, `Difference with ${label} 25 % ${side} (${value(changed)} instead of ${value(scenario)})`);
  };
  if (part !== "swing") return at(part);
  return named(formulas.swing(E, at("lower"), at("higher")), `Swing of ${label}`);
}

/** What computeCosts reports for the figure: null where a figure is none. */
export function reportedFigure(result: CostResult, figure: CostFigure): number | null {
  switch (figure.kind) {
    case "difference":
    case "breakEvenMonth":
    case "breakEvenIssues":
      return result[figure.kind];
    case "month":
      return result.months[figure.month - 1]![figure.side][figure.part];
    case "invoices":
    case "downtime": {
      const field = figure.kind === "invoices" ? "invoice" : "downtimeCost";
      let total = 0;
      for (const month of result.months) total += month[figure.side][field];
      return total;
    }
    default:
      return result[figure.side][figure.kind];
  }
}
