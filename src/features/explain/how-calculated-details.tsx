/**
 * What the folded parts of "How this is calculated" hold: the formulas in words, every assumption
 * with its basis, and the sources. A chunk of its own: nobody reads them before the page has
 * started, yet the prerendered page holds them (src/app/prerender.tsx), for printing and search.
 */
import { memo, useDeferredValue, type ReactNode } from "react";
import { i18n } from "@lingui/core";
import { t } from "@lingui/core/macro";
import { INPUTS, defaultScenario, type InputDef } from "../../model/index.ts";
import { formatNumber, type Currency } from "../../lib/format.ts";
import { unitSuffix } from "../../lib/units.ts";
import { useCalculator } from "../../state/store.ts";
import { SOURCES, SOURCES_FOR, type Source } from "./sources.ts";
import { groupLabel, inputLabel } from "../../i18n/input-text.ts";
import { slot, withElements } from "../../i18n/with-elements.tsx";
import { planName } from "./label-text.ts";

const DEFAULTS = defaultScenario();

/** A switch's state: "on", "off". */
function onOff(on: boolean): string {
  return on ? t`on` : t`off`;
}

function describeDefault(def: InputDef, currency: Currency): string {
  if (def.kind === "boolean") return onOff(def.defaultValue);
  if (def.kind === "text") return planName(def.defaultValue);
  return `${formatNumber(def.defaultValue, 4)} ${unitSuffix(def.unit, currency)}`.trim();
}

/** What a default rests on: the publishers of its sources (names, as published), or our judgement. */
function basis(key: InputDef["key"]): ReactNode {
  const sources = SOURCES_FOR[key];
  if (!sources) return t`Our judgement: set it from your own records`;
  const names = sources.map((id) => SOURCES.find((source) => source.id === id)?.publisher).join(", ");
  const publishers = slot(0);
  return withElements(t`Published figures: ${publishers}`, <span className="explain__source-title">{names}</span>);
}

/** One assumption: yours, the default and its basis. Memoised: an edit redraws its own row only. */
const AssumptionRow = memo(function AssumptionRow({ def, value, currency }: { def: InputDef; value: number | boolean | string; currency: Currency }) {
  // The only text input is a plan's name: a default one is written in the page's language.
  const yours = typeof value === "boolean" ? onOff(value) : typeof value === "string" ? planName(value) : formatNumber(value, 4);
  return (
    <tr className={value !== DEFAULTS[def.key] ? "explain__changed" : undefined}>
      <th scope="row">{inputLabel(def.key)}</th>
      <td>{yours}</td>
      <td>{describeDefault(def, currency)}</td>
      <td>{basis(def.key)}</td>
    </tr>
  );
});

/** A formula in words, its subject in bold: `text` holds slot(0) where the subject goes. */
function Formula({ subject, text }: { subject: string; text: string }) {
  return <li>{withElements(text, <strong>{subject}</strong>)}</li>;
}

/** The formulas in words. */
export function Formulas() {
  const subject = slot(0);
  return (
    <ul className="explain__formulas">
      <Formula
        subject={t({ context: "subject of a formula in words", message: "Staff" })}
        text={t`${subject} grow by the yearly growth rate compounded monthly, rounded to whole people; endpoints grow in step, servers do not.`}
      />
      <Formula
        subject={t`Break-fix calls`}
        text={t`${subject} per month = issues × staff × share called in ÷ (1 − share that recur). A fix that recurs with probability p is called in 1 + p + p² + … = 1 ÷ (1 − p) times. Server calls = server incidents × servers ÷ 12 ÷ (1 − recurrence); major outages = outages ÷ 12.`}
      />
      <Formula
        subject={t`Managed calls`}
        text={t`${subject} are the same with fewer problems (maintenance), the managed recurrence and fewer outages.`}
      />
      <Formula
        subject={t`A break-fix call`}
        text={t`${subject} is billed at the hourly rate × after-hours blend × billed hours (at least the minimum, rounded up to the increment), plus the call-out fee for the share of calls on site. Major outages always need a visit. The after-hours blend is 1 + share after hours × (multiplier − 1).`}
      />
      <Formula
        subject={t`The managed invoice`}
        text={t`${subject} is the larger of the minimum fee and fee per seat × staff + fee per endpoint × endpoints + fee per server × servers, plus onboarding in month 1.`}
      />
      <Formula
        subject={t({ context: "subject of a formula in words", message: "Downtime" })}
        text={t`${subject} in staff-hours: each user issue costs (wait + repair hours) × work lost; each server incident (wait + repair hours) × work lost × share affected × staff; each major outage the hours down × staff. Under break-fix, every problem lived with costs its hours too. Downtime is valued at the staff hourly cost.`}
      />
      <Formula
        subject={t({ context: "subject of a formula in words", message: "Total" })}
        text={t`${subject} per month is the invoice plus downtime (or the invoice alone when downtime is switched off). Break-even is the first month from which managed’s running total stays at or below break-fix’s to the end.`}
      />
      <Formula
        subject={t`The range of outcomes`}
        text={t`${subject} comes from a Monte Carlo simulation: call counts each month are drawn from Poisson distributions around the expected values, with a fixed seed so a shared link shows the same bands.`}
      />
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
              <th scope="col">{t({ context: "column of the assumptions table", message: "Assumption" })}</th>
              <th scope="col">{t({ context: "column of the assumptions table", message: "Yours" })}</th>
              <th scope="col">{t({ context: "column of the assumptions table", message: "Default" })}</th>
              <th scope="col">{t({ context: "column of the assumptions table", message: "Basis" })}</th>
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

/**
 * A source: its publisher in bold and its title, names written as published (marked so, as words
 * the page does not translate), then when and where, and what it says.
 */
function SourceItem({ source }: { source: Source }) {
  const publisher = slot(0);
  const title = slot(1);
  const says = i18n._(source.says);
  const when = source.year ? i18n._(source.year) : null;
  const text = when ? t`${publisher}, “${title}” (${when}): ${says}` : t`${publisher}, “${title}”: ${says}`;
  return (
    <li>
      {withElements(
        text,
        <strong className="explain__source-title">{source.publisher}</strong>,
        <span className="explain__source-title">{source.title}</span>,
      )}
    </li>
  );
}

/** The published figures behind the defaults. */
export function Sources() {
  return (
    <>
      <ul className="explain__sources">
        {SOURCES.map((source) => (
          <SourceItem key={source.id} source={source} />
        ))}
      </ul>
      <p className="muted">
        {t`Defaults are a plausible scenario, not a claim about any one market. Figures are in the currency you choose; changing the currency changes only how they are written.`}
      </p>
    </>
  );
}
