/** What the records say: the period, each fitted input from its current value, and what was skipped or not fitted. */
import type { Scenario } from "../../model/index.ts";
import type { FitOutcome } from "./records-protocol.ts";
import { fittedChange, fittedLabel, skippedText } from "./fit-text.ts";

/** Records' dates are local wall-clock times: written in the browser's own time zone they stay the same day. */
const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });

function counted(count: number, kind: FitOutcome["fit"]["kind"]): string {
  const noun = kind === "tickets" ? "ticket" : "invoice line";
  return `${count.toLocaleString("en-US")} ${noun}${count === 1 ? "" : "s"}`;
}

export function FitSummary({ outcome, scenario }: { outcome: FitOutcome; scenario: Scenario }) {
  const { fit } = outcome;
  const skipped = skippedText(fit.skipped);
  return (
    <>
      <p>{`${counted(fit.count, fit.kind)} from ${DAY.format(fit.firstDate)} to ${DAY.format(fit.lastDate)}.`}</p>
      {fit.fitted.length > 0 ? (
        <ul className="calibrate__fitted">
          {fit.fitted.map((value) => (
            <li key={value.key}>
              <span className="calibrate__input">{fittedLabel(value.key)}</span> <span>{fittedChange(value, scenario[value.key])}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>Nothing can be fitted from these records.</p>
      )}
      {skipped ? <p>{skipped}</p> : null}
      {fit.notFitted.map((reason) => (
        <p key={reason} className="muted">
          Not fitted: {reason}
        </p>
      ))}
    </>
  );
}
