/** The embed's way out: the host's call to action and the full calculator with the same scenario. */
import { t } from "@lingui/core/macro";
import { useCalculator } from "../../state/store.ts";
import { writeUrl } from "../../state/url-state.ts";
import type { CallToAction } from "./embed-options.ts";

/** The full calculator's address for the shown scenario, on the calculator's own origin. */
export function useFullAppHref(): string {
  const scenario = useCalculator((state) => state.scenario);
  const display = useCalculator((state) => state.display);
  const query = writeUrl({ scenario, display });
  return `/${query ? `?${query}` : ""}`;
}

export function EmbedLinks({ cta, onCtaClick }: { cta: CallToAction | null; onCtaClick: (cta: CallToAction) => void }) {
  const fullApp = useFullAppHref();
  return (
    <div className="embed__links">
      {cta ? (
        <a className="button embed__cta" href={cta.url} target="_blank" rel="noopener noreferrer" onClick={() => onCtaClick(cta)}>
          {cta.label}
        </a>
      ) : null}
      <a className="embed__full" href={fullApp} target="_blank" rel="noopener">
        {t`Open the full calculator`}
      </a>
      <a className="embed__how" href={`${fullApp}#explain-title`} target="_blank" rel="noopener">
        {t`How this is calculated`}
      </a>
    </div>
  );
}
