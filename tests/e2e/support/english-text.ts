/**
 * The English words of the page as the catalog holds them, found by a message's context: the e2e
 * tests run in Node, where Lingui's macros (src/i18n) cannot run, and find fields by their labels.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { formatter } from "@lingui/format-po";

const CATALOG = resolve(import.meta.dirname, "../../../src/locales/en/messages.po");

let byContext: Map<string, string> | undefined;

/** format-po parses synchronously, though its interface allows a promise. */
function load(): Map<string, string> {
  const entries = formatter().parse(readFileSync(CATALOG, "utf8"), {
    locale: "en",
    sourceLocale: "en",
    filename: CATALOG,
  }) as Record<string, { message?: string; context?: string }>;
  return new Map(
    Object.values(entries).flatMap((entry) => (entry.context && entry.message ? [[entry.context, entry.message] as const] : [])),
  );
}

/** The English message with this context ("input seats" is the label of the seats field). */
export function englishText(context: string): string {
  byContext ??= load();
  const text = byContext.get(context);
  if (text === undefined) throw new Error(`no English message with the context "${context}" in ${CATALOG}`);
  return text;
}
