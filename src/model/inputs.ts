import { PLAN_NUMERIC_KEYS } from "./plans.ts";

/**
 * The one table of every scenario input (MODEL.md, "Inputs"). The Zod schema, the URL keys,
 * the form fields, help texts, the sensitivity list and the assumptions list all derive from it.
 */

/** How MODEL.md groups the inputs; also the order of the form's sections. */
export type InputGroup = "business" | "frequency" | "breakFix" | "managed" | "simulation";

/** The unit an input is measured in; `percent` values are whole percent (25 means 25 %). */
export type InputUnit =
  | "people"
  | "devices"
  | "servers"
  | "money"
  | "moneyPerHour"
  | "percent"
  | "months"
  | "hours"
  | "perSeatMonth"
  | "perServerYear"
  | "perYear"
  | "multiplier"
  | "count"
  | "integer";

export type NumberInputDef = {
  readonly kind: "number";
  readonly key: NumericKey;
  readonly unit: InputUnit;
  readonly group: InputGroup;
  readonly defaultValue: number;
  readonly min: number;
  readonly max: number;
  /** Suggested step for a slider or spinner; parsing accepts any value in range. */
  readonly step: number;
  readonly integer: boolean;
  /** One of the five inputs shown up front; the rest fold under "More assumptions". */
  readonly primary?: boolean;
};

export type BooleanInputDef = {
  readonly kind: "boolean";
  readonly key: BooleanKey;
  readonly group: InputGroup;
  readonly defaultValue: boolean;
};

/** A plan's name (PLANS.md): text only, never markup, trimmed, 1 – 40 characters, no control characters. */
export type TextInputDef = {
  readonly kind: "text";
  readonly key: TextKey;
  readonly group: InputGroup;
  readonly defaultValue: string;
  readonly maxLength: number;
};

export type InputDef = NumberInputDef | BooleanInputDef | TextInputDef;

export const NUMERIC_KEYS = [
  "seats",
  "endpoints",
  "servers",
  "staffCost",
  "growth",
  "months",
  "loss",
  "paths",
  "seed",
  "issues",
  "srvIssues",
  "outages",
  "srvImpact",
  "bfRate",
  "bfMin",
  "bfStep",
  "bfAfter",
  "bfAfterX",
  "bfOnsite",
  "bfCallOut",
  "bfHours",
  "bfSrvHours",
  "bfOutageHours",
  "bfWait",
  "bfDown",
  "bfRecur",
  "bfReported",
  "bfLiveWith",
  // The managed terms, which every plan has (plans.ts).
  ...PLAN_NUMERIC_KEYS,
] as const;

export type NumericKey = (typeof NUMERIC_KEYS)[number];
export type BooleanKey = "downtime";
export type TextKey = "msName";
export type InputKey = NumericKey | BooleanKey | TextKey;

export { PLAN_NUMERIC_KEYS };
export type PlanNumericKey = (typeof PLAN_NUMERIC_KEYS)[number];
/** A key every plan has: its name and its numeric terms. */
export type PlanKey = PlanNumericKey | TextKey;

/** One managed plan's terms: its name and every managed term, in the units of the URL. */
export type PlanTerms = { readonly [K in PlanNumericKey]: number } & { readonly msName: string };

/** The most managed plans one scenario holds. */
export const MAX_PLANS = 4;

/**
 * A scenario in the units of the URL and the UI: money as plain numbers, percentages as whole
 * percent, counts as integers. The arithmetic converts percentages to fractions itself.
 *
 * Plan 1's terms are the unprefixed managed keys (`msSeat`, `msName`, …), as in a version-1 link;
 * plans 2 … `plans` are `otherPlans`, in order, so the plan count is 1 + otherPlans.length.
 * `focus` is the plan the verdict compares with break-fix, 0 for the cheapest (PLANS.md).
 */
export type Scenario = { readonly [K in NumericKey]: number } & {
  readonly downtime: boolean;
  readonly msName: string;
  readonly focus: number;
  readonly otherPlans: readonly PlanTerms[];
};

type NumberRow = Omit<NumberInputDef, "kind" | "integer"> & { integer?: boolean };

function num(row: NumberRow): NumberInputDef {
  return { kind: "number", integer: false, ...row };
}

export const INPUTS: readonly InputDef[] = [
  // The business
  num({
    key: "seats",
    unit: "people",
    group: "business",
    defaultValue: 25,
    min: 1,
    max: 5000,
    step: 1,
    integer: true,
    primary: true,
  }),
  num({
    key: "endpoints",
    unit: "devices",
    group: "business",
    defaultValue: 30,
    min: 0,
    max: 20000,
    step: 1,
    integer: true,
    primary: true,
  }),
  num({
    key: "servers",
    unit: "servers",
    group: "business",
    defaultValue: 2,
    min: 0,
    max: 1000,
    step: 1,
    integer: true,
    primary: true,
  }),
  num({
    key: "staffCost",
    unit: "moneyPerHour",
    group: "business",
    defaultValue: 45,
    min: 0,
    max: 1000,
    step: 1,
    primary: true,
  }),
  num({
    key: "growth",
    unit: "percent",
    group: "business",
    defaultValue: 0,
    min: -50,
    max: 200,
    step: 1,
  }),
  num({
    key: "months",
    unit: "months",
    group: "business",
    defaultValue: 36,
    min: 1,
    max: 120,
    step: 1,
    integer: true,
  }),
  num({
    key: "loss",
    unit: "percent",
    group: "business",
    defaultValue: 25,
    min: 0,
    max: 100,
    step: 1,
  }),
  {
    kind: "boolean",
    key: "downtime",
    group: "business",
    defaultValue: true,
  },
  // How often things break
  num({
    key: "issues",
    unit: "perSeatMonth",
    group: "frequency",
    defaultValue: 0.5,
    min: 0,
    max: 10,
    step: 0.05,
    primary: true,
  }),
  num({
    key: "srvIssues",
    unit: "perServerYear",
    group: "frequency",
    defaultValue: 3,
    min: 0,
    max: 100,
    step: 0.5,
  }),
  num({
    key: "outages",
    unit: "perYear",
    group: "frequency",
    defaultValue: 0.5,
    min: 0,
    max: 52,
    step: 0.1,
  }),
  num({
    key: "srvImpact",
    unit: "percent",
    group: "frequency",
    defaultValue: 25,
    min: 0,
    max: 100,
    step: 1,
  }),
  // Break-fix terms
  num({
    key: "bfRate",
    unit: "moneyPerHour",
    group: "breakFix",
    defaultValue: 150,
    min: 0,
    max: 2000,
    step: 5,
  }),
  num({
    key: "bfMin",
    unit: "hours",
    group: "breakFix",
    defaultValue: 1,
    min: 0,
    max: 8,
    step: 0.25,
  }),
  num({
    key: "bfStep",
    unit: "hours",
    group: "breakFix",
    defaultValue: 0.25,
    min: 0,
    max: 4,
    step: 0.25,
  }),
  num({
    key: "bfAfter",
    unit: "percent",
    group: "breakFix",
    defaultValue: 15,
    min: 0,
    max: 100,
    step: 1,
  }),
  num({
    key: "bfAfterX",
    unit: "multiplier",
    group: "breakFix",
    defaultValue: 1.5,
    min: 1,
    max: 5,
    step: 0.1,
  }),
  num({
    key: "bfOnsite",
    unit: "percent",
    group: "breakFix",
    defaultValue: 30,
    min: 0,
    max: 100,
    step: 1,
  }),
  num({
    key: "bfCallOut",
    unit: "money",
    group: "breakFix",
    defaultValue: 90,
    min: 0,
    max: 5000,
    step: 5,
  }),
  num({
    key: "bfHours",
    unit: "hours",
    group: "breakFix",
    defaultValue: 1.5,
    min: 0,
    max: 80,
    step: 0.25,
  }),
  num({
    key: "bfSrvHours",
    unit: "hours",
    group: "breakFix",
    defaultValue: 4,
    min: 0,
    max: 200,
    step: 0.5,
  }),
  num({
    key: "bfOutageHours",
    unit: "hours",
    group: "breakFix",
    defaultValue: 24,
    min: 0,
    max: 1000,
    step: 1,
  }),
  num({
    key: "bfWait",
    unit: "hours",
    group: "breakFix",
    defaultValue: 8,
    min: 0,
    max: 720,
    step: 1,
  }),
  num({
    key: "bfDown",
    unit: "hours",
    group: "breakFix",
    defaultValue: 16,
    min: 0,
    max: 720,
    step: 1,
  }),
  num({
    key: "bfRecur",
    unit: "percent",
    group: "breakFix",
    defaultValue: 25,
    min: 0,
    max: 90,
    step: 1,
  }),
  num({
    key: "bfReported",
    unit: "percent",
    group: "breakFix",
    defaultValue: 60,
    min: 0,
    max: 100,
    step: 1,
  }),
  num({
    key: "bfLiveWith",
    unit: "hours",
    group: "breakFix",
    defaultValue: 3,
    min: 0,
    max: 200,
    step: 0.5,
  }),
  // Managed terms
  num({
    key: "msSeat",
    unit: "money",
    group: "managed",
    defaultValue: 110,
    min: 0,
    max: 5000,
    step: 5,
  }),
  num({
    key: "msEndpoint",
    unit: "money",
    group: "managed",
    defaultValue: 0,
    min: 0,
    max: 1000,
    step: 1,
  }),
  num({
    key: "msServer",
    unit: "money",
    group: "managed",
    defaultValue: 150,
    min: 0,
    max: 10000,
    step: 5,
  }),
  num({
    key: "msMin",
    unit: "money",
    group: "managed",
    defaultValue: 500,
    min: 0,
    max: 1000000,
    step: 50,
  }),
  num({
    key: "msOnboard",
    unit: "money",
    group: "managed",
    defaultValue: 2000,
    min: 0,
    max: 1000000,
    step: 100,
  }),
  num({
    key: "msFewer",
    unit: "percent",
    group: "managed",
    defaultValue: 40,
    min: 0,
    max: 95,
    step: 1,
  }),
  num({
    key: "msFewerOutages",
    unit: "percent",
    group: "managed",
    defaultValue: 60,
    min: 0,
    max: 100,
    step: 1,
  }),
  num({
    key: "msHours",
    unit: "hours",
    group: "managed",
    defaultValue: 0.75,
    min: 0,
    max: 80,
    step: 0.25,
  }),
  num({
    key: "msSrvHours",
    unit: "hours",
    group: "managed",
    defaultValue: 2,
    min: 0,
    max: 200,
    step: 0.5,
  }),
  num({
    key: "msWait",
    unit: "hours",
    group: "managed",
    defaultValue: 1,
    min: 0,
    max: 720,
    step: 0.5,
  }),
  num({
    key: "msDown",
    unit: "hours",
    group: "managed",
    defaultValue: 4,
    min: 0,
    max: 720,
    step: 1,
  }),
  num({
    key: "msRecur",
    unit: "percent",
    group: "managed",
    defaultValue: 5,
    min: 0,
    max: 90,
    step: 1,
  }),
  num({
    key: "msOutside",
    unit: "percent",
    group: "managed",
    defaultValue: 0,
    min: 0,
    max: 100,
    step: 5,
  }),
  num({
    key: "msRate",
    unit: "moneyPerHour",
    group: "managed",
    defaultValue: 150,
    min: 0,
    max: 2000,
    step: 5,
  }),
  {
    kind: "text",
    key: "msName",
    group: "managed",
    defaultValue: "Managed",
    maxLength: 40,
  },
  // Simulation
  num({
    key: "paths",
    unit: "count",
    group: "simulation",
    defaultValue: 2000,
    min: 200,
    max: 20000,
    step: 100,
    integer: true,
  }),
  num({
    key: "seed",
    unit: "integer",
    group: "simulation",
    defaultValue: 1,
    min: 0,
    max: 4294967295,
    step: 1,
    integer: true,
  }),
];


const BY_KEY = new Map<string, InputDef>(INPUTS.map((input) => [input.key, input]));

export function inputDef(key: string): InputDef | undefined {
  return BY_KEY.get(key);
}

export function numberInputDef(key: NumericKey): NumberInputDef {
  const def = BY_KEY.get(key);
  if (def?.kind !== "number") throw new Error(`no numeric input ${key}`);
  return def;
}

export const NUMBER_INPUTS: readonly NumberInputDef[] = INPUTS.filter(
  (input): input is NumberInputDef => input.kind === "number",
);

/** Inputs that the sensitivity analysis varies: every numeric input but the horizon and the simulation. */
export const SENSITIVITY_KEYS: readonly NumericKey[] = NUMBER_INPUTS.map((input) => input.key).filter(
  (key) => key !== "months" && key !== "paths" && key !== "seed",
);

/** What the sensitivity analysis needs of an input: where it may go. */
export type InputRange = { readonly key: NumericKey; readonly min: number; readonly max: number; readonly integer: boolean };

/** The ranges of SENSITIVITY_KEYS, in that order: plain data, so the worker can be sent them instead of the whole table. */
export const SENSITIVITY_RANGES: readonly InputRange[] = SENSITIVITY_KEYS.map((key) => {
  const { min, max, integer } = numberInputDef(key);
  return { key, min, max, integer };
});

export function defaultScenario(): Scenario {
  const entries = INPUTS.map((input) => [input.key, input.defaultValue]);
  return { ...Object.fromEntries(entries), focus: 0, otherPlans: [] } as Scenario;
}

/** The name plan k (1-based) has when a link does not give one: "Managed" for plan 1, else "Plan k". */
export function defaultPlanName(plan: number): string {
  return plan === 1 ? "Managed" : `Plan ${plan}`;
}

/** Plan k's terms when a link gives none of them: the model's defaults (never plan 1's values). */
export function defaultPlanTerms(plan: number): PlanTerms {
  const terms: Record<string, number | string> = { msName: defaultPlanName(plan) };
  for (const key of PLAN_NUMERIC_KEYS) terms[key] = numberInputDef(key).defaultValue;
  return terms as PlanTerms;
}
