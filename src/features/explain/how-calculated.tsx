import { memo, Suspense } from "react";
import { t } from "@lingui/core/macro";
import { lazyComponent } from "../../app/lazy-component.ts";

/** The folded parts' contents, in a chunk of their own (see how-calculated-details.tsx). */
export const loadHowCalculatedDetails = () => import("./how-calculated-details.tsx");
const Formulas = lazyComponent(loadHowCalculatedDetails, (module) => module.Formulas);
const Assumptions = lazyComponent(loadHowCalculatedDetails, (module) => module.Assumptions);
const Sources = lazyComponent(loadHowCalculatedDetails, (module) => module.Sources);

/**
 * The formulas in words and every assumption with its source, or marked as a judgement. The
 * folded parts fill in when their chunk has loaded; folded, they take no room meanwhile.
 */
export const HowCalculated = memo(function HowCalculated() {
  return (
    <section className="explain" aria-labelledby="explain-title">
      <h2 id="explain-title" className="section-title">
        {t`How this is calculated`}
      </h2>
      <p>{t`Press any figure above to see its own calculation with your values, down to each input.`}</p>
      <details className="explain__details">
        <summary>{t`The formulas`}</summary>
        <Suspense fallback={null}>
          <Formulas />
        </Suspense>
      </details>
      <details className="explain__details">
        <summary>{t`Every assumption and where it comes from`}</summary>
        <Suspense fallback={null}>
          <Assumptions />
        </Suspense>
      </details>
      <details className="explain__details">
        <summary>{t({ context: "heading of the list of published sources", message: "Sources" })}</summary>
        <Suspense fallback={null}>
          <Sources />
        </Suspense>
      </details>
    </section>
  );
});
