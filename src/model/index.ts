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
  GROUP_LABELS,
  SENSITIVITY_KEYS,
  SENSITIVITY_RANGES,
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
  Scenario,
} from "./inputs.ts";
export { parseScenario, scenarioToParams, validateField, MODEL_VERSION, VERSION_KEY } from "./scenario.ts";
export type { InputProblem, ParseOptions } from "./scenario.ts";
export { SIDE_MONTH_FIELDS, computeCosts, horizonTotals } from "./costs.ts";
export type { CostResult, MonthFigures, SideMonth, SideSummary } from "./costs.ts";
export { explain, reportedFigure } from "./explain.ts";
export type { CostFigure, Figure, MonthPart, SensitivityPart, Side } from "./explain.ts";
export type { Expression, ExpressionInput, Operation } from "./expression.ts";
export type { FigureUnit } from "./arithmetic.ts";
export { simulate } from "./simulate.ts";
export type { SimulationMonth, SimulationResult } from "./simulate.ts";
export type { Bands } from "./percentiles.ts";
export { SENSITIVITY_FACTORS, sensitivityOver, sensitivityScenario } from "./sensitivity.ts";
export type { SensitivityRow } from "./sensitivity.ts";

/** Every numeric input but months, paths and seed, set 25 % below and above its value (MODEL.md, "Outputs"). */
export function sensitivity(scenario: Scenario): SensitivityRow[] {
  return sensitivityOver(scenario, SENSITIVITY_RANGES);
}
export { sizeCurve, sizeCrossover, sizeScenario } from "./size-curve.ts";
export type { SizePoint } from "./size-curve.ts";
