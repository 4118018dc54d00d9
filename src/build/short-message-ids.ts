/** Build-time only (Node): never imported by the app. */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "vite";
import { formatter } from "@lingui/format-po";
import { SOURCE_LOCALE } from "../i18n/locales.ts";

const ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** A message id as Lingui's macros write it into a module: `id: "OY8cS4"`. */
const MACRO_ID = /\bid:\s*(["'])([\w+/=-]{6})\1/g;

/**
 * Lingui names each message by six characters of a hash: random, so they compress to nothing, and
 * every message carries one in the code and one in each catalog (about 7 KB gzipped over the
 * whole app). The build renames them 1 to 2 letters long, in the order of the source catalog, in
 * the code (shortMessageIds) and in the catalogs (src/build/catalogs-plugin.ts) alike.
 */
export function messageIdMap(root: string): ReadonlyMap<string, string> {
  const path = resolve(root, `src/locales/${SOURCE_LOCALE}/messages.po`);
  const entries = formatter({ lineNumbers: false }).parse(readFileSync(path, "utf8"), {
    locale: SOURCE_LOCALE,
    sourceLocale: SOURCE_LOCALE,
    filename: path,
  }) as Record<string, unknown>;
  return new Map(
    Object.keys(entries)
      .sort()
      .map((id, index) => [id, shortName(index)]),
  );
}

function shortName(index: number): string {
  let name = "";
  let rest = index;
  do {
    name = ALPHABET[rest % ALPHABET.length] + name;
    rest = Math.floor(rest / ALPHABET.length);
  } while (rest > 0);
  return name;
}

/** Renames the message ids Lingui's macros wrote into each module; runs after the macros. */
export function shortMessageIds(ids: ReadonlyMap<string, string>): Plugin {
  return {
    name: "short-message-ids",
    transform(code, id) {
      if (id.includes("node_modules") || !/\.tsx?$/.test(id.split("?")[0] ?? id)) return undefined;
      let renamed = false;
      const next = code.replace(MACRO_ID, (whole, quote: string, messageId: string) => {
        const short = ids.get(messageId);
        if (!short) return whole;
        renamed = true;
        return `id: ${quote}${short}${quote}`;
      });
      return renamed ? { code: next, map: null } : undefined;
    },
  };
}
