/**
 * The embedded calculator's own settings, read from its address: look, sections, call to action
 * and the host page's origin. Each is checked on its own (with the loader's checks, since anyone
 * can write an embed address by hand); a bad one falls back to its default and is reported.
 * The scenario and the display settings (currency, brand) are read by the app's URL state.
 */
import { t } from "@lingui/core/macro";
import type { SettingProblem } from "../../embed-loader/messages.ts";
import { claimUrlKeys, cleanBrand } from "../../state/url-state.ts";
import {
  EMBED_PARAMS,
  SECTIONS,
  checkAccent,
  checkFlag,
  checkHttpsUrl,
  checkOrigin,
  checkSections,
  checkTheme,
  type Check,
  type Section,
  type Theme,
} from "../../embed-loader/settings.ts";

export type CallToAction = { label: string; url: string };

export type EmbedOptions = {
  theme: Theme;
  /** A validated hex colour, or null for the calculator's own. */
  accent: string | null;
  transparent: boolean;
  sections: readonly Section[];
  cta: CallToAction | null;
  /** Where messages go; null sends none. */
  parentOrigin: string | null;
};

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = {
  theme: "auto",
  accent: null,
  transparent: false,
  sections: SECTIONS,
  cta: null,
  parentOrigin: null,
};

/** `embed=1` (src/app/read-page-mode.ts) and the embed's own settings are not scenario keys. */
claimUrlKeys(["embed", ...Object.values(EMBED_PARAMS)]);

/** A refused embed setting, in English: only the host page's author reads it, in the console. */
type RefusedSetting = Omit<SettingProblem, "value">;

const MAX_LABEL_LENGTH = 40;

export function readEmbedOptions(search: string): { options: EmbedOptions; problems: RefusedSetting[] } {
  const params = new URLSearchParams(search);
  const problems: RefusedSetting[] = [];
  const read = <T>(key: string, check: (text: string) => Check<T>): T | undefined => {
    const values = params.getAll(key);
    if (values.length === 0) return undefined;
    if (values.length > 1) {
      problems.push({ key, message: `appears ${values.length} times, so none of its values was used` });
      return undefined;
    }
    const result = check(values[0]!);
    if (result.ok) return result.value;
    problems.push({ key, message: result.message });
    return undefined;
  };

  const options: EmbedOptions = {
    theme: read(EMBED_PARAMS.theme, checkTheme) ?? DEFAULT_EMBED_OPTIONS.theme,
    accent: read(EMBED_PARAMS.accent, checkAccent) ?? DEFAULT_EMBED_OPTIONS.accent,
    transparent: read(EMBED_PARAMS.transparent, checkFlag) ?? DEFAULT_EMBED_OPTIONS.transparent,
    sections: read(EMBED_PARAMS.sections, checkSections) ?? DEFAULT_EMBED_OPTIONS.sections,
    cta: null,
    parentOrigin: read(EMBED_PARAMS.parentOrigin, checkOrigin) ?? null,
  };
  const label = read(EMBED_PARAMS.ctaLabel, (text) => ({ ok: true, value: cleanBrand(text).slice(0, MAX_LABEL_LENGTH) }));
  const url = read(EMBED_PARAMS.ctaUrl, checkHttpsUrl);
  if (url) options.cta = { label: label || t({ message: "Get in touch", comment: "The embed's call-to-action button when the host gave it no label" }), url };
  else if (label && !params.has(EMBED_PARAMS.ctaUrl)) {
    problems.push({ key: EMBED_PARAMS.ctaLabel, message: "has no valid call-to-action address to go to" });
  }
  return { options, problems };
}
