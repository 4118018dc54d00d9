/**
 * A plan's name as the page shows it. A plan nobody named has the model's default name ("Managed",
 * "Plan 2"), which is data, in English, and never written into a link: the page shows it in its own
 * language instead. A name someone gave is theirs, shown as given.
 */
import { t } from "@lingui/core/macro";
import { defaultPlanName } from "../model/index.ts";

/** The name plan `plan` (1-based) has when nobody named it, in the page's language. */
export function defaultPlanTitle(plan: number): string {
  return plan === 1
    ? t({ message: "Managed", comment: "the name of a managed (flat-fee) plan nobody named" })
    : t({ message: `Plan ${plan}`, comment: "the name of a further managed plan nobody named, by its number" });
}

export function planDisplayName(name: string, plan: number): string {
  return name === defaultPlanName(plan) ? defaultPlanTitle(plan) : name;
}
