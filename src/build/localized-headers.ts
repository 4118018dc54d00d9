/** Build-time only (Node): never imported by the app. */
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { LOCALES, PSEUDO_LOCALE, SOURCE_LOCALE } from "../i18n/locales.ts";

/** The rules of public/_headers that name a page ("/", "/index.html", "/embed"…), not a folder. */
const PAGE_RULE = /^(\/|\/index\.html|\/(?:configure|embed)(?:\.html)?)\n((?: {2}.*\n)+)/gm;

/**
 * Each language's pages take the same headers as the English ones they translate: public/_headers
 * lists the English pages, and the built copy repeats each of their rules under /de/, /fr/… (the
 * pseudo-locale's too), so that every page keeps exactly one rule of its own.
 */
export async function localizeHeaderRules(outDir: string): Promise<void> {
  const path = resolve(outDir, "_headers");
  const headers = await readFile(path, "utf8");
  const rules = [...headers.matchAll(PAGE_RULE)];
  if (rules.length === 0) throw new Error("_headers names no page to repeat for each language");
  const locales = [...LOCALES.filter((locale) => locale !== SOURCE_LOCALE), PSEUDO_LOCALE];
  const repeated = locales.flatMap((locale) =>
    rules.map(([, pattern, lines]) => `/${locale}${pattern === "/" ? "/" : pattern}\n${lines}`),
  );
  await writeFile(path, `${headers.trimEnd()}\n\n# Each language's pages, as their English ones above (written by the build).\n${repeated.join("")}`);
}
