/**
 * What the folded parts of "How this is calculated" hold: the formulas in words, every assumption
 * with its basis, and the sources. A chunk of its own: nobody reads them before the page has
 * started, yet the prerendered page holds them (src/app/prerender.tsx), for printing and search.
 */
import { memo, useDeferredValue } from "react";
import { INPUTS, defaultScenario, type InputDef } from "../../model/index.ts";
import { formatNumber, type Currency } from "../../lib/format.ts";
import { unitSuffix } from "../../lib/units.ts";
import { useCalculator } from "../../state/store.ts";
import { SOURCES, SOURCES_FOR } from "./sources.ts";
import { groupLabel, inputLabel } from "../../i18n/input-text.ts";

const DEFAULTS = defaultScenario();

function describeDefault(def: InputDef, currency: Currency): string {
  if (def.kind === "boolean") return def.defaultValue ? "on" : "off";
  if (def.kind === "text") return def.defaultValue;
  return `${formatNumber(def.defaultValue, 4)} ${unitSuffix(def.unit, currency)}`.trim();
}

/** One assumption: yours, the default and its basis. Memoised: an edit redraws its own row only. */
const AssumptionRow = memo(function AssumptionRow({ def, value, currency }: { def: InputDef; value: number | boolean | string; currency: Currency }) {
  const yours = typeof value === "boolean" ? (value ? "on" : "off") : typeof value === "string" ? value : formatNumber(value, 4);
  const sources = SOURCES_FOR[def.key];
  return (
    <tr className={value !== DEFAULTS[def.key] ? "explain__changed" : undefined}>
      <th scope="row">{inputLabel(def.key)}</th>
      <td>{yours}</td>
      <td>{describeDefault(def, currency)}</td>
      <td>{sources ? `Published figures: ${sources.map((id) => SOURCES.find((s) => s.id === id)?.publisher).join(", ")}` : "Our judgement: set it from your own records"}</td>
    </tr>
  );
});

/** The formulas in words. */
export function Formulas() {
  return (
    <ul className="explain__formulas">
      <li>
        <strong>Staff</strong> grow by the yearly growth rate compounded monthly, rounded to whole people; endpoints grow in step, servers do not.
      </li>
      <li>
        <strong>Break-fix calls</strong> per month = issues × staff × share called in ÷ (1 − share that recur). A fix that recurs with probability p is called in 1 + p + p² + … = 1 ÷ (1 − p) times.
        Server calls = server incidents × servers ÷ 12 ÷ (1 − recurrence); major outages = outages ÷ 12.
      </li>
      <li>
        <strong>Managed calls</strong> are the same with fewer problems (maintenance), the managed recurrence and fewer outages.
      </li>
      <li>
        <strong>A break-fix call</strong> is billed at the hourly rate × after-hours blend × billed hours (at least the minimum, rounded up to the increment), plus the call-out fee for the share of calls on site. Major outages always need a visit. The after-hours blend is 1 + share after hours × (multiplier − 1).
      </li>
      <li>
        <strong>The managed invoice</strong> is the larger of the minimum fee and fee per seat × staff + fee per endpoint × endpoints + fee per server × servers, plus onboarding in month 1.
      </li>
      <li>
        <strong>Downtime</strong> in staff-hours: each user issue costs (wait + repair hours) × work lost; each server incident (wait + repair hours) × work lost × share affected × staff; each major outage the hours down × staff. Under break-fix, every problem lived with costs its hours too. Downtime is valued at the staff hourly cost.
      </li>
      <li>
        <strong>Total</strong> per month is the invoice plus downtime (or the invoice alone when downtime is switched off). Break-even is the first month from which managed’s running total stays at or below break-fix’s to the end.
      </li>
      <li>
        <strong>The range of outcomes</strong> comes from a Monte Carlo simulation: call counts each month are drawn from Poisson distributions around the expected values, with a fixed seed so a shared link shows the same bands.
      </li>
    </ul>
  );
}

/** Every assumption: yours, the default and its source, or marked as a judgement. */
export const Assumptions = memo(function Assumptions() {
  const currency = useCalculator((state) => state.display.currency);
  // Deferred: the list of assumptions follows typing in the background, never ahead of the verdict.
  const scenario = useDeferredValue(useCalculator((state) => state.scenario));
  return (
    <>
      {(["business", "frequency", "breakFix", "managed", "simulation"] as const).map((group) => (
        <table key={group} className="explain__table">
          <caption>{groupLabel(group)}</caption>
          <thead>
            <tr>
              <th scope="col">Assumption</th>
              <th scope="col">Yours</th>
              <th scope="col">Default</th>
              <th scope="col">Basis</th>
            </tr>
          </thead>
          <tbody>
            {INPUTS.filter((def) => def.group === group).map((def) => (
              <AssumptionRow key={def.key} def={def} value={scenario[def.key]} currency={currency} />
            ))}
          </tbody>
        </table>
      ))}
    </>
  );
});

/** The published figures behind the defaults. */
export function Sources() {
  return (
    <>
      <ul className="explain__sources">
        {SOURCES.map((source) => (
          <li key={source.id}>
            <strong>{source.publisher}</strong>, “{source.title}”{source.year ? ` (${source.year})` : ""}: {source.says}
          </li>
        ))}
      </ul>
      <p className="muted">
        Defaults are a plausible scenario, not a claim about any one market. Figures are in the currency you choose; changing the currency changes only how they are written.
      </p>
    </>
  );
}
