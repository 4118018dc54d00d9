/**
 * Old links keep opening with the figures they were made with. A link carries the version of its
 * format (`v=1`); when a later version renames, rescales or splits a key, the step from the old
 * version to the next is one row of MIGRATIONS, and a link of any earlier version is upgraded one
 * step at a time before it is parsed. tests/unit/frozen-links.test.ts holds links made by version
 * 1 with their figures: they must read the same in every later version.
 */
import { MODEL_VERSION, VERSION_KEY } from "../model/index.ts";
import type { PageProblem, PageProblemCode } from "./page-problem.ts";

/**
 * Upgrades a link's parameters from version N to N + 1. It sees the whole link without `v`:
 * scenario keys, display keys and the pinned scenario A's `a.`-prefixed keys, so a step that
 * changes a scenario key changes its `a.` twin too. It returns new parameters and never throws.
 */
export type Migration = (params: URLSearchParams) => URLSearchParams;

/** The step out of each version, by the version it upgrades from. */
export type MigrationTable = Readonly<Record<number, Migration>>;

/**
 * Version 2 (PLANS.md) only adds keys: a version-1 link has none of them and reads as one plan
 * whose work outside the fee is 0, so its step changes nothing.
 */
export const MIGRATIONS: MigrationTable = { 1: (params) => params };

export type MigratedLink = {
  /** The link's parameters in the current version's format, without `v`. */
  params: URLSearchParams;
  /** The version the link said it was written in, once understood; the current version otherwise. */
  from: number;
  problems: PageProblem[];
};

const WHOLE_NUMBER = /^\d{1,15}$/;

/**
 * The link's version and what went wrong reading it. A link without `v` is read as the current
 * version: people type `?seats=40` by hand. A version that is not a whole number from 1 up, one
 * newer than this calculator, or a repeated `v`, is reported once and read as the current one.
 */
function readVersion(
  values: readonly string[],
  current: number,
): { from: number; problem: PageProblem | null } {
  const asCurrent = (code: PageProblemCode, values: Readonly<Record<string, number>>) => ({
    from: current,
    problem: { key: VERSION_KEY, code, values: { ...values, current } },
  });
  if (values.length === 0) return { from: current, problem: null };
  if (values.length > 1)
    return asCurrent("versionRepeated", { count: values.length });
  const text = values[0]!;
  const version = WHOLE_NUMBER.test(text) ? Number(text) : Number.NaN;
  if (!(version >= 1))
    return asCurrent("versionNotNumber", {});
  if (version > current) {
    return asCurrent("versionNewer", { version });
  }
  return { from: version, problem: null };
}

/**
 * Upgrades a link to the current version by applying each step of `table` from the link's
 * version up. Never throws: a missing or failing step is reported, and the link is read from
 * there on as it stands.
 */
export function migrateParams(
  params: URLSearchParams,
  table: MigrationTable = MIGRATIONS,
  current: number = MODEL_VERSION,
): MigratedLink {
  const { from, problem } = readVersion(params.getAll(VERSION_KEY), current);
  const problems = problem ? [problem] : [];
  let upgraded = new URLSearchParams(params);
  upgraded.delete(VERSION_KEY);
  for (let version = from; version < current; version++) {
    const step = Object.hasOwn(table, version) ? table[version] : undefined;
    let next: URLSearchParams | null = null;
    try {
      next = step ? step(new URLSearchParams(upgraded)) : null;
    } catch {
      next = null;
    }
    if (!next) {
      problems.push({
        key: VERSION_KEY,
        code: "versionNotUpgraded",
        values: { from: version, to: version + 1 },
      });
      break;
    }
    upgraded = next;
    upgraded.delete(VERSION_KEY);
  }
  return { params: upgraded, from, problems };
}
