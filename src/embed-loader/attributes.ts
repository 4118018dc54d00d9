/**
 * Reads the data-* attributes of the loader's script tag or placeholder into the frame's URL
 * parameters, the frame's language and the iframe's name. The settings the loader acts on are
 * checked here; the rest, like the scenario, pass through for the frame, which checks everything
 * it is given and reports what it refused. Any other attribute belongs to the host page and is
 * left alone.
 */
import { localeOfTag, type Locale } from "../i18n/locales.ts";
import type { SettingProblem } from "./messages.ts";
import { MAX_TEXT_LENGTH, checkHttpsUrl, checkLang, checkTheme, type Check, type Theme } from "./settings.ts";

export type FrameSetup = {
  /** The frame's URL parameters, without the host's origin (the loader adds it). */
  query: URLSearchParams;
  /** The iframe's accessible name. */
  title: string;
  theme: Theme;
  /** The language of the frame's page and of its default title. */
  locale: Locale;
  problems: SettingProblem[];
};

/** The iframe's accessible name unless data-title gives one, in the embed's language. */
export const TITLES: Readonly<Record<Locale, string>> = {
  en: "IT support cost calculator",
  de: "IT-Support-Kostenrechner",
  fr: "Calculateur des coûts du support informatique",
  es: "Calculadora de costes de soporte informático",
  nl: "Kostencalculator voor IT-ondersteuning",
};

/** The English name, which the loader's console warnings also go under: they stay in English. */
export const DEFAULT_TITLE = TITLES.en;

/**
 * The settings the loader checks, by dataset name, which is also the URL key each fills (but
 * `lang`, which picks the frame's page): those it acts on itself (the iframe's colour scheme, the
 * frame's language) and the button's address, which reaches the frame only as https. The host's
 * origin is the loader's to give, never an attribute's.
 */
const CHECKS: Readonly<Record<string, (text: string) => Check<string>>> = {
  theme: checkTheme,
  ctaUrl: checkHttpsUrl,
  lang: checkLang,
};

/**
 * Settings passed on as written, like the scenario: the frame checks every setting it is given
 * (anyone can write an embed address by hand) and reports a bad one in `ready`, which the loader
 * then names by its attribute.
 */
const PASSED_ON = ["accent", "transparent", "sections", "ctaLabel", "currency", "brand"];

/** The keys every managed plan has are the `ms` keys (the build checks it, scenario-keys.ts). */
export const PLAN_KEY_PREFIX = "ms";

/** The attribute as the page author writes it: ctaUrl → data-cta-url, p2.msSeat → data-p2-ms-seat. */
export function attributeName(datasetName: string): string {
  return `data-${datasetName.replace(/\.|(?=[A-Z])/g, "-").toLowerCase()}`;
}

/**
 * `scenarioKeys` are the link's unprefixed scenario keys (scenario-keys.ts). HTML lowercases
 * attribute names, so data-bfRate arrives as bfrate and data-bf-rate as bfRate: both are matched
 * without regard to case. A further plan's term is its plan's number before the key: data-p2-ms-seat
 * (p2MsSeat) is the key p2.msSeat. The frame refuses a plan it cannot hold (p5), as it refuses any
 * bad value, so the list need not name every plan's keys. The language is data-lang's, else the
 * host page's (`hostLang`, its `<html lang>`) when it is one of ours, else English.
 */
export function readAttributes(dataset: Readonly<Record<string, string | undefined>>, scenarioKeys: readonly string[], hostLang = ""): FrameSetup {
  const byLowerCase = new Map([...scenarioKeys, ...PASSED_ON].map((key) => [key.toLowerCase(), key]));
  const query = new URLSearchParams();
  const problems: SettingProblem[] = [];
  const valid: Partial<Record<string, string>> = {};
  let title = "";
  for (const [name, value = ""] of Object.entries(dataset)) {
    const check = CHECKS[name];
    const plan = /^p\d/.test(name) ? name.slice(0, 2) : "";
    const key = byLowerCase.get(name.slice(plan.length).toLowerCase());
    if (check) {
      const result = check(value);
      if (!result.ok) problems.push({ key: attributeName(name), value, message: result.message });
      else if (name !== "lang") query.set(name, result.value);
      if (result.ok) valid[name] = result.value;
    } else if (plan ? key?.startsWith(PLAN_KEY_PREFIX) : key) {
      query.set(plan ? `${plan}.${key}` : key!, value.slice(0, MAX_TEXT_LENGTH));
    } else if (name === "title") {
      title = value.trim().slice(0, MAX_TEXT_LENGTH);
    }
  }
  const locale = (valid.lang as Locale | undefined) ?? localeOfTag(hostLang) ?? "en";
  return { query, title: title || TITLES[locale], theme: (valid.theme as Theme | undefined) ?? "auto", locale, problems };
}
