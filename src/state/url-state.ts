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

export type DisplaySettings = {
  currency: Currency;
  /** The provider's name, shown as plain text on the page and the printout; "" for none. */
  brand: string;
};

export const DEFAULT_DISPLAY: DisplaySettings = { currency: "USD", brand: "" };

export const DISPLAY_KEYS = ["currency", "brand"] as const;

const MAX_BRAND_LENGTH = 60;

/** A brand name is only ever shown as text; this keeps it short and free of control characters. */
export function cleanBrand(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "").trim().slice(0, MAX_BRAND_LENGTH);
}

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
  const brands = params.getAll("brand");
  if (brands.length > 1) {
    problems.push({ key: "brand", message: `appears ${brands.length} times, so none of its values was used` });
  } else if (brands.length === 1) {
    display.brand = cleanBrand(brands[0]!);
    if (brands[0]!.length > MAX_BRAND_LENGTH) problems.push({ key: "brand", message: `was cut to ${MAX_BRAND_LENGTH} characters` });
  }
  return { scenario, display, problems };
}

/** The query string (without "?") for a page state; "" for the defaults. */
export function writeUrl(state: PageState): string {
  const params = scenarioToParams(state.scenario);
  if (state.display.currency !== DEFAULT_DISPLAY.currency) params.set("currency", state.display.currency);
  if (state.display.brand !== DEFAULT_DISPLAY.brand) params.set("brand", state.display.brand);
  if ([...params.keys()].length === 0) return "";
  params.set(VERSION_KEY, String(MODEL_VERSION));
  return params.toString();
}
