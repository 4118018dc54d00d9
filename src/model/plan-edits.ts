/**
 * The edits a person makes to a scenario's plans: add one, remove one, change one term. Pure: each
 * returns a new scenario, and keeps `focus` pointing at the same plan (or the cheapest).
 */
import { MAX_PLANS, type PlanKey, type PlanTerms, type Scenario } from "./inputs.ts";
import { planCount, planTerms } from "./plans.ts";

/** Plans 1 … n, as terms. */
function allPlans(s: Scenario): PlanTerms[] {
  return Array.from({ length: planCount(s) }, (_, index) => planTerms(s, index + 1));
}

/** The scenario holding these plans, plan 1's terms unprefixed. */
function withPlans(s: Scenario, plans: readonly PlanTerms[], focus: number): Scenario {
  const [first, ...others] = plans;
  return { ...s, ...first!, otherPlans: others, focus };
}

/** A new last plan with plan 1's terms, named "Plan k"; the scenario as it is when it holds MAX_PLANS. */
export function addPlan(s: Scenario): Scenario {
  const count = planCount(s);
  if (count >= MAX_PLANS) return s;
  return withPlans(s, [...allPlans(s), { ...planTerms(s, 1), msName: `Plan ${count + 1}` }], s.focus);
}

/**
 * Without plan k (1-based); the plans after it move up. A focus on that plan goes back to the
 * cheapest. The scenario as it is when it holds one plan: there is always at least one.
 */
export function removePlan(s: Scenario, plan: number): Scenario {
  const count = planCount(s);
  if (count <= 1 || plan < 1 || plan > count) return s;
  const focus = s.focus === plan ? 0 : s.focus > plan ? s.focus - 1 : s.focus;
  return withPlans(s, allPlans(s).filter((_, index) => index !== plan - 1), focus);
}

/** Plan k with one term changed. */
export function setPlanTerm(s: Scenario, plan: number, key: PlanKey, value: number | string): Scenario {
  if (plan === 1) return { ...s, [key]: value };
  const others = s.otherPlans.map((terms, index) => (index === plan - 2 ? { ...terms, [key]: value } : terms));
  return { ...s, otherPlans: others };
}
