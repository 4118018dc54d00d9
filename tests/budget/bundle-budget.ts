/**
 * Prints the gzipped size of the built JavaScript and fails when a budget is exceeded:
 * the JS needed before the verdict is on screen, all JS, and the embed loader.
 * Run after `vite build`: `npm run budget`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { LOCALES } from "../../src/i18n/locales.ts";
import { staticFiles, startChunkKeys, type Manifest } from "../../src/build/vite-manifest.ts";

const DIST = resolve(import.meta.dirname, "../../dist");
const KB = 1024;

export const BUDGETS = {
  /** What a page that is not prerendered runs before its verdict shows (the default page needs none). */
  initialJs: 100 * KB,
  /**
   * Every script the app can ever load, workers and lazy chunks included (not the embed loader,
   * which runs on host pages), with English's messages. Raised from 250 KB when three features
   * arrived that load only on use: reading the user's own records (its worker with Papa Parse,
   * about 25 KB, starts when a file is chosen), the explanations of every figure, and the
   * leave-behind's first page. Raised from 320 KB when the page came in five languages: Lingui's
   * runtime and every English message in catalogs of their own (about 14 KB, loaded as the parts
   * that use them are) came to about 17 KB more in all; start-up grew by 1.3 KB.
   */
  totalJs: 340 * KB,
  /**
   * The embed loader a host page includes, with the plans' prefixed attributes (data-p2-ms-seat)
   * and the iframe's name in every language. Back to 2 KB since the loader checks only the
   * settings it acts on itself (theme, language, the button's address) and leaves the rest to
   * the frame, which checks every setting anyway.
   */
  embedLoader: 2 * KB,
};

function gzipped(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

const MANIFEST = JSON.parse(readFileSync(join(DIST, ".vite/manifest.json"), "utf8")) as Manifest;

/** A language's compiled messages, as src/build/catalogs-plugin.ts names them: start-up's part or the rest. */
function catalogFile(locale: string, part: "start" | "rest"): string {
  const chunk = MANIFEST[`virtual:catalog/${locale}/${part}`];
  if (!chunk) throw new Error(`no ${part} catalog for ${locale} in the Vite manifest`);
  return chunk.file;
}

/** Every catalog chunk, by file: each language's start and rest (the pseudo-locale's are for tests). */
const CATALOG_FILES = new Set(
  Object.entries(MANIFEST)
    .filter(([key]) => key.startsWith("virtual:catalog/"))
    .map(([, chunk]) => chunk.file),
);

/**
 * The scripts needed before the verdict is on screen when the page is not prerendered (a shared
 * link): the entry, the app's start module it imports first, the page's drawing start-up imports,
 * and everything those import statically.
 */
function initialScripts(): string[] {
  if (!MANIFEST["index.html"]?.isEntry) throw new Error("no index.html entry in the Vite manifest");
  return staticFiles(MANIFEST, ["index.html", ...startChunkKeys(MANIFEST)]);
}

function allScripts(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".js"))
    .map((file) => join(dir, file));
}

function format(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

const initial = initialScripts();
const initialBytes = initial.reduce((sum, src) => sum + gzipped(join(DIST, src)), 0);
const scripts = allScripts(DIST);
const loaderPath = join(DIST, "embed.js");
const loaderBytes = existsSync(loaderPath) ? gzipped(loaderPath) : null;
const catalogBytes = (locale: string, part: "start" | "rest") => gzipped(join(DIST, catalogFile(locale, part)));

// A page loads its own language's catalogs only: all JS counts the code and English's.
const codeBytes = scripts
  .filter((file) => file !== loaderPath && !CATALOG_FILES.has(file.slice(DIST.length + 1)))
  .reduce((sum, file) => sum + gzipped(file), 0);

const rows: [string, number | null, number][] = [
  ...LOCALES.map((locale): [string, number, number] => [
    `JS before the verdict, shared link (${locale})`,
    initialBytes + catalogBytes(locale, "start"),
    BUDGETS.initialJs,
  ]),
  ["All JS (English)", codeBytes + catalogBytes("en", "start") + catalogBytes("en", "rest"), BUDGETS.totalJs],
  ["Embed loader (embed.js)", loaderBytes, BUDGETS.embedLoader],
];

console.log("Bundle sizes, gzip level 9:");
for (const file of scripts.sort()) console.log(`  ${format(gzipped(file)).padStart(9)}  ${file.slice(DIST.length + 1)}`);
console.log("\nEach language's messages (its own chunks, loaded by its pages only):");
for (const locale of LOCALES) {
  const start = catalogBytes(locale, "start");
  const rest = catalogBytes(locale, "rest");
  console.log(`  ${locale}  ${format(start)} at start-up, ${format(rest)} with the rest, ${format(start + rest)} in all`);
}
console.log("");
let failed = false;
for (const [name, bytes, budget] of rows) {
  const over = bytes === null || bytes > budget;
  failed ||= over;
  const shown = bytes === null ? "missing" : format(bytes);
  console.log(`${over ? "OVER" : "ok  "}  ${name.padEnd(32)} ${shown.padStart(9)}  budget ${format(budget)}`);
}
if (failed) {
  console.error("\nA bundle budget is exceeded.");
  process.exit(1);
}
