/** The full calculator's way to the embed configurator (its own file: the embed's code stays out of the page). */
import { useCalculator } from "../../state/store.ts";
import { writeUrl } from "../../state/url-state.ts";

/** The configurator's address, carrying the shown scenario so it is the one embedded. */
export const CONFIGURE_PATH = "/configure.html";

export function EmbedConfiguratorLink() {
  const scenario = useCalculator((state) => state.scenario);
  const display = useCalculator((state) => state.display);
  const query = writeUrl({ scenario, display });
  return <a href={`${CONFIGURE_PATH}${query ? `?${query}` : ""}`}>Embed this calculator on your website</a>;
}
