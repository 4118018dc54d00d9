/** How a page is judged against its reference (startup-gate.ts). */

/** One load's start-up at 4 × CPU throttling: its long tasks (over 50 ms) after the first paint. */
export type StartupFigures = {
  /** Each long task's time beyond 50 ms, summed: total blocking time as Lighthouse counts it. */
  blockingMs: number;
  longTasks: number;
  longestMs: number;
};

/**
 * The most a page may exceed its reference by, on the median of its pairs. A task of 100 ms is as
 * long as one may be and still answer a tap within a tenth of a second, and it alone makes 50 ms
 * of blocking time: a longer one would break the blocking budget by itself.
 */
export const STARTUP_BUDGETS: StartupFigures = { blockingMs: 50, longTasks: 2, longestMs: 100 };

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A load of the page and one of its reference, measured back to back, so under the same load. */
export type Pair<F> = { page: F; reference: F };

/** The median of the pairs' differences in one figure: what the page adds to its reference. */
function medianExcess<K extends string>(pairs: readonly Pair<Record<K, number>>[], key: K): number {
  if (pairs.length === 0) throw new Error("no pairs to judge");
  return median(pairs.map(({ page, reference }) => page[key] - reference[key]));
}

/** The page's excess over its reference, figure by figure (medianExcess), and the budgets it misses. */
export function excessOverReference(
  pairs: readonly Pair<StartupFigures>[],
  budgets: StartupFigures = STARTUP_BUDGETS,
): { excess: StartupFigures; misses: string[] } {
  const keys = Object.keys(budgets) as (keyof StartupFigures)[];
  const excess = Object.fromEntries(keys.map((key) => [key, medianExcess(pairs, key)])) as StartupFigures;
  const misses = keys
    .filter((key) => excess[key] > budgets[key])
    .map((key) => `${key} ${Math.round(excess[key])} over the reference > ${budgets[key]}`);
  return { excess, misses };
}
