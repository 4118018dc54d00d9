/**
 * Whether the address asks for exactly what the build prerendered, so the page can hydrate that
 * HTML rather than draw afresh. The embed's look (theme, accent, transparency) and its host's
 * origin are applied outside #root, so valid values of them still match; anything else does not.
 */
import { EMBED_PARAMS, checkAccent, checkFlag, checkOrigin, checkTheme, type Check } from "../embed-loader/settings.ts";
import type { PageMode } from "./read-page-mode.ts";

const OUTSIDE_ROOT: Readonly<Record<string, (text: string) => Check<unknown>>> = {
  [EMBED_PARAMS.parentOrigin]: checkOrigin,
  [EMBED_PARAMS.theme]: checkTheme,
  [EMBED_PARAMS.accent]: checkAccent,
  [EMBED_PARAMS.transparent]: checkFlag,
};

export function matchesPrerenderedPage(mode: PageMode, search: string): boolean {
  const params = new URLSearchParams(search);
  if (mode !== "embed") return params.size === 0;
  for (const key of new Set(params.keys())) {
    const check = OUTSIDE_ROOT[key];
    const values = params.getAll(key);
    if (!check || values.length !== 1 || !check(values[0]!).ok) return false;
  }
  return true;
}
