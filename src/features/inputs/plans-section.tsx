import { memo, useId } from "react";
import { useShallow } from "zustand/react/shallow";
import { t } from "@lingui/core/macro";
import { INPUTS, MAX_PLANS, planCount, planTerms, type InputDef, type Scenario } from "../../model/index.ts";
import { useCalculator } from "../../state/store.ts";
import { ScenarioField } from "./scenario-field.tsx";
import { planDisplayName } from "../../i18n/plan-names.ts";

/** The terms that tell one quote from another, shown up front; every other term is folded. */
const UP_FRONT = new Set(["msName", "msSeat", "msOutside", "msRate"]);

const PLAN_INPUTS: readonly InputDef[] = INPUTS.filter((def) => def.group === "managed");
const UP_FRONT_INPUTS = [...PLAN_INPUTS].filter((def) => UP_FRONT.has(def.key)).sort((a, b) => (a.kind === "text" ? -1 : b.kind === "text" ? 1 : 0));
const FOLDED_INPUTS = PLAN_INPUTS.filter((def) => !UP_FRONT.has(def.key));

/**
 * "Managed plans": every managed offer on the table (a provider's tiers, or quotes from several
 * providers), each with its name and terms, up to four; and which of them the verdict compares
 * with break-fix. Memoised: each field reads its own value from the store.
 */
export const PlansSection = memo(function PlansSection({ size }: { size?: "normal" | "large" }) {
  const titleId = useId();
  const focusId = useId();
  const count = useCalculator((state) => planCount(state.scenario));
  const names = useCalculator(useShallow((state) => namesOf(state.scenario)));
  const focus = useCalculator((state) => state.scenario.focus);
  const removed = useCalculator((state) => state.beforeRemovePlan?.planName ?? null);
  const addPlan = useCalculator((state) => state.addPlan);
  const removePlan = useCalculator((state) => state.removePlan);
  const undoRemovePlan = useCalculator((state) => state.undoRemovePlan);
  const setFocus = useCalculator((state) => state.setFocus);
  const maxPlans = MAX_PLANS;

  return (
    <div className="plans">
      <h3 id={titleId} className="plans__title">
        {t`Managed plans`}
      </h3>
      <p className="plans__intro">{t`Enter each managed offer you are weighing: a provider's tiers, or quotes from several providers.`}</p>
      {names.map((name, index) => (
        <PlanCard key={index} plan={index + 1} name={name} removable={count > 1} onRemove={removePlan} size={size} />
      ))}
      {removed !== null ? (
        <p className="plans__removed" role="status">
          {t`Removed “${removed}”.`}{" "}
          <button type="button" className="button button--small" onClick={undoRemovePlan}>
            {t`Undo`}
          </button>
        </p>
      ) : null}
      <div className="plans__actions">
        <button type="button" className="button" onClick={addPlan} disabled={count >= MAX_PLANS} aria-describedby={count >= MAX_PLANS ? `${titleId}-limit` : undefined}>
          {t`Add a plan`}
        </button>
        {count >= MAX_PLANS ? (
          <span id={`${titleId}-limit`} className="plans__limit">
            {t`Up to ${maxPlans} plans.`}
          </span>
        ) : null}
      </div>
      <div className="field plans__focus">
        <label className="field__label" htmlFor={focusId}>
          {t`Compare break-fix with`}
        </label>
        <select id={focusId} className="select" value={focus} onChange={(event) => setFocus(Number(event.target.value))}>
          <option value={0}>{t`The cheapest plan`}</option>
          {names.map((name, index) => (
            <option key={index} value={index + 1}>
              {name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
});

type PlanCardProps = { plan: number; name: string; removable: boolean; onRemove: (plan: number) => void; size?: "normal" | "large" };

/** One plan: its name and main terms up front, the rest folded under "More terms". */
const PlanCard = memo(function PlanCard({ plan, name, removable, onRemove, size }: PlanCardProps) {
  return (
    <fieldset className="plan">
      <legend className="plan__legend">
        {t({ message: `Plan ${plan}: ${name}`, comment: "A managed plan's number and name, as the heading of its fields" })}
      </legend>
      {UP_FRONT_INPUTS.map((def) => (
        <ScenarioField key={def.key} def={def} plan={plan} size={size} />
      ))}
      <details className="plan__more">
        <summary className="plan__more-summary">{t`More terms of ${name}`}</summary>
        <div className="plan__fields">
          {FOLDED_INPUTS.map((def) => (
            <ScenarioField key={def.key} def={def} plan={plan} />
          ))}
        </div>
      </details>
      {removable ? (
        <button type="button" className="button button--small plan__remove" onClick={() => onRemove(plan)} aria-label={t`Remove plan ${name}`}>
          {t`Remove plan`}
        </button>
      ) : null}
    </fieldset>
  );
});

function namesOf(scenario: Scenario): string[] {
  return Array.from({ length: planCount(scenario) }, (_, index) => planDisplayName(planTerms(scenario, index + 1).msName, index + 1));
}
