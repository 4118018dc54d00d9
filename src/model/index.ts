/**
 * The cost model's public interface (MODEL.md, "The programming interface"). Pure TypeScript:
 * loads in plain Node, in a browser and in a Web Worker.
 */
import { SENSITIVITY_RANGES, type Scenario } from "./inputs.ts";
import { sensitivityOver, type SensitivityRow } from "./sensitivity.ts";

export {
  INPUTS,
  NUMBER_INPUTS,
  NUMERIC_KEYS,

  SENSITIVITY_KEYS,
  SENSITIVITY_RANGES,
  MAX_PLANS,
  PLAN_NUMERIC_KEYS,
  defaultPlanName,
  defaultPlanTerms,
  defaultScenario,
  inputDef,
  numberInputDef,
} from "./inputs.ts";
export type {
  BooleanInputDef,
  InputDef,
  InputGroup,
  InputKey,
  InputRange,
  InputUnit,
  NumberInputDef,
  NumericKey,
  PlanKey,
  PlanNumericKey,
  PlanTerms,
  Scenario,
  TextInputDef,
  TextKey,
} from "./inputs.ts";
export { cents, isPlanNumericKey, planCount, planKey, planScenario, planTerms, splitPlanKey } from "./plans.ts";
export { addPlan, removePlan, setPlanTerm } from "./plan-edits.ts";
export { decisionMap, lowerEnvelope } from "./decision-map.ts";
export type { DecisionColumn, DecisionMap, DecisionSegment } from "./decision-map.ts";
export { parseScenario, scenarioToParams, validateField, FOCUS_KEY, MODEL_VERSION, PLANS_KEY, VERSION_KEY } from "./scenario.ts";
export type { InputProblem, ParseOptions, ProblemCode, ProblemValues } from "./scenario.ts";
export { SIDE_MONTH_FIELDS, computeCosts, focusPlan, horizonTotals, optionTotals, planBreakEvenMonths } from "./costs.ts";
export type { CostResult, MonthFigures, PlanSummary, SideMonth, SideSummary } from "./costs.ts";
export { explain, reportedFigure } from "./explain.ts";
export type { CostFigure, Figure, MonthPart, SensitivityPart, Side } from "./explain.ts";
export type { Expression, ExpressionInput, Operation } from "./expression.ts";
export type { CallKind, Direction, InputOwner, Label, LabelCode, PlainLabelCode, SideValues, ValuedLabel } from "./labels.ts";
export type { FigureUnit } from "./arithmetic.ts";
export { simulate } from "./simulate.ts";
export type { SideBands, SimulationMonth, SimulationResult } from "./simulate.ts";
export type { Bands } from "./percentiles.ts";
export { SENSITIVITY_FACTORS, sensitivityOver, sensitivityScenario } from "./sensitivity.ts";
export type { SensitivityRow } from "./sensitivity.ts";

/**
 * Every numeric input but months, paths and seed, set 25 % below and above its value (MODEL.md,
 * "Outputs"); of the managed terms, the focus plan's (PLANS.md).
 */
export function sensitivity(scenario: Scenario): SensitivityRow[] {
  return sensitivityOver(scenario, SENSITIVITY_RANGES);
}
export { sizeCurve, sizeCrossover, sizeScenario } from "./size-curve.ts";
export type { SizePoint } from "./size-curve.ts";
