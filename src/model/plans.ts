/**
 * Managed plans (PLANS.md): how a scenario's plans are read, named in links and compared. Each
 * plan is evaluated as a version-1 scenario whose managed terms are that plan's (`planScenario`),
 * so every formula of MODEL.md holds for every plan without being written again.
 */
// Types only, and no inputs table: the analysis worker imports this file.
import type { PlanKey, PlanTerms, Scenario } from "./inputs.ts";

/** The numeric terms every managed plan has: MODEL.md's managed terms, then msOutside and msRate. */
export const PLAN_NUMERIC_KEYS = [
  "msSeat",
  "msEndpoint",
  "msServer",
  "msMin",
  "msOnboard",
  "msFewer",
  "msFewerOutages",
  "msHours",
  "msSrvHours",
  "msWait",
  "msDown",
  "msRecur",
  "msOutside",
  "msRate",
] as const;

const PLAN_NUMERIC_KEY_SET = new Set<string>(PLAN_NUMERIC_KEYS);

/** True for a key every plan has its own value of. */
export function isPlanNumericKey(key: string): boolean {
  return PLAN_NUMERIC_KEY_SET.has(key);
}

/** Plan 1's keys are unprefixed (as in a version-1 link); plan k's are `p{k}.` + key. */
export function planKey(plan: number, key: PlanKey): string {
  return plan === 1 ? key : `p${plan}.${key}`;
}

const PREFIXED = /^p([2-9])\.(.+)$/;

/** The plan and unprefixed key of a key written with a plan prefix (`p2.msSeat`); null for any other key. */
export function splitPlanKey(key: string): { plan: number; key: string } | null {
  const match = PREFIXED.exec(key);
  return match ? { plan: Number(match[1]), key: match[2]! } : null;
}

export function planCount(s: Scenario): number {
  return 1 + s.otherPlans.length;
}

/** Plan k's terms (1-based). */
export function planTerms(s: Scenario, plan: number): PlanTerms {
  if (plan === 1) {
    const { msName, msSeat, msEndpoint, msServer, msMin, msOnboard, msFewer, msFewerOutages, msHours, msSrvHours, msWait, msDown, msRecur, msOutside, msRate } = s;
    return { msName, msSeat, msEndpoint, msServer, msMin, msOnboard, msFewer, msFewerOutages, msHours, msSrvHours, msWait, msDown, msRecur, msOutside, msRate };
  }
  const terms = s.otherPlans[plan - 2];
  if (!terms) throw new Error(`the scenario has no plan ${plan}`);
  return terms;
}

/**
 * A scenario seen through plan k: its managed terms are plan k's, everything else as it is. The
 * plan's number travels with it so that an explanation names plan k's inputs by their link keys.
 */
export type PlanView = Scenario & { readonly viewOfPlan?: number };

export function planScenario(s: Scenario, plan: number): PlanView {
  if (plan === 1) return s;
  return { ...s, ...planTerms(s, plan), viewOfPlan: plan };
}

/** The plan a view shows (1 for the scenario itself). */
export function viewedPlan(s: Scenario): number {
  return (s as PlanView).viewOfPlan ?? 1;
}

/** Cent-rounded, half up, as PLANS.md compares totals. */
export function cents(value: number): number {
  return Math.round(value * 100);
}

/** Index of the lowest of `totals` compared to the cent, ties to the lowest index. */
export function lowestIndex(totals: readonly number[]): number {
  let best = 0;
  for (let index = 1; index < totals.length; index++) {
    if (cents(totals[index]!) < cents(totals[best]!)) best = index;
  }
  return best;
}

/**
 * The focus plan (1-based), resolved once from the scenario as given: `focus` when it names a
 * plan, else the plan with the lowest horizon total to the cent (ties to the lowest plan number).
 */
export function resolveFocus(s: Scenario, planTotals: readonly number[]): number {
  return s.focus >= 1 ? s.focus : lowestIndex(planTotals) + 1;
}
