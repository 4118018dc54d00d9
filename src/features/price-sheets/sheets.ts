/**
 * Price sheets: a provider's terms under a name (the break-fix terms and every managed plan, with
 * its name: a provider's tiers are its price sheet), kept in this browser and moved between
 * browsers as JSON files. Everything read back, from storage or from a file, goes through the
 * scenario's own parser, so a sheet holds only values the calculator accepts from a link.
 *
 * A sheet's values are keyed as a link writes them: `plans`, the break-fix terms, plan 1's terms
 * unprefixed, plan k's under `p{k}.`. A sheet written before plans existed holds only unprefixed
 * terms, and reads as one plan.
 */
import * as z from "zod/mini";
import { plural, t } from "@lingui/core/macro";
import {
  INPUTS,
  MAX_PLANS,
  PLANS_KEY,
  FOCUS_KEY,
  inputDef,
  parseScenario,
  planCount,
  planKey,
  planTerms,
  splitPlanKey,
  type NumericKey,
  type PlanKey,
  type PlanTerms,
  type Scenario,
} from "../../model/index.ts";
import { readStoredText, writeStoredText, type StoreResult } from "../../lib/storage.ts";
import { formatNumber } from "../../lib/format.ts";
import { pageIntlLocale } from "../../i18n/messages.ts";
import { isTermKey } from "../../state/store.ts";
import { inputLabel } from "../../i18n/input-text.ts";
import { problemText } from "../../i18n/problem-text.ts";
import { BACKUP_KEY, STORAGE_KEY } from "./storage-keys.ts";

/** The break-fix terms, in the inputs table's order. */
export const BREAK_FIX_KEYS: readonly NumericKey[] = INPUTS.filter((def) => def.group === "breakFix").map(
  (def) => def.key as NumericKey,
);
/** The terms every managed plan has (its name among them), in the inputs table's order. */
export const PLAN_TERM_KEYS: readonly PlanKey[] = INPUTS.filter((def) => def.group === "managed").map((def) => def.key as PlanKey);

/** Every key a sheet of this many plans holds, in the order it is written. */
export function sheetKeys(plans: number): string[] {
  const keys = [PLANS_KEY, ...BREAK_FIX_KEYS];
  for (let plan = 1; plan <= plans; plan++) keys.push(...PLAN_TERM_KEYS.map((key) => planKey(plan, key)));
  return keys;
}

/** A sheet's values under their link keys: numbers, and the plans' names as text. */
export type TermValues = Readonly<Record<string, number | string>>;

export type PriceSheet = {
  readonly id: string;
  readonly name: string;
  /** When it was saved, as an ISO 8601 time. */
  readonly savedAt: string;
  readonly values: TermValues;
  /** The provider's logo for the printout and presenter mode (see logo-file.ts); never in a link. */
  readonly logo?: string;
};

export { BACKUP_KEY, STORAGE_KEY };
export const FILE_FORMAT = "it-support-price-sheet";
/** Format 2 adds the plans; format 1 files (one plan's terms, unprefixed) read as one plan. */
const FORMAT_VERSION = 2;
const READABLE_FORMATS: readonly number[] = [1, 2];
/** Storage keeps its envelope: entries with plans are new entries, which an older page sets aside unread and keeps. */
const STORED_VERSION = 1;
export const MAX_NAME_LENGTH = 80;
/** A sheet with the largest logo fits with room to spare: a bigger file is not one. */
export const MAX_FILE_BYTES = 1_000_000;

/**
 * A stored logo is a PNG, JPEG or WebP image as a base64 data: URL, no longer than this (about
 * 450 kB of image): the browser scales uploads far below it. Nothing else is accepted, so no
 * other kind of address (and no SVG, which can carry script) reaches an <img>.
 */
export const MAX_LOGO_CHARS = 600_000;
const LOGO_URL = /^data:image\/(png|jpeg|webp);base64,([A-Za-z0-9+/]+={0,2})$/;
const LOGO_MAGIC: Readonly<Record<string, (bytes: string) => boolean>> = {
  png: (bytes) => bytes.startsWith("\x89PNG\r\n\x1a\n"),
  jpeg: (bytes) => bytes.startsWith("\xff\xd8\xff"),
  webp: (bytes) => bytes.startsWith("RIFF") && bytes.slice(8, 12) === "WEBP",
};

/** True for a data: URL of a PNG, JPEG or WebP image whose first bytes are what it says it is. */
export function isLogoUrl(text: string): boolean {
  if (text.length > MAX_LOGO_CHARS) return false;
  const match = LOGO_URL.exec(text);
  if (!match) return false;
  let head: string;
  try {
    head = atob(match[2]!.slice(0, 16));
  } catch {
    return false;
  }
  return LOGO_MAGIC[match[1]!]!(head);
}

const logoSchema = z.string().check(z.refine(isLogoUrl));

/** Names are shown as text only; this keeps them short and free of control characters. */
export function cleanName(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "").trim().slice(0, MAX_NAME_LENGTH);
}

export function termsOf(scenario: Scenario): TermValues {
  const values: Record<string, number | string> = { [PLANS_KEY]: planCount(scenario) };
  for (const key of BREAK_FIX_KEYS) values[key] = scenario[key];
  for (let plan = 1; plan <= planCount(scenario); plan++) {
    const terms = planTerms(scenario, plan);
    for (const key of PLAN_TERM_KEYS) values[planKey(plan, key)] = terms[key];
  }
  return values;
}

/** A number as the plain decimal a link would carry; JSON numbers may read as "1e-7". */
function plainText(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(100).replace(/\.?0+$/, "");
}

/** A key as a problem names it: the key, then the input's label. */
function describeKey(key: string): string {
  if (key === PLANS_KEY) return `${PLANS_KEY} (${t`Managed plans`})`;
  const prefixed = splitPlanKey(key);
  const def = inputDef(prefixed && inputDef(prefixed.key)?.group === "managed" ? prefixed.key : key);
  return def ? `${key} (${inputLabel(def.key)})` : `“${key.slice(0, 40)}”`;
}

/** Why a key has no place in a sheet; null when it has one. */
function keyProblem(key: string): string | null {
  if (key === PLANS_KEY || isTermKey(key)) return null;
  const prefixed = splitPlanKey(key);
  if (prefixed && inputDef(prefixed.key)?.group === "managed") {
    const plan = prefixed.plan;
    const maxPlans = MAX_PLANS;
    return plan <= MAX_PLANS ? null : t`${key} is for plan ${plan}, and a price sheet holds at most ${maxPlans} plans`;
  }
  if (key === FOCUS_KEY) {
    const focusKey = FOCUS_KEY;
    return t`${focusKey} is the prospect’s choice of plan, not a price term`;
  }
  const setting = describeKey(key);
  return inputDef(key) ? t`${setting} is a business input, not a price term` : t`${setting} is not a setting this calculator knows`;
}

function isNameKey(key: string): boolean {
  return (splitPlanKey(key)?.key ?? key) === "msName";
}

export type ValuesResult = { ok: true; values: TermValues; missing: string[] } | { ok: false; problems: string[] };

/**
 * Checks a sheet's values with the scenario parser. Any problem refuses the whole sheet: half a
 * price list applied in front of a prospect is worse than none. Terms the sheet does not name
 * (say, from a version of the calculator with fewer inputs) take their defaults.
 */
export function checkValues(raw: Readonly<Record<string, unknown>>): ValuesResult {
  const problems: string[] = [];
  const params = new URLSearchParams();
  const count = raw[PLANS_KEY];
  // Too many plans says more than the parser's range, and the plans' own keys would only add noise.
  const tooMany =
    (typeof count === "number" || typeof count === "string") && Number.isInteger(Number(count)) && Number(count) > MAX_PLANS;
  if (tooMany) {
    const setting = describeKey(PLANS_KEY);
    const value = String(count);
    const maxPlans = MAX_PLANS;
    problems.push(t`${setting} is ${value}, and a price sheet holds at most ${maxPlans} plans`);
  }
  for (const [key, value] of Object.entries(raw)) {
    const problem = keyProblem(key);
    if (problem) {
      if (!(tooMany && (splitPlanKey(key)?.plan ?? 0) > MAX_PLANS)) problems.push(problem);
    } else if (isNameKey(key)) {
      if (typeof value === "string") params.set(key, value);
      else {
        const setting = describeKey(key);
        problems.push(t`${setting} is not text`);
      }
    } else if (typeof value === "number" && Number.isFinite(value)) params.set(key, plainText(value));
    else if (typeof value === "string") params.set(key, value);
    else {
      const setting = describeKey(key);
      problems.push(t`${setting} is not a number`);
    }
  }
  if (tooMany) return { ok: false, problems };
  const parsed = parseScenario(params);
  for (const problem of parsed.problems) problems.push(problemText(problem, describeKey(problem.key)));
  if (problems.length > 0) return { ok: false, problems };
  const missing = sheetKeys(planCount(parsed.scenario)).filter((key) => !params.has(key));
  return { ok: true, values: termsOf(parsed.scenario), missing };
}

const valuesSchema = z.record(z.string(), z.unknown());

const storedSheetSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME_LENGTH)),
  savedAt: z.string().check(z.maxLength(40)),
  values: valuesSchema,
  logo: z.optional(logoSchema),
});

const storedSchema = z.object({
  version: z.literal(STORED_VERSION),
  sheets: z.array(z.unknown()),
});

const fileSchema = z.object({
  format: z.literal(FILE_FORMAT),
  version: z.number(),
  name: z.string(),
  values: valuesSchema,
  logo: z.optional(z.unknown()),
});

export type LoadedSheets = {
  sheets: PriceSheet[];
  /** Stored entries that could not be read: kept as they are, and written back with every save. */
  unreadable: unknown[];
  /** False when this browser will not store anything (storage switched off or blocked). */
  storageAvailable: boolean;
  /** True when the stored data as a whole could not be read, so the next save backs it up first. */
  corrupt: boolean;
  /** What was not loaded, in words for the user; null when everything was. */
  notice: string | null;
};

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

export function loadSheets(): LoadedSheets {
  const empty = { sheets: [], unreadable: [], corrupt: false };
  const stored = readStoredText(STORAGE_KEY);
  if (stored.status === "unavailable") {
    return {
      ...empty,
      storageAvailable: false,
      notice: t`This browser is not letting the calculator store anything, so saved price sheets could not be loaded and new ones last only until the page is closed. Export a sheet to a file to keep it.`,
    };
  }
  if (stored.text === null) return { ...empty, storageAvailable: true, notice: null };
  const json = parseJson(stored.text);
  const envelope = json.ok ? z.safeParse(storedSchema, json.value) : null;
  if (!envelope?.success) {
    return {
      ...empty,
      storageAvailable: true,
      corrupt: true,
      notice: t`The price sheets saved in this browser could not be read (the stored data is damaged or from another program), so none were loaded. Saving a sheet keeps a copy of the damaged data aside.`,
    };
  }
  const sheets: PriceSheet[] = [];
  const unreadable: unknown[] = [];
  for (const entry of envelope.data.sheets) {
    const sheet = z.safeParse(storedSheetSchema, entry);
    const values = sheet.success ? checkValues(sheet.data.values) : null;
    if (sheet.success && values?.ok) {
      const { id, name, savedAt, logo } = sheet.data;
      sheets.push({ id, name: cleanName(name) || t({ message: "Untitled", comment: "The name of a saved price sheet that has none" }), savedAt, values: values.values, ...(logo ? { logo } : {}) });
    } else {
      unreadable.push(entry);
    }
  }
  const count = unreadable.length;
  const notice =
    count === 0
      ? null
      : plural(count, {
          one: "One saved price sheet could not be read and was not loaded; the others were.",
          other: "# saved price sheets could not be read and were not loaded; the others were.",
        });
  return { sheets, unreadable, storageAvailable: true, corrupt: false, notice };
}

/** Writes the list, keeping unreadable entries; the first write over damaged data copies it aside. */
export function saveSheets(sheets: readonly PriceSheet[], loaded: Pick<LoadedSheets, "unreadable" | "corrupt">): StoreResult {
  if (loaded.corrupt) {
    const damaged = readStoredText(STORAGE_KEY);
    if (damaged.status === "ok" && damaged.text !== null) writeStoredText(BACKUP_KEY, damaged.text);
  }
  const body = { version: STORED_VERSION, sheets: [...sheets, ...loaded.unreadable] };
  return writeStoredText(STORAGE_KEY, JSON.stringify(body));
}

export function newSheetId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** The JSON file a sheet is exported as: readable, and the values as plain numbers. */
export function sheetFileText(sheet: PriceSheet): string {
  const { name, savedAt, values, logo } = sheet;
  return `${JSON.stringify({ format: FILE_FORMAT, version: FORMAT_VERSION, name, savedAt, values, logo }, null, 2)}\n`;
}

export function sheetFileName(sheet: PriceSheet): string {
  const slug = sheet.name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40);
  return `price-sheet-${slug || "untitled"}.json`;
}

export type FileResult =
  | { ok: true; name: string; values: TermValues; missing: string[]; logo?: string }
  | { ok: false; message: string };

/** Reads an imported file; every way it can be wrong gives one message saying what. */
export function parseSheetFile(text: string): FileResult {
  const json = parseJson(text);
  if (!json.ok) return { ok: false, message: t({ message: "it is not valid JSON", comment: "Why a price-sheet file is refused, after: “file.json” was not imported:" }) };
  const file = z.safeParse(fileSchema, json.value);
  if (!file.success) {
    const format = (json.value as { format?: unknown } | null)?.format;
    const formatField = `"format": "${FILE_FORMAT}"`;
    return {
      ok: false,
      message:
        format === FILE_FORMAT
          ? t({ message: "it is not laid out as a price sheet (it needs a name and values)", comment: "Why a price-sheet file is refused, after: “file.json” was not imported:" })
          : t({ message: `it is not a price-sheet file (it has no ${formatField})`, comment: "Why a price-sheet file is refused, after: “file.json” was not imported:" }),
    };
  }
  if (!READABLE_FORMATS.includes(file.data.version)) {
    const version = String(file.data.version);
    const formats = new Intl.ListFormat(pageIntlLocale(), { type: "conjunction" }).format(READABLE_FORMATS.map(String));
    return {
      ok: false,
      message: t({ message: `it was written in price-sheet format ${version}, and this calculator reads formats ${formats}`, comment: "Why a price-sheet file is refused, after: “file.json” was not imported:" }),
    };
  }
  const name = cleanName(file.data.name);
  if (!name) return { ok: false, message: t({ message: "its name is empty", comment: "Why a price-sheet file is refused, after: “file.json” was not imported:" }) };
  const values = checkValues(file.data.values);
  if (!values.ok) {
    const problems = values.problems.join("; ");
    return { ok: false, message: t({ message: `some of its values are not accepted: ${problems}`, comment: "Why a price-sheet file is refused, after: “file.json” was not imported:" }) };
  }
  const logo = file.data.logo === undefined ? null : z.safeParse(logoSchema, file.data.logo);
  if (logo && !logo.success) {
    const limit = formatNumber(MAX_LOGO_CHARS / 1000);
    return { ok: false, message: t({ message: `its logo is not a PNG, JPEG or WebP image as a data: URL of at most ${limit} kB`, comment: "Why a price-sheet file is refused, after: “file.json” was not imported:" }) };
  }
  return { ok: true, name, values: values.values, missing: values.missing, ...(logo ? { logo: logo.data } : {}) };
}

/** The sheet's values as a scenario: its terms and plans over the defaults (the values are checked on the way in). */
function sheetScenario(values: TermValues): Scenario {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) params.set(key, typeof value === "number" ? plainText(value) : value);
  return parseScenario(params).scenario;
}

/** The sheet's plans, plan 1 first: each plan's name and terms. */
export function sheetPlans(sheet: Pick<PriceSheet, "values">): PlanTerms[] {
  const scenario = sheetScenario(sheet.values);
  return Array.from({ length: planCount(scenario) }, (_, index) => planTerms(scenario, index + 1));
}

/**
 * The sheet as a scenario change for the store's applyPriceSheet: the break-fix terms, plan 1's
 * terms and the other plans; nothing of the business.
 */
export function sheetChange(sheet: Pick<PriceSheet, "values">): Partial<Scenario> {
  const scenario = sheetScenario(sheet.values);
  const breakFix = Object.fromEntries(BREAK_FIX_KEYS.map((key) => [key, scenario[key]]));
  return { ...breakFix, ...planTerms(scenario, 1), otherPlans: scenario.otherPlans };
}
