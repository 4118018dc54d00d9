/** How the start-up gate (startup-gate.ts) judges a page against its reference. */

/** One load's start-up at 4 × CPU throttling: its long tasks (over 50 ms) after the first paint. */
export type StartupFigures = {
  /** Each long task's time beyond 50 ms, summed: total blocking time as Lighthouse counts it. */
  blockingMs: number;
  longTasks: number;
  longestMs: number;
};

/** The most a page may exceed its reference by, on the median of its pairs. */
export const STARTUP_BUDGETS: StartupFigures = { blockingMs: 50, longTasks: 2, longestMs: 50 };

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The page's excess over its reference, figure by figure: the median of the pairs' differences
 * (each pair measured back to back, so under the same load), and the budgets it misses.
 */
export function excessOverReference(
  pairs: readonly { page: StartupFigures; reference: StartupFigures }[],
  budgets: StartupFigures = STARTUP_BUDGETS,
): { excess: StartupFigures; misses: string[] } {
  if (pairs.length === 0) throw new Error("no pairs to judge");
  const keys = Object.keys(budgets) as (keyof StartupFigures)[];
  const excess = Object.fromEntries(
    keys.map((key) => [key, median(pairs.map(({ page, reference }) => page[key] - reference[key]))]),
  ) as StartupFigures;
  const misses = keys
    .filter((key) => excess[key] > budgets[key])
    .map((key) => `${key} ${Math.round(excess[key])} over the reference > ${budgets[key]}`);
  return { excess, misses };
}
