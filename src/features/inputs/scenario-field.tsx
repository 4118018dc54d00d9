import { planKey, validateField, type InputDef, type InputProblem, type NumericKey, type PlanKey, type Scenario } from "../../model/index.ts";
import { NumberField } from "../../components/number-field.tsx";
import { TextField } from "../../components/text-field.tsx";
import { unitSuffix } from "../../lib/units.ts";
import { inputFieldId } from "../../lib/field-ids.ts";
import { useCalculator } from "../../state/store.ts";
import { inputHelp, inputLabel } from "../../i18n/input-text.ts";
import { problemText } from "../../i18n/problem-text.ts";
import { formatNumber } from "../../lib/format.ts";

/** Slider ranges where the valid range is too wide to drag through usefully. */
const SLIDER_RANGE: Partial<Record<NumericKey, { min: number; max: number } | false>> = {
  seats: { min: 1, max: 250 },
  endpoints: { min: 0, max: 300 },
  servers: { min: 0, max: 30 },
  staffCost: { min: 0, max: 200 },
  bfRate: { min: 0, max: 400 },
  bfCallOut: { min: 0, max: 500 },
  bfOutageHours: { min: 0, max: 120 },
  bfSrvHours: { min: 0, max: 40 },
  bfWait: { min: 0, max: 120 },
  bfDown: { min: 0, max: 120 },
  bfHours: { min: 0, max: 8 },
  bfLiveWith: { min: 0, max: 40 },
  srvIssues: { min: 0, max: 24 },
  outages: { min: 0, max: 12 },
  msSeat: { min: 0, max: 400 },
  msEndpoint: { min: 0, max: 100 },
  msServer: { min: 0, max: 500 },
  msMin: false,
  msOnboard: false,
  msHours: { min: 0, max: 8 },
  msSrvHours: { min: 0, max: 40 },
  msWait: { min: 0, max: 48 },
  msDown: { min: 0, max: 72 },
  msRate: { min: 0, max: 400 },
  paths: false,
  seed: false,
  issues: { min: 0, max: 3 },
};

/** An input's value in the scenario: plan k's own for a plan's term (plan 1's are the unprefixed inputs). */
function valueOf(scenario: Scenario, def: InputDef, plan: number): number | boolean | string {
  if (plan === 1) return scenario[def.key];
  return scenario.otherPlans[plan - 2]![def.key as PlanKey];
}

/** One scenario input, drawn from its row in the inputs table; a managed term is plan `plan`'s. */
export function ScenarioField({ def, size, plan = 1 }: { def: InputDef; size?: "normal" | "large"; plan?: number }) {
  const value = useCalculator((state) => valueOf(state.scenario, def, plan));
  const currency = useCalculator((state) => state.display.currency);
  const setInput = useCalculator((state) => state.setInput);
  const setPlanTerm = useCalculator((state) => state.setPlanTerm);
  const linkKey = def.group === "managed" ? planKey(plan, def.key as PlanKey) : def.key;
  const commit = (next: number | string) => (def.group === "managed" ? setPlanTerm(plan, def.key as PlanKey, next) : setInput(def.key, next as never));

  if (def.kind === "boolean") {
    return (
      <div className="field field--toggle">
        <label className="toggle">
          <input type="checkbox" checked={value as boolean} onChange={(event) => setInput(def.key, event.target.checked)} />
          <span>{inputLabel(def.key)}</span>
        </label>
        <p className="field__help">{inputHelp(def.key)}</p>
      </div>
    );
  }
  if (def.kind === "text") {
    return (
      <TextField
        id={inputFieldId(linkKey)}
        label={inputLabel(def.key)}
        value={value as string}
        maxLength={def.maxLength}
        help={inputHelp(def.key)}
        validate={(text) => {
          const result = validateField(def.key, text);
          return result.ok ? { ok: true, value: result.value as string } : { ok: false, message: fieldProblem(result.problem, def.key) };
        }}
        onCommit={commit}
      />
    );
  }
  return (
    <NumberField
      id={inputFieldId(linkKey)}
      label={inputLabel(def.key)}
      value={value as number}
      min={def.min}
      max={def.max}
      step={def.step}
      unit={unitSuffix(def.unit, currency)}
      help={inputHelp(def.key)}
      slider={SLIDER_RANGE[def.key]}
      size={size}
      validate={(text) => {
        const result = validateField(def.key, text);
        return result.ok ? { ok: true, value: result.value as number } : { ok: false, message: fieldProblem(result.problem, def.key) };
      }}
      onCommit={commit}
    />
  );
}

/** Why typed text was not used, as a sentence about the field (its label) and a number as typed here. */
function fieldProblem(problem: InputProblem, key: string): string {
  return problemText(problem, inputLabel(key), formatNumber(12.5));
}
