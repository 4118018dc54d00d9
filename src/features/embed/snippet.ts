/**
 * The snippet a site owner pastes, built from the configurator's choices, and the preview's
 * frame address, read from that snippet's attributes by the loader's own reader: what the
 * preview shows is what the snippet will show.
 */
import { scenarioToParams } from "../../model/index.ts";
import { DEFAULT_DISPLAY, type PageState } from "../../state/url-state.ts";
import { attributeName, readAttributes } from "../../embed-loader/attributes.ts";
import { scenarioKeys } from "../../embed-loader/scenario-keys.ts";
import { EMBED_PARAMS, SECTIONS, checkAccent, checkHttpsUrl, framePath, type Section, type Theme } from "../../embed-loader/settings.ts";
import type { Locale } from "../../i18n/locales.ts";

export type EmbedSettings = {
  /** The embed's language; "" for the host page's own (the loader reads its `<html lang>`). */
  lang: Locale | "";
  theme: Theme;
  /** As typed: used only when it is a valid hex colour. */
  accent: string;
  transparent: boolean;
  sections: readonly Section[];
  ctaLabel: string;
  /** As typed: used only when it is an https address. */
  ctaUrl: string;
};

export const DEFAULT_SETTINGS: EmbedSettings = {
  lang: "",
  theme: "auto",
  accent: "",
  transparent: false,
  sections: SECTIONS,
  ctaLabel: "",
  ctaUrl: "",
};

const SCENARIO_KEYS = scenarioKeys();

/** A link key as the dataset names its attribute: p2.msSeat is data-p2-ms-seat, so p2MsSeat. */
function datasetName(key: string): string {
  return key.replace(/\.(.)/, (_dot, letter: string) => letter.toUpperCase());
}

/** The data-* attributes (by dataset name, bfRate for data-bf-rate) for what differs from the defaults. */
export function snippetAttributes(page: PageState, settings: EmbedSettings): [string, string][] {
  const attributes: [string, string][] = [...scenarioToParams(page.scenario)].map(([key, value]) => [datasetName(key), value]);
  if (page.display.currency !== DEFAULT_DISPLAY.currency) attributes.push(["currency", page.display.currency]);
  if (page.display.brand) attributes.push(["brand", page.display.brand]);
  if (settings.lang) attributes.push(["lang", settings.lang]);
  if (settings.theme !== DEFAULT_SETTINGS.theme) attributes.push([EMBED_PARAMS.theme, settings.theme]);
  const accent = checkAccent(settings.accent.trim());
  if (accent.ok) attributes.push([EMBED_PARAMS.accent, accent.value]);
  if (settings.transparent) attributes.push([EMBED_PARAMS.transparent, "1"]);
  if (settings.sections.length > 0 && settings.sections.length < SECTIONS.length) {
    attributes.push([EMBED_PARAMS.sections, SECTIONS.filter((section) => settings.sections.includes(section)).join(",")]);
  }
  const url = checkHttpsUrl(settings.ctaUrl.trim());
  if (url.ok) {
    if (settings.ctaLabel.trim()) attributes.push([EMBED_PARAMS.ctaLabel, settings.ctaLabel.trim()]);
    attributes.push([EMBED_PARAMS.ctaUrl, url.value]);
  }
  return attributes;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

export function snippetHtml(loaderUrl: string, attributes: readonly [string, string][]): string {
  const lines = [`<script src="${escapeAttribute(loaderUrl)}"`];
  for (const [name, value] of attributes) lines.push(`  ${attributeName(name)}="${escapeAttribute(value)}"`);
  lines.push("  async></script>");
  return lines.join("\n");
}

/**
 * The embed's address for these attributes, as the loader would build it on a page at `hostOrigin`
 * in the language `hostLang` (by default this page's, where the configurator shows the preview).
 */
export function previewAddress(attributes: readonly [string, string][], hostOrigin: string, hostLang = document.documentElement.lang): string {
  const { query, locale } = readAttributes(Object.fromEntries(attributes), SCENARIO_KEYS, hostLang);
  query.set(EMBED_PARAMS.parentOrigin, hostOrigin);
  return `${framePath(locale)}?${query.toString()}`;
}
