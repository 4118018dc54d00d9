/**
 * Reads the data-* attributes of the loader's script tag or placeholder into the frame's URL
 * parameters. The embed's own settings are checked here, so a bad one never reaches the frame;
 * scenario and display values pass through (the frame checks them against the inputs table);
 * any other attribute belongs to the host page and is left alone.
 */
import type { SettingProblem } from "./messages.ts";
import {
  MAX_TEXT_LENGTH,
  checkAccent,
  checkFlag,
  checkHttpsUrl,
  checkSections,
  checkTheme,
  type Check,
  type EmbedParam,
  type Theme,
} from "./settings.ts";

export type FrameSetup = {
  /** The frame's URL parameters, without the host's origin (the loader adds it). */
  query: URLSearchParams;
  /** The iframe's accessible name. */
  title: string;
  theme: Theme;
  problems: SettingProblem[];
};

export const DEFAULT_TITLE = "IT support cost calculator";

type Reader = (text: string) => Check<string>;

const text: Reader = (value) => ({ ok: true, value: value.slice(0, MAX_TEXT_LENGTH) });

function then<T>(check: Check<T>, write: (value: T) => string): Check<string> {
  return check.ok ? { ok: true, value: write(check.value) } : check;
}

/**
 * The settings read here, by dataset name, which is also the URL key each fills. The host's
 * origin is the loader's to give, never an attribute's.
 */
const READERS: Readonly<Record<Exclude<EmbedParam, "parentOrigin"> | "currency" | "brand", Reader>> = {
  theme: checkTheme,
  accent: checkAccent,
  transparent: (value) => then(checkFlag(value), (on) => (on ? "1" : "")),
  sections: (value) => then(checkSections(value), (list) => list.join(",")),
  ctaLabel: text,
  ctaUrl: checkHttpsUrl,
  currency: text,
  brand: text,
};

/** The keys every managed plan has are the `ms` keys (the build checks it, scenario-keys.ts). */
export const PLAN_KEY_PREFIX = "ms";

/** The attribute as the page author writes it: ctaUrl → data-cta-url, p2.msSeat → data-p2-ms-seat. */
export function attributeName(datasetName: string): string {
  return `data-${datasetName.replace(".", "-").replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

/**
 * `scenarioKeys` are the link's unprefixed scenario keys (scenario-keys.ts). HTML lowercases
 * attribute names, so data-bfRate arrives as bfrate and data-bf-rate as bfRate: both are matched
 * without regard to case. A further plan's term is its plan's number before the key: data-p2-ms-seat
 * (p2MsSeat) is the key p2.msSeat. The frame refuses a plan it cannot hold (p5), as it refuses any
 * bad value, so the list need not name every plan's keys.
 */
export function readAttributes(dataset: Readonly<Record<string, string | undefined>>, scenarioKeys: readonly string[]): FrameSetup {
  const byLowerCase = new Map(scenarioKeys.map((key) => [key.toLowerCase(), key]));
  const setup: FrameSetup = { query: new URLSearchParams(), title: DEFAULT_TITLE, theme: "auto", problems: [] };
  for (const [name, value] of Object.entries(dataset)) {
    if (value === undefined) continue;
    const reader = (READERS as Partial<Record<string, Reader>>)[name];
    const plan = /^p\d/.test(name) ? name.slice(0, 2) : "";
    const key = byLowerCase.get(name.slice(plan.length).toLowerCase());
    const scenarioKey = plan ? key?.startsWith(PLAN_KEY_PREFIX) && `${plan}.${key}` : key;
    if (reader) {
      const result = reader(value);
      if (!result.ok) setup.problems.push({ key: attributeName(name), value, message: result.message });
      else if (result.value) setup.query.set(name, result.value);
      if (result.ok && name === "theme") setup.theme = result.value as Theme;
    } else if (scenarioKey) {
      setup.query.set(scenarioKey, value.slice(0, MAX_TEXT_LENGTH));
    } else if (name === "title" && value.trim()) {
      setup.title = value.trim().slice(0, MAX_TEXT_LENGTH);
    }
  }
  return setup;
}
