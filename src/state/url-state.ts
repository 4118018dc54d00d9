/**
 * The whole page state in the query string: the scenario under MODEL.md's flat keys plus the
 * display settings, only non-default values, and the link format's version (`v`). A scenario
 * pinned for comparison ("A") rides along under the same keys with an `a.` prefix.
 */
import {
  MODEL_VERSION,
  VERSION_KEY,
  parseScenario,
  scenarioToParams,
  type Scenario,
} from "../model/index.ts";
import { isCurrency, type Currency } from "../lib/format.ts";
import { migrateParams } from "./link-migrations.ts";
import type { PageProblem } from "./page-problem.ts";

export type DisplaySettings = {
  currency: Currency;
  /** The provider's name, shown as plain text on the page and the printout; "" for none. */
  brand: string;
  /** Presenter mode: the full-screen view for a projector. */
  present: boolean;
};

export const DEFAULT_DISPLAY: DisplaySettings = { currency: "USD", brand: "", present: false };

export const DISPLAY_KEYS = ["currency", "brand", "present"] as const;

/** Prefix of the pinned scenario's keys (`a.seats=20`), and the marker key for a pinned scenario at its defaults. */
export const PINNED_PREFIX = "a.";
export const PINNED_MARKER = "a";

const MAX_BRAND_LENGTH = 60;

/** A brand name is only ever shown as text; this keeps it short and free of control characters. */
export function cleanBrand(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "").trim().slice(0, MAX_BRAND_LENGTH);
}

export type PageState = {
  scenario: Scenario;
  display: DisplaySettings;
  /** Scenario A of an A/B comparison; the scenario above is B. */
  pinned?: Scenario | null;
};

export type ReadResult = PageState & { pinned: Scenario | null; problems: PageProblem[] };

/** Keys read by other parts of the page (embedding, comparisons); parseScenario leaves them alone. */
const extraKeys = new Set<string>();

/** Lets a feature claim URL keys of its own, so they are not reported as unknown. */
export function claimUrlKeys(keys: Iterable<string>): void {
  for (const key of keys) extraKeys.add(key);
}

/**
 * Scenario A, read from the `a.`-prefixed keys with the same parser as the scenario itself, so
 * it is validated field by field in exactly the same way; problems name the prefixed key.
 */
function readPinned(params: URLSearchParams, problems: PageProblem[]): Scenario | null {
  const stripped = new URLSearchParams();
  for (const [key, value] of params) {
    if (key.startsWith(PINNED_PREFIX)) stripped.append(key.slice(PINNED_PREFIX.length), value);
  }
  const markers = params.getAll(PINNED_MARKER);
  if (markers.length > 0 && (markers.length > 1 || markers[0] !== "1")) {
    problems.push({ key: PINNED_MARKER, code: "notPinnedMarker" });
  }
  if (markers.length === 0 && stripped.size === 0) return null;
  const pinned = parseScenario(stripped);
  for (const problem of pinned.problems) problems.push({ ...problem, key: `${PINNED_PREFIX}${problem.key}` });
  return pinned.scenario;
}

function readFlag(params: URLSearchParams, key: string, problems: PageProblem[]): boolean {
  const values = params.getAll(key);
  if (values.length === 0) return false;
  if (values.length === 1 && (values[0] === "1" || values[0] === "0")) return values[0] === "1";
  problems.push({ key, code: "notOnOff" });
  return false;
}

/** Reads a link of any version: it is upgraded to the current format first (link-migrations.ts). */
export function readUrl(search: string): ReadResult {
  const link = migrateParams(new URLSearchParams(search));
  const all = link.params;
  // The pinned scenario's keys are read apart, so the current scenario never sees them.
  const params = new URLSearchParams();
  for (const [key, value] of all) {
    if (key !== PINNED_MARKER && !key.startsWith(PINNED_PREFIX)) params.append(key, value);
  }
  const { scenario, problems: scenarioProblems } = parseScenario(params, { otherKeys: [...DISPLAY_KEYS, ...extraKeys] });
  const problems = [...link.problems, ...scenarioProblems];
  const display: DisplaySettings = { ...DEFAULT_DISPLAY };
  const currencies = params.getAll("currency");
  if (currencies.length > 1) {
    problems.push({ key: "currency", code: "repeated", values: { count: currencies.length } });
  } else if (currencies.length === 1) {
    const code = currencies[0]!.toUpperCase();
    if (isCurrency(code)) display.currency = code;
    else problems.push({ key: "currency", code: "notCurrency" });
  }
  const brands = params.getAll("brand");
  if (brands.length > 1) {
    problems.push({ key: "brand", code: "repeated", values: { count: brands.length } });
  } else if (brands.length === 1) {
    display.brand = cleanBrand(brands[0]!);
    if (brands[0]!.length > MAX_BRAND_LENGTH) problems.push({ key: "brand", code: "brandCut", values: { max: MAX_BRAND_LENGTH } });
  }
  display.present = readFlag(params, "present", problems);
  const pinned = readPinned(all, problems);
  return { scenario, display, pinned, problems };
}

/** The query string (without "?") for a page state; "" for the defaults. */
export function writeUrl(state: PageState): string {
  const params = scenarioToParams(state.scenario);
  if (state.display.currency !== DEFAULT_DISPLAY.currency) params.set("currency", state.display.currency);
  if (state.display.brand !== DEFAULT_DISPLAY.brand) params.set("brand", state.display.brand);
  if (state.display.present) params.set("present", "1");
  if (state.pinned) {
    const pinned = scenarioToParams(state.pinned);
    if (pinned.size === 0) params.set(PINNED_MARKER, "1");
    for (const [key, value] of pinned) params.set(`${PINNED_PREFIX}${key}`, value);
  }
  if ([...params.keys()].length === 0) return "";
  params.set(VERSION_KEY, String(MODEL_VERSION));
  return params.toString();
}
