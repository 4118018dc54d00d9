/** What an A/B comparison shows, as plain data: the inputs that differ and the running totals of both. */
import { t } from "@lingui/core/macro";
import {
  defaultPlanName,
  INPUTS,
  planCount,
  planKey,
  planTerms,
  type CostResult,
  type InputDef,
  type Scenario,
} from "../../model/index.ts";
import { inputLabel } from "../../i18n/input-text.ts";
import { planDisplayName } from "../../i18n/plan-names.ts";

/**
 * One difference between A and B. `key` is the link key (`p2.msSeat`), or `plans`, `focus`, or
 * `plan3` for a plan only one of them holds. Text values are input values (a plan's name) shown
 * quoted, unless `described`: then they are already words.
 */
export type InputChange = {
  key: string;
  label: string;
  a: number | boolean | string;
  b: number | boolean | string;
  described?: boolean;
};

const PLAN_INPUTS: readonly InputDef[] = INPUTS.filter((def) => def.group === "managed");

/** The plan the verdict compares, in words: "the cheapest plan" or the plan's name. */
function focusInWords(s: Scenario): string {
  return s.focus === 0 ? t`the cheapest plan` : quotedName(planDisplayName(planTerms(s, s.focus).msName, s.focus));
}

/** A plan's name in quotes, the language's own. */
export function quotedName(name: string): string {
  return t({ message: `“${name}”`, comment: "a name the user gave, quoted" });
}

/**
 * The inputs whose values differ between A and B: the scenario's own inputs in the inputs
 * table's order, then the number of plans and the plan compared, then each plan's terms, named
 * by the plan's name in B (in A for a plan B does not hold).
 */
export function changedInputs(a: Scenario, b: Scenario): InputChange[] {
  const changes: InputChange[] = INPUTS.filter((def) => def.group !== "managed" && a[def.key] !== b[def.key]).map((def) => ({
    key: def.key,
    label: inputLabel(def.key),
    a: a[def.key],
    b: b[def.key],
  }));
  const [countA, countB] = [planCount(a), planCount(b)];
  if (countA !== countB) {
    changes.push({ key: "plans", label: t({ message: "Plans", comment: "the number of managed-support plans" }), a: countA, b: countB });
  }
  const focusA = focusInWords(a);
  const focusB = focusInWords(b);
  if (focusA !== focusB) {
    changes.push({ key: "focus", label: t`Plan compared with break-fix`, a: focusA, b: focusB, described: true });
  }
  for (let plan = 1; plan <= Math.max(countA, countB); plan++) {
    const termsA = plan <= countA ? planTerms(a, plan) : null;
    const termsB = plan <= countB ? planTerms(b, plan) : null;
    if (!termsA || !termsB) {
      const none = t`no such plan`;
      changes.push({
        key: `plan${plan}`,
        label: t`Plan ${plan}`,
        a: termsA ? quotedName(planDisplayName(termsA.msName, plan)) : none,
        b: termsB ? quotedName(planDisplayName(termsB.msName, plan)) : none,
        described: true,
      });
      continue;
    }
    for (const def of PLAN_INPUTS) {
      const key = def.key as keyof typeof termsA;
      if (termsA[key] === termsB[key]) continue;
      const [planName, input] = [planDisplayName(termsB.msName, plan), inputLabel(def.key)];
      const label =
        key === "msName" ? t`Plan ${plan}’s name` : t({ message: `${planName}: ${input}`, comment: "a plan's name and one of its terms" });
      changes.push({ key: planKey(plan, key), label, a: termsA[key], b: termsB[key] });
    }
  }
  return changes;
}

/** The focus plan's name in a scenario's figures: what "managed" means in them. */
export function focusName(costs: CostResult): string {
  return planDisplayName(costs.plans[costs.focus - 1]?.name ?? defaultPlanName(1), costs.focus);
}

/** One month of the comparison chart: each scenario's running total of each side, absent past its horizon. */
export type CompareRow = { month: number; aBreakFix?: number; aManaged?: number; bBreakFix?: number; bManaged?: number };

/** Running totals; "managed" is each scenario's focus plan. */
export function compareRows(a: CostResult, b: CostResult): CompareRow[] {
  const months = Math.max(a.months.length, b.months.length);
  const rows: CompareRow[] = [];
  for (let index = 0; index < months; index++) {
    const row: CompareRow = { month: index + 1 };
    const inA = a.months[index];
    const inB = b.months[index];
    if (inA) {
      row.aBreakFix = inA.breakFix.cumulative;
      row.aManaged = inA.managed.cumulative;
    }
    if (inB) {
      row.bBreakFix = inB.breakFix.cumulative;
      row.bManaged = inB.managed.cumulative;
    }
    rows.push(row);
  }
  return rows;
}
