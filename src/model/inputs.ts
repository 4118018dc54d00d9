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
  readonly label: string;
  readonly unit: InputUnit;
  readonly group: InputGroup;
  readonly defaultValue: number;
  readonly min: number;
  readonly max: number;
  /** Suggested step for a slider or spinner; parsing accepts any value in range. */
  readonly step: number;
  readonly integer: boolean;
  readonly help: string;
  /** One of the five inputs shown up front; the rest fold under "More assumptions". */
  readonly primary?: boolean;
};

export type BooleanInputDef = {
  readonly kind: "boolean";
  readonly key: BooleanKey;
  readonly label: string;
  readonly group: InputGroup;
  readonly defaultValue: boolean;
  readonly help: string;
};

/** A plan's name (PLANS.md): text only, never markup, trimmed, 1 – 40 characters, no control characters. */
export type TextInputDef = {
  readonly kind: "text";
  readonly key: TextKey;
  readonly label: string;
  readonly group: InputGroup;
  readonly defaultValue: string;
  readonly maxLength: number;
  readonly help: string;
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
    label: "Staff who use IT",
    unit: "people",
    group: "business",
    defaultValue: 25,
    min: 1,
    max: 5000,
    step: 1,
    integer: true,
    primary: true,
    help: "Everyone who uses a computer, email or phone system for work.",
  }),
  num({
    key: "endpoints",
    label: "Endpoints",
    unit: "devices",
    group: "business",
    defaultValue: 30,
    min: 0,
    max: 20000,
    step: 1,
    integer: true,
    primary: true,
    help: "Managed PCs, laptops, phones and printers.",
  }),
  num({
    key: "servers",
    label: "Servers",
    unit: "servers",
    group: "business",
    defaultValue: 2,
    min: 0,
    max: 1000,
    step: 1,
    integer: true,
    primary: true,
    help: "Servers on the premises or virtual machines in the cloud. Servers do not grow with headcount.",
  }),
  num({
    key: "staffCost",
    label: "Staff hourly cost",
    unit: "moneyPerHour",
    group: "business",
    defaultValue: 45,
    min: 0,
    max: 1000,
    step: 1,
    primary: true,
    help: "Loaded cost of one staff hour: wages, tax, benefits and overhead. Values the time lost to downtime.",
  }),
  num({
    key: "growth",
    label: "Headcount growth",
    unit: "percent",
    group: "business",
    defaultValue: 0,
    min: -50,
    max: 200,
    step: 1,
    help: "Change in staff per year, compounded monthly. Endpoints grow in step; servers do not.",
  }),
  num({
    key: "months",
    label: "Horizon",
    unit: "months",
    group: "business",
    defaultValue: 36,
    min: 1,
    max: 120,
    step: 1,
    integer: true,
    help: "How many months to compare.",
  }),
  num({
    key: "loss",
    label: "Work lost while an issue is open",
    unit: "percent",
    group: "business",
    defaultValue: 25,
    min: 0,
    max: 100,
    step: 1,
    help: "Share of an affected person's work lost while their problem waits to be fixed.",
  }),
  {
    kind: "boolean",
    key: "downtime",
    label: "Count downtime in the totals",
    group: "business",
    defaultValue: true,
    help: "Switch off to compare the invoices alone. Downtime is still calculated and shown.",
  },
  // How often things break
  num({
    key: "issues",
    label: "Issues per person per month",
    unit: "perSeatMonth",
    group: "frequency",
    defaultValue: 0.5,
    min: 0,
    max: 10,
    step: 0.05,
    primary: true,
    help: "New IT problems per staff member per month, before maintenance or recurrence.",
  }),
  num({
    key: "srvIssues",
    label: "Server incidents per server per year",
    unit: "perServerYear",
    group: "frequency",
    defaultValue: 3,
    min: 0,
    max: 100,
    step: 0.5,
    help: "Server faults that need a technician, before maintenance or recurrence.",
  }),
  num({
    key: "outages",
    label: "Major outages per year",
    unit: "perYear",
    group: "frequency",
    defaultValue: 0.5,
    min: 0,
    max: 52,
    step: 0.1,
    help: "Site-wide failures (network, internet, main server) that stop everyone.",
  }),
  num({
    key: "srvImpact",
    label: "Staff affected by a server incident",
    unit: "percent",
    group: "frequency",
    defaultValue: 25,
    min: 0,
    max: 100,
    step: 1,
    help: "Share of staff who cannot work normally while a server incident is open.",
  }),
  // Break-fix terms
  num({
    key: "bfRate",
    label: "Hourly rate",
    unit: "moneyPerHour",
    group: "breakFix",
    defaultValue: 150,
    min: 0,
    max: 2000,
    step: 5,
    help: "The break-fix technician's standard hourly rate.",
  }),
  num({
    key: "bfMin",
    label: "Minimum billed per call",
    unit: "hours",
    group: "breakFix",
    defaultValue: 1,
    min: 0,
    max: 8,
    step: 0.25,
    help: "Every call is billed at least this many hours.",
  }),
  num({
    key: "bfStep",
    label: "Billing increment",
    unit: "hours",
    group: "breakFix",
    defaultValue: 0.25,
    min: 0,
    max: 4,
    step: 0.25,
    help: "Time is rounded up to a multiple of this (0 bills exact time).",
  }),
  num({
    key: "bfAfter",
    label: "Calls at after-hours rates",
    unit: "percent",
    group: "breakFix",
    defaultValue: 15,
    min: 0,
    max: 100,
    step: 1,
    help: "Share of calls billed at after-hours or urgent rates.",
  }),
  num({
    key: "bfAfterX",
    label: "After-hours multiplier",
    unit: "multiplier",
    group: "breakFix",
    defaultValue: 1.5,
    min: 1,
    max: 5,
    step: 0.1,
    help: "After-hours rate as a multiple of the standard rate.",
  }),
  num({
    key: "bfOnsite",
    label: "Calls needing a site visit",
    unit: "percent",
    group: "breakFix",
    defaultValue: 30,
    min: 0,
    max: 100,
    step: 1,
    help: "Share of user and server calls that need a technician on site. Major outages always do.",
  }),
  num({
    key: "bfCallOut",
    label: "Call-out fee per visit",
    unit: "money",
    group: "breakFix",
    defaultValue: 90,
    min: 0,
    max: 5000,
    step: 5,
    help: "Travel or call-out fee charged for each site visit.",
  }),
  num({
    key: "bfHours",
    label: "Hours per user issue",
    unit: "hours",
    group: "breakFix",
    defaultValue: 1.5,
    min: 0,
    max: 80,
    step: 0.25,
    help: "Technician time per user problem, including rediscovering an undocumented environment.",
  }),
  num({
    key: "bfSrvHours",
    label: "Hours per server incident",
    unit: "hours",
    group: "breakFix",
    defaultValue: 4,
    min: 0,
    max: 200,
    step: 0.5,
    help: "Technician time per server incident.",
  }),
  num({
    key: "bfOutageHours",
    label: "Hours per major outage",
    unit: "hours",
    group: "breakFix",
    defaultValue: 24,
    min: 0,
    max: 1000,
    step: 1,
    help: "Technician time to recover from a major outage.",
  }),
  num({
    key: "bfWait",
    label: "Wait before work starts",
    unit: "hours",
    group: "breakFix",
    defaultValue: 8,
    min: 0,
    max: 720,
    step: 1,
    help: "No SLA: calls join the technician's queue.",
  }),
  num({
    key: "bfDown",
    label: "Staff down in a major outage",
    unit: "hours",
    group: "breakFix",
    defaultValue: 16,
    min: 0,
    max: 720,
    step: 1,
    help: "Hours everyone is stopped during a major outage.",
  }),
  num({
    key: "bfRecur",
    label: "Fixes that recur",
    unit: "percent",
    group: "breakFix",
    defaultValue: 25,
    min: 0,
    max: 90,
    step: 1,
    help: "Share of fixes that are patches and come back as another call.",
  }),
  num({
    key: "bfReported",
    label: "Problems called in",
    unit: "percent",
    group: "breakFix",
    defaultValue: 60,
    min: 0,
    max: 100,
    step: 1,
    help: "Share of new problems staff call in; the rest they live with to avoid a bill.",
  }),
  num({
    key: "bfLiveWith",
    label: "Hours lost per problem lived with",
    unit: "hours",
    group: "breakFix",
    defaultValue: 3,
    min: 0,
    max: 200,
    step: 0.5,
    help: "Staff time lost to each problem that is never called in.",
  }),
  // Managed terms
  num({
    key: "msSeat",
    label: "Fee per staff member",
    unit: "money",
    group: "managed",
    defaultValue: 110,
    min: 0,
    max: 5000,
    step: 5,
    help: "Monthly fee per seat.",
  }),
  num({
    key: "msEndpoint",
    label: "Fee per endpoint",
    unit: "money",
    group: "managed",
    defaultValue: 0,
    min: 0,
    max: 1000,
    step: 1,
    help: "Monthly fee per device, where the provider prices per device.",
  }),
  num({
    key: "msServer",
    label: "Fee per server",
    unit: "money",
    group: "managed",
    defaultValue: 150,
    min: 0,
    max: 10000,
    step: 5,
    help: "Monthly fee per server.",
  }),
  num({
    key: "msMin",
    label: "Minimum monthly fee",
    unit: "money",
    group: "managed",
    defaultValue: 500,
    min: 0,
    max: 1000000,
    step: 50,
    help: "The agreement never bills less than this in a month.",
  }),
  num({
    key: "msOnboard",
    label: "Onboarding fee",
    unit: "money",
    group: "managed",
    defaultValue: 2000,
    min: 0,
    max: 1000000,
    step: 100,
    help: "One-time fee to document and bring the environment under management, billed in month 1.",
  }),
  num({
    key: "msFewer",
    label: "Fewer problems from maintenance",
    unit: "percent",
    group: "managed",
    defaultValue: 40,
    min: 0,
    max: 95,
    step: 1,
    help: "Reduction in new user problems and server incidents from patching and monitoring.",
  }),
  num({
    key: "msFewerOutages",
    label: "Fewer major outages",
    unit: "percent",
    group: "managed",
    defaultValue: 60,
    min: 0,
    max: 100,
    step: 1,
    help: "Reduction in major outages from monitoring, backups and redundancy.",
  }),
  num({
    key: "msHours",
    label: "Hours per user issue",
    unit: "hours",
    group: "managed",
    defaultValue: 0.75,
    min: 0,
    max: 80,
    step: 0.25,
    help: "Technician time per user problem in a documented environment.",
  }),
  num({
    key: "msSrvHours",
    label: "Hours per server incident",
    unit: "hours",
    group: "managed",
    defaultValue: 2,
    min: 0,
    max: 200,
    step: 0.5,
    help: "Technician time per server incident.",
  }),
  num({
    key: "msWait",
    label: "SLA response time",
    unit: "hours",
    group: "managed",
    defaultValue: 1,
    min: 0,
    max: 720,
    step: 0.5,
    help: "Hours before work starts, as the service-level agreement promises.",
  }),
  num({
    key: "msDown",
    label: "Staff down in a major outage",
    unit: "hours",
    group: "managed",
    defaultValue: 4,
    min: 0,
    max: 720,
    step: 1,
    help: "Hours everyone is stopped during a major outage, with monitoring and tested backups.",
  }),
  num({
    key: "msRecur",
    label: "Fixes that recur",
    unit: "percent",
    group: "managed",
    defaultValue: 5,
    min: 0,
    max: 90,
    step: 1,
    help: "Share of fixes that come back; root causes are fixed for good.",
  }),
  num({
    key: "msOutside",
    label: "Calls billed outside the fee",
    unit: "percent",
    group: "managed",
    defaultValue: 0,
    min: 0,
    max: 100,
    step: 5,
    help: "Share of user and server calls the flat fee does not cover (on-site visits or after-hours work on a lower tier), billed by the hour. Major outages are always covered.",
  }),
  num({
    key: "msRate",
    label: "Hourly rate outside the fee",
    unit: "moneyPerHour",
    group: "managed",
    defaultValue: 150,
    min: 0,
    max: 2000,
    step: 5,
    help: "What the provider charges per hour for work the flat fee does not cover, billed in exact time.",
  }),
  {
    kind: "text",
    key: "msName",
    label: "Plan name",
    group: "managed",
    defaultValue: "Managed",
    maxLength: 40,
    help: "The plan's name as the buyer sees it: a provider's tier (Essentials, Premium) or the provider quoting it.",
  },
  // Simulation
  num({
    key: "paths",
    label: "Simulated paths",
    unit: "count",
    group: "simulation",
    defaultValue: 2000,
    min: 200,
    max: 20000,
    step: 100,
    integer: true,
    help: "How many random futures the Monte Carlo simulation draws.",
  }),
  num({
    key: "seed",
    label: "Random seed",
    unit: "integer",
    group: "simulation",
    defaultValue: 1,
    min: 0,
    max: 4294967295,
    step: 1,
    integer: true,
    help: "Same seed, same bands: a shared link shows exactly what was shown.",
  }),
];

export const GROUP_LABELS: Readonly<Record<InputGroup, string>> = {
  business: "The business",
  frequency: "How often things break",
  breakFix: "Break-fix terms",
  managed: "Managed terms",
  simulation: "Simulation",
};

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
