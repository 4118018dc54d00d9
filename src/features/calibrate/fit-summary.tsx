/** What the records say: the period, each fitted input from its current value, and what was skipped or not fitted. */
import { plural, t } from "@lingui/core/macro";
import type { Scenario } from "../../model/index.ts";
import { pageIntlLocale } from "../../i18n/messages.ts";
import type { FitOutcome } from "./records-protocol.ts";
import { fittedChange, skippedText } from "./fit-text.ts";
import { fittedLabel, notFittedText } from "./calibrate-reasons.ts";

/**
 * Records' dates are local wall-clock times: written in the browser's own time zone they stay the
 * same day. English writes the day first ("4 Mar 2025"), whichever side of the Atlantic.
 */
function recordDay(date: number): string {
  const locale = pageIntlLocale();
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, { day: "numeric", month: "short", year: "numeric" }).format(date);
}

/** "150 tickets from 4 Mar 2025 to 8 Jul 2025." */
function period({ kind, count, firstDate, lastDate }: FitOutcome["fit"]): string {
  const [first, last] = [recordDay(firstDate), recordDay(lastDate)];
  return kind === "tickets"
    ? plural(count, { one: `# ticket from ${first} to ${last}.`, other: `# tickets from ${first} to ${last}.` })
    : plural(count, { one: `# invoice line from ${first} to ${last}.`, other: `# invoice lines from ${first} to ${last}.` });
}

export function FitSummary({ outcome, scenario }: { outcome: FitOutcome; scenario: Scenario }) {
  const { fit } = outcome;
  const skipped = skippedText(fit.skipped);
  return (
    <>
      <p>{period(fit)}</p>
      {fit.fitted.length > 0 ? (
        <ul className="calibrate__fitted">
          {fit.fitted.map((value) => (
            <li key={value.key}>
              <span className="calibrate__input">{fittedLabel(value.key)}</span> <span>{fittedChange(value, scenario[value.key])}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>{t`Nothing can be fitted from these records.`}</p>
      )}
      {skipped ? <p>{skipped}</p> : null}
      {fit.notFitted.map((notFitted) => {
        const reason = notFittedText(notFitted);
        return (
          <p key={reason} className="muted">
            {t`Not fitted: ${reason}`}
          </p>
        );
      })}
    </>
  );
}
