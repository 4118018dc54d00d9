/**
 * Every catalog complete and in step with the source (`npm run i18n:check`, part of `npm test`):
 * 1. `lingui extract` finds nothing new: every message in the source is in every catalog, and no
 *    catalog holds one the source no longer has (the catalogs are left as they were);
 * 2. `lingui compile --strict` compiles each language with no message missing a translation;
 * 3. each translation has exactly the placeholders of its English message, so no figure, name or
 *    element is lost or invented in translation.
 * `--locale de` checks one language's translations (steps 2 and 3) and skips the others'.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { formatter } from "@lingui/format-po";
import { compileMessage, type CompiledMessage } from "@lingui/message-utils/compileMessage";
import { LOCALES, SOURCE_LOCALE } from "../../src/i18n/locales.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const CATALOGS = join(ROOT, "src/locales");
const only = process.argv.includes("--locale") ? process.argv[process.argv.indexOf("--locale") + 1] : undefined;

const catalogPath = (locale: string) => join(CATALOGS, locale, "messages.po");
const failures: string[] = [];

function run(args: string[]): { ok: boolean; output: string } {
  const result = spawnSync("npx", ["lingui", ...args], { cwd: ROOT, encoding: "utf8" });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

// 1. Extraction leaves every catalog as it is.
const before = new Map(LOCALES.map((locale) => [locale, readFileSync(catalogPath(locale), "utf8")]));
const extracted = run(["extract"]);
if (!extracted.ok) failures.push(`lingui extract failed:\n${extracted.output}`);
for (const [locale, text] of before) {
  if (readFileSync(catalogPath(locale), "utf8") !== text) {
    failures.push(`src/locales/${locale}/messages.po is not in step with the source: run \`npm run extract\` and translate what it adds`);
    writeFileSync(catalogPath(locale), text);
  }
}

// 2. Strict compilation: no translation missing. Its output files are not kept.
const checked = LOCALES.filter((locale) => locale !== SOURCE_LOCALE && (!only || locale === only));
const compiled = run(["compile", "--strict", "--workers", "1"]);
for (const locale of LOCALES) {
  for (const file of readdirSync(join(CATALOGS, locale))) if (file.startsWith("messages.") && !file.endsWith(".po")) rmSync(join(CATALOGS, locale, file));
}
if (!compiled.ok) {
  const missing = checked.filter((locale) => new RegExp(`\\b${locale}\\b`).test(compiled.output));
  if (!only || missing.length > 0) failures.push(`lingui compile --strict failed:\n${compiled.output.trim()}`);
}

// 3. The same placeholders in each translation as in its English message.
type Entry = { message?: string; translation?: string; context?: string };
const po = formatter({ lineNumbers: false });

function placeholders(message: CompiledMessage, into = new Set<string>()): Set<string> {
  if (!Array.isArray(message)) return into;
  for (const token of message) {
    if (typeof token === "string") continue;
    const [name, , choices] = token;
    into.add(name);
    if (choices && typeof choices === "object") for (const branch of Object.values(choices)) placeholders(branch as CompiledMessage, into);
  }
  return into;
}

for (const locale of checked) {
  const entries = po.parse(readFileSync(catalogPath(locale), "utf8"), { locale, sourceLocale: SOURCE_LOCALE, filename: catalogPath(locale) }) as Record<string, Entry>;
  for (const entry of Object.values(entries)) {
    if (!entry.message || !entry.translation) continue;
    const english = [...placeholders(compileMessage(entry.message))].sort().join(", ");
    const translated = [...placeholders(compileMessage(entry.translation))].sort().join(", ");
    if (english !== translated) {
      failures.push(`${locale}: ${JSON.stringify(entry.message)} has {${english}} but its translation has {${translated}}`);
    }
  }
}

if (failures.length > 0) {
  console.error(failures.join("\n\n"));
  process.exit(1);
}
console.log(`Catalogs complete: ${LOCALES.join(", ")}${only ? ` (translations of ${only} checked)` : ""}.`);
