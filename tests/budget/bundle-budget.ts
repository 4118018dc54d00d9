/**
 * Prints the gzipped size of the built JavaScript and fails when a budget is exceeded:
 * the JS needed before the verdict is on screen, all JS, and the embed loader.
 * Run after `vite build`: `npm run budget`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";

const DIST = resolve(import.meta.dirname, "../../dist");
const KB = 1024;

export const BUDGETS = {
  /** Entry script and everything it preloads: what the page runs before it is interactive. */
  initialJs: 100 * KB,
  /** Every script the app can ever load, workers and lazy chunks included (not the embed loader, which runs on host pages). */
  totalJs: 250 * KB,
  /** The embed loader a host page includes. */
  embedLoader: 2 * KB,
};

function gzipped(path: string): number {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** The scripts index.html loads at start: module entry points and modulepreload links. */
function initialScripts(html: string): string[] {
  const sources = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => match[1]!);
  return [...new Set(sources)];
}

function allScripts(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".js"))
    .map((file) => join(dir, file));
}

function format(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}

const html = readFileSync(join(DIST, "index.html"), "utf8");
const initial = initialScripts(html);
const initialBytes = initial.reduce((sum, src) => sum + gzipped(join(DIST, src)), 0);
const scripts = allScripts(DIST);
const loaderPath = join(DIST, "embed.js");
const totalBytes = scripts.filter((file) => file !== loaderPath).reduce((sum, file) => sum + gzipped(file), 0);
const loaderBytes = existsSync(loaderPath) ? gzipped(loaderPath) : null;

const rows: [string, number | null, number][] = [
  ["JS before the verdict (initial)", initialBytes, BUDGETS.initialJs],
  ["All JS", totalBytes, BUDGETS.totalJs],
  ["Embed loader (embed.js)", loaderBytes, BUDGETS.embedLoader],
];

console.log("Bundle sizes, gzip level 9:");
for (const file of scripts.sort()) console.log(`  ${format(gzipped(file)).padStart(9)}  ${file.slice(DIST.length + 1)}`);
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
