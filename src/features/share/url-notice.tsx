import { memo } from "react";
import { t } from "@lingui/core/macro";
import { useCalculator } from "../../state/store.ts";
import { problemText } from "../../i18n/problem-text.ts";
import { slot, withElements } from "../../i18n/with-elements.tsx";

/** Where a problem's sentence names its key, shown as code. */
const keySlot = slot(0);

/** Names every field of the opening link that was ignored, and why; dismissible. */
export const UrlNotice = memo(function UrlNotice() {
  const problems = useCalculator((state) => state.urlProblems);
  const dismiss = useCalculator((state) => state.dismissUrlProblems);
  if (problems.length === 0) return null;
  return (
    <section className="notice" role="alert" aria-labelledby="url-notice-title">
      <h2 id="url-notice-title" className="notice__title">
        {t`Some settings in this link were ignored`}
      </h2>
      <p>{t`The calculator used its default for each of these; everything else in the link was kept.`}</p>
      <ul className="notice__list">
        {problems.map((problem, index) => (
          <li key={`${problem.key}-${index}`}>
            {withElements(`${problemText(problem, keySlot)}.`, <code>{problem.key}</code>)}
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={dismiss}>
        {t({ comment: "Closes the notice of a link's ignored settings", message: "Dismiss" })}
      </button>
    </section>
  );
});
