/** Build-time only (Node): never imported by the app. */
import { readFile } from "node:fs/promises";
import { relative, resolve } from "node:path";
import type { Plugin } from "vite";
import { formatter } from "@lingui/format-po";
import { compileMessageOrThrow } from "@lingui/message-utils/compileMessage";
import pseudolocalize from "pseudolocale";
import { PAGE_LOCALES, PSEUDO_LOCALE, SOURCE_LOCALE } from "../i18n/locales.ts";
import { START_MESSAGE_SOURCES } from "./catalog-parts.ts";

const CATALOG_PREFIX = "virtual:catalog/";
const REST_READY = "virtual:rest-messages-ready";
const PARTS = ["start", "rest", "all"] as const;
type Part = (typeof PARTS)[number];

/** Lingui's macros (t, msg, plural, Trans…) turned into message lookups, in the files that use them. */
export const LINGUI_MACROS = {
  preset: { plugins: ["@lingui/babel-plugin-lingui-macro"] },
  rolldown: { filter: { code: /from\s+["']@lingui\/(?:core|react)\/macro["']/ } },
};

/** A module that writes with Lingui's macros. */
const USES_MESSAGES = /from\s+["']@lingui\/(?:core|react)\/macro["']/;

type Entry = { message?: string; translation?: string; origin?: [string, number?][] };

/**
 * Compiles each language's PO catalog (src/locales/<locale>/messages.po) into two modules:
 * `virtual:catalog/<locale>/start`, the messages of the files in START_MESSAGE_SOURCES, and
 * `virtual:catalog/<locale>/rest`, all the others (`…/all` has both, for the prerender). A message
 * not yet translated falls back to English. The pseudo-locale is English, accented and a third longer.
 *
 * With `split`, every other module that writes with Lingui's macros first imports
 * `virtual:rest-messages-ready`, which waits (top-level await) for the rest catalog: a chunk that
 * loads on use never shows a word before its language has arrived. Messages are keyed by the short
 * ids of src/build/short-message-ids.ts, as the code names them.
 */
export function catalogs(root: string, { split, ids }: { split: boolean; ids: ReadonlyMap<string, string> }): Plugin {
  const startSources = new Set(START_MESSAGE_SOURCES.map((file) => resolve(root, file)));
  const po = formatter({ lineNumbers: false });
  const waitsForRest = new Set<string>();
  return {
    name: "catalogs",
    enforce: "pre",
    resolveId(id) {
      return id.startsWith(CATALOG_PREFIX) || id === REST_READY ? `\0${id}` : undefined;
    },
    async load(id) {
      if (id === `\0${REST_READY}`) {
        const messages = resolve(root, "src/i18n/messages.ts");
        return `import { loadRestMessages } from ${JSON.stringify(messages)};\nawait loadRestMessages();\n`;
      }
      if (!id.startsWith(`\0${CATALOG_PREFIX}`)) return undefined;
      const [locale = "", part = ""] = id.slice(CATALOG_PREFIX.length + 1).split("/");
      if (!PAGE_LOCALES.includes(locale as never) || !PARTS.includes(part as Part)) {
        this.error(`no catalog ${locale}/${part}`);
      }
      const fileLocale = locale === PSEUDO_LOCALE ? SOURCE_LOCALE : locale;
      const path = resolve(root, `src/locales/${fileLocale}/messages.po`);
      this.addWatchFile(path);
      const source = await readFile(path, "utf8");
      const entries = (await po.parse(source, { locale: fileLocale, sourceLocale: SOURCE_LOCALE, filename: path })) as Record<
        string,
        Entry
      >;
      const compiled: Record<string, unknown> = {};
      for (const [messageId, entry] of Object.entries(entries)) {
        if (!inPart(entry, part as Part, root, startSources)) continue;
        const text = entry.translation || entry.message || messageId;
        try {
          compiled[ids.get(messageId) ?? messageId] =
            locale === PSEUDO_LOCALE ? compileMessageOrThrow(text, (chunk) => pseudo(chunk)) : compileMessageOrThrow(text);
        } catch (error) {
          this.error(`${fileLocale}/messages.po, message ${JSON.stringify(entry.message)}: ${(error as Error).message}`);
        }
      }
      return `export const messages = JSON.parse(${JSON.stringify(JSON.stringify(compiled))});\n`;
    },
    transform(code, id) {
      if (!split || id.includes("node_modules") || !/\.tsx?$/.test(id) || !USES_MESSAGES.test(code)) return undefined;
      const file = id.split("?")[0] ?? id;
      if (startSources.has(file)) return undefined;
      waitsForRest.add(file);
      return { code: `import ${JSON.stringify(REST_READY)};\n${code}`, map: null };
    },
    // A start-up module whose messages are in the rest catalog would hold start-up until it loads.
    renderChunk(_code, chunk) {
      if (!(chunk.isEntry || chunk.name === "start")) return null;
      const late = chunk.moduleIds.filter((id) => waitsForRest.has(id)).map((id) => relative(root, id));
      if (late.length > 0) {
        this.error(`start-up modules whose messages are not in the start catalog: ${late.join(", ")} (src/build/catalog-parts.ts)`);
      }
      return null;
    },
  };
}

function inPart(entry: Entry, part: Part, root: string, startSources: ReadonlySet<string>): boolean {
  if (part === "all") return true;
  const atStart = (entry.origin ?? []).some(([file]) => startSources.has(resolve(root, file)));
  return part === "start" ? atStart : !atStart;
}

/** Accented, and a third longer, word by word, so that a line that overflows shows it. */
function pseudo(text: string): string {
  return pseudolocalize(text, { prepend: "", append: "", extend: 0.35, extendCharacter: "·" });
}
