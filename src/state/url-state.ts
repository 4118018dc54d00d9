/**
 * The whole page state in the query string: the scenario under MODEL.md's flat keys plus the
 * display settings, only non-default values, and the link format's version (`v`).
 */
import {
  MODEL_VERSION,
  VERSION_KEY,
  parseScenario,
  scenarioToParams,
  type InputProblem,
  type Scenario,
} from "../model/index.ts";
import { isCurrency, type Currency } from "../lib/format.ts";

export type DisplaySettings = { currency: Currency };

export const DEFAULT_DISPLAY: DisplaySettings = { currency: "USD" };

export const DISPLAY_KEYS = ["currency"] as const;

export type PageState = { scenario: Scenario; display: DisplaySettings };

export type ReadResult = PageState & { problems: InputProblem[] };

/** Keys read by other parts of the page (embedding, comparisons); parseScenario leaves them alone. */
const extraKeys = new Set<string>();

/** Lets a feature claim URL keys of its own, so they are not reported as unknown. */
export function claimUrlKeys(keys: Iterable<string>): void {
  for (const key of keys) extraKeys.add(key);
}

export function readUrl(search: string): ReadResult {
  const params = new URLSearchParams(search);
  const { scenario, problems } = parseScenario(params, { otherKeys: [...DISPLAY_KEYS, ...extraKeys] });
  const display: DisplaySettings = { ...DEFAULT_DISPLAY };
  const currencies = params.getAll("currency");
  if (currencies.length > 1) {
    problems.push({ key: "currency", message: `appears ${currencies.length} times, so none of its values was used` });
  } else if (currencies.length === 1) {
    const code = currencies[0]!.toUpperCase();
    if (isCurrency(code)) display.currency = code;
    else problems.push({ key: "currency", message: "is not one of USD, AUD, GBP, EUR, CAD or NZD" });
  }
  return { scenario, display, problems };
}

/** The query string (without "?") for a page state; "" for the defaults. */
export function writeUrl(state: PageState): string {
  const params = scenarioToParams(state.scenario);
  if (state.display.currency !== DEFAULT_DISPLAY.currency) params.set("currency", state.display.currency);
  if ([...params.keys()].length === 0) return "";
  params.set(VERSION_KEY, String(MODEL_VERSION));
  return params.toString();
}
