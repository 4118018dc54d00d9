/**
 * The embed's own settings and their checks. The frame checks every setting it is given (anyone
 * can write an embed address by hand); the loader, on the host page, only those it acts on itself
 * and the button's address (src/embed-loader/attributes.ts). Its one import is the list of
 * languages, so the loader stays small.
 */

import { localeBase, localeOfTag, type Locale } from "../i18n/locales.ts";

export type Check<T> = { ok: true; value: T } | { ok: false; message: string };

export const THEMES = ["auto", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

/** The parts of the embed that can be shown, in the order they appear. */
export const SECTIONS = ["inputs", "verdict", "chart"] as const;
export type Section = (typeof SECTIONS)[number];

/**
 * The embed's URL keys for its own settings (scenario and display keys are the app's). Each is
 * also the data-* attribute's dataset name: data-cta-url is ctaUrl.
 */
export const EMBED_PARAMS = {
  theme: "theme",
  accent: "accent",
  transparent: "transparent",
  sections: "sections",
  ctaLabel: "ctaLabel",
  ctaUrl: "ctaUrl",
  parentOrigin: "parentOrigin",
} as const;

export type EmbedParam = keyof typeof EMBED_PARAMS;

/** The page the loader frames, relative to the loader's origin: /embed.html, /de/embed.html. */
export function framePath(locale: Locale): string {
  return `${localeBase(locale)}embed.html`;
}

/** Longest text setting (a brand, a button label) passed on; the frame trims it further. */
export const MAX_TEXT_LENGTH = 200;
const MAX_URL_LENGTH = 2000;

const ok = <T>(value: T): Check<T> => ({ ok: true, value });
const refuse = <T>(message: string): Check<T> => ({ ok: false, message });

export function checkTheme(text: string): Check<Theme> {
  const theme = text.trim().toLowerCase();
  return (THEMES as readonly string[]).includes(theme) ? ok(theme as Theme) : refuse("must be auto, light or dark");
}

/** One of the calculator's languages, with or without a region: de-AT is German. */
export function checkLang(text: string): Check<Locale> {
  const locale = localeOfTag(text);
  return locale ? ok(locale) : refuse("must be de, en, es, fr or nl");
}

/** Only a hex colour: nothing else can reach a style property. */
export function checkAccent(text: string): Check<string> {
  return /^#(?:[0-9a-f]{3}){1,2}$/i.test(text) ? ok(text.toLowerCase()) : refuse("must be a hex colour like #0a7d5a");
}

/** A switch written as present (""), 1/0, true/false, yes/no. */
export function checkFlag(text: string): Check<boolean> {
  const flag = text.trim().toLowerCase();
  if (["", "1", "true", "yes"].includes(flag)) return ok(true);
  if (["0", "false", "no"].includes(flag)) return ok(false);
  return refuse("must be 1 or 0");
}

export function checkSections(text: string): Check<Section[]> {
  const names = text.split(",").map((name) => name.trim().toLowerCase());
  const sections = SECTIONS.filter((section) => names.includes(section));
  return sections.length > 0 && sections.length === names.length ? ok(sections) : refuse("must list inputs, verdict or chart, with commas");
}

/**
 * An absolute https address with no user name or password. Relative, http:, javascript:,
 * data: and every other scheme are refused; the parsed form is what is used. (An https address
 * cannot parse without a host.)
 */
export function checkHttpsUrl(text: string): Check<string> {
  try {
    const url = new URL(text);
    if (url.protocol === "https:" && !url.username && !url.password && url.href.length <= MAX_URL_LENGTH) return ok(url.href);
  } catch {
    // Not an absolute address: refused below like any other.
  }
  return refuse("must be a full https:// address");
}

/** A page origin such as https://example.com: scheme, host and port, nothing else. */
export function checkOrigin(text: string): Check<string> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return refuse("must be an origin such as https://example.com");
  }
  const web = url.protocol === "https:" || url.protocol === "http:";
  return web && url.origin === text ? ok(text) : refuse("must be an origin such as https://example.com");
}
