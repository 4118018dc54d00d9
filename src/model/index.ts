/**
 * The cost model's public interface (MODEL.md, "The programming interface"). Pure TypeScript:
 * loads in plain Node, in a browser and in a Web Worker.
 */
export {
  INPUTS,
  NUMBER_INPUTS,
  NUMERIC_KEYS,
  GROUP_LABELS,
  SENSITIVITY_KEYS,
  defaultScenario,
  inputDef,
  numberInputDef,
} from "./inputs.ts";
export type {
  BooleanInputDef,
  InputDef,
  InputGroup,
  InputKey,
  InputUnit,
  NumberInputDef,
  NumericKey,
  Scenario,
} from "./inputs.ts";
export { parseScenario, scenarioToParams, validateField, MODEL_VERSION, VERSION_KEY } from "./scenario.ts";
export type { InputProblem, ParseOptions } from "./scenario.ts";
export { computeCosts, horizonTotals } from "./costs.ts";
export type { CostResult, MonthFigures, SideMonth, SideSummary } from "./costs.ts";
export { simulate } from "./simulate.ts";
export type { Bands, SimulationMonth, SimulationResult } from "./simulate.ts";
export { sensitivity } from "./sensitivity.ts";
export type { SensitivityRow } from "./sensitivity.ts";
export { sizeCurve, sizeCrossover } from "./size-curve.ts";
export type { SizePoint } from "./size-curve.ts";
