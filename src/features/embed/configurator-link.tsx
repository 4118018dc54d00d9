/** The full calculator's way to the embed configurator (its own file: the embed's code stays out of the page). */
import { useDeferredValue, useMemo } from "react";
import { t } from "@lingui/core/macro";
import { useCalculator } from "../../state/store.ts";
import { writeUrl } from "../../state/url-state.ts";

/** The configurator's address, carrying the shown scenario so it is the one embedded. */
export const CONFIGURE_PATH = "/configure.html";

export function EmbedConfiguratorLink() {
  // Deferred: writing the address follows typing in the background, never ahead of the verdict.
  const scenario = useDeferredValue(useCalculator((state) => state.scenario));
  const display = useDeferredValue(useCalculator((state) => state.display));
  const query = useMemo(() => writeUrl({ scenario, display }), [scenario, display]);
  return <a href={`${CONFIGURE_PATH}${query ? `?${query}` : ""}`}>{t`Embed this calculator on your website`}</a>;
}
