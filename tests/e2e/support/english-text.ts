/**
 * The page's words as the catalogs hold them: the e2e tests run in Node, where Lingui's macros
 * (src/i18n) cannot run, and find fields and buttons by what they say in each language.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { formatter } from "@lingui/format-po";

type Entry = { message?: string; translation?: string; context?: string };

const catalogs = new Map<string, Entry[]>();

/** format-po parses synchronously, though its interface allows a promise. */
function entries(locale: string): Entry[] {
  let found = catalogs.get(locale);
  if (!found) {
    const path = resolve(import.meta.dirname, `../../../src/locales/${locale}/messages.po`);
    const parsed = formatter().parse(readFileSync(path, "utf8"), { locale, sourceLocale: "en", filename: path }) as Record<string, Entry>;
    found = Object.values(parsed);
    catalogs.set(locale, found);
  }
  return found;
}

/** A message as one language writes it, found by its context ("input seats") or, without one, its English. */
export function catalogText(locale: string, key: { context: string } | { english: string }): string {
  const entry = entries(locale).find((candidate) =>
    "context" in key ? candidate.context === key.context : candidate.message === key.english && !candidate.context,
  );
  const text = locale === "en" ? entry?.message : entry?.translation;
  if (!text) throw new Error(`no ${locale} message for ${JSON.stringify(key)}`);
  return text;
}

/** The English message with this context ("input seats" is the label of the seats field). */
export function englishText(context: string): string {
  return catalogText("en", { context });
}
