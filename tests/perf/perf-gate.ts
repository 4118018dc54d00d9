/**
 * The decisions of the start-up gate (tests/perf/lighthouse-budget.ts), apart from the measuring
 * so that they can be checked on recorded figures (tests/unit/perf-gate.test.ts).
 *
 * Each page is measured alternately with its reference: the same built page served with its
 * scripts removed, the floor that the machine imposes at that moment (parsing, style, layout and
 * paint of the prerendered HTML). Timings that rise with the machine's load are judged as the
 * page's excess over its reference; the rest against fixed budgets.
 */

/** What one Lighthouse run (mobile preset, simulated throttling) says of a page. */
export type LighthouseFigures = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  tbtMs: number;
  lcpMs: number;
  cls: number;
};

/** Long tasks (≥ 50 ms) of one load at 4 × CPU throttling, from navigation until start-up has settled. */
export type StartupTasks = {
  count: number;
  longestMs: number;
  /** The sum over the long tasks of their time beyond 50 ms. */
  blockingMs: number;
};

/** Budgets, times in milliseconds. The `…OverReference` ones are judged against the reference. */
export const BUDGETS = {
  accessibility: 100,
  bestPractices: 100,
  seo: 95,
  lcpMs: 1500,
  cls: 0.01,
  /** Lighthouse's total blocking time, median of the paired runs' excess over the reference. */
  tbtOverReferenceMs: 50,
  /** Long tasks of start-up at 4 × CPU throttling, median over the runs, beyond the reference's. */
  longTasksOverReference: 3,
  /** The longest task of start-up at 4 × CPU throttling, median over the runs, beyond the reference's longest. */
  longestTaskOverReferenceMs: 100,
} as const;

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The median, figure by figure, of several runs. */
export function medianFigures<T extends Record<string, number>>(runs: readonly T[]): T {
  const keys = Object.keys(runs[0] ?? {}) as (keyof T)[];
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key] as number))])) as T;
}

/**
 * The median of the excesses of paired runs (page run i against reference run i, measured one
 * after the other): each pair saw about the same load, so the pairing takes most of it out.
 */
export function pairedExcess(page: readonly number[], reference: readonly number[]): number {
  const pairs = Math.min(page.length, reference.length);
  return median(Array.from({ length: pairs }, (_, index) => page[index]! - reference[index]!));
}

export type Verdict = {
  /** One line per figure judged: what was measured, against what. */
  lines: string[];
  /** Budgets missed, empty when the page passes. */
  misses: string[];
};

const ms = (value: number) => `${Math.round(value)} ms`;

/**
 * Judges a page on its runs and its reference's, each list in the order measured (alternating).
 * The scores that depend on nothing but the page (accessibility, best practices, SEO) are judged
 * on the runs that measured them (`audited`: the page's runs with all categories); the
 * performance score is printed beside the reference's and not judged, as it sums timings that
 * rise with the machine's load (its share that the page controls is judged through TBT, LCP and
 * CLS).
 */
export function judgePage(input: {
  page: readonly LighthouseFigures[];
  reference: readonly LighthouseFigures[];
  audited: readonly Pick<LighthouseFigures, "accessibility" | "bestPractices" | "seo">[];
  tasks: readonly StartupTasks[];
  referenceTasks: readonly StartupTasks[];
}): Verdict {
  const lines: string[] = [];
  const misses: string[] = [];
  const page = medianFigures(input.page);
  const reference = medianFigures(input.reference);

  const tbtExcess = pairedExcess(
    input.page.map((run) => run.tbtMs),
    input.reference.map((run) => run.tbtMs),
  );
  lines.push(
    `TBT ${input.page.map((run) => Math.round(run.tbtMs)).join(", ")} ms against the reference's ` +
      `${input.reference.map((run) => Math.round(run.tbtMs)).join(", ")} ms: medians ${ms(page.tbtMs)} and ${ms(reference.tbtMs)}, ` +
      `excess (median of the pairs) ${ms(tbtExcess)}, budget ${ms(BUDGETS.tbtOverReferenceMs)}`,
  );
  if (!(tbtExcess <= BUDGETS.tbtOverReferenceMs)) misses.push(`TBT ${ms(tbtExcess)} over the reference's > ${ms(BUDGETS.tbtOverReferenceMs)}`);

  lines.push(
    `performance ${input.page.map((run) => run.performance).join(", ")} (reference ${input.reference.map((run) => run.performance).join(", ")}), ` +
      `LCP median ${ms(page.lcpMs)} (reference ${ms(reference.lcpMs)}), CLS median ${page.cls.toFixed(3)}`,
  );
  if (!(page.lcpMs <= BUDGETS.lcpMs)) misses.push(`LCP ${ms(page.lcpMs)} > ${ms(BUDGETS.lcpMs)}`);
  if (!(page.cls <= BUDGETS.cls)) misses.push(`CLS ${page.cls.toFixed(3)} > ${BUDGETS.cls}`);

  if (input.audited.length > 0) {
    const audited = medianFigures(input.audited);
    lines.push(`accessibility ${audited.accessibility}, best practices ${audited.bestPractices}, SEO ${audited.seo}`);
    if (!(audited.accessibility >= BUDGETS.accessibility)) misses.push(`accessibility ${audited.accessibility} < ${BUDGETS.accessibility}`);
    if (!(audited.bestPractices >= BUDGETS.bestPractices)) misses.push(`best practices ${audited.bestPractices} < ${BUDGETS.bestPractices}`);
    if (!(audited.seo >= BUDGETS.seo)) misses.push(`SEO ${audited.seo} < ${BUDGETS.seo}`);
  } else {
    misses.push("no run measured accessibility, best practices and SEO");
  }

  if (input.tasks.length > 0 && input.referenceTasks.length > 0) {
    const tasks = medianFigures(input.tasks);
    const referenceTasks = medianFigures(input.referenceTasks);
    const extraTasks = tasks.count - referenceTasks.count;
    const longestExcess = tasks.longestMs - referenceTasks.longestMs;
    const list = (runs: readonly StartupTasks[]) => runs.map((run) => `${run.count} (longest ${Math.round(run.longestMs)})`).join(", ");
    lines.push(
      `long tasks at 4× CPU: ${list(input.tasks)} against the reference's ${list(input.referenceTasks)}: ` +
        `${extraTasks} more (budget ${BUDGETS.longTasksOverReference}), longest ${ms(longestExcess)} longer (budget ${ms(BUDGETS.longestTaskOverReferenceMs)}), ` +
        `blocking ${ms(tasks.blockingMs)} (reference ${ms(referenceTasks.blockingMs)})`,
    );
    if (!(extraTasks <= BUDGETS.longTasksOverReference)) {
      misses.push(`${extraTasks} long tasks more than the reference's > ${BUDGETS.longTasksOverReference}`);
    }
    if (!(longestExcess <= BUDGETS.longestTaskOverReferenceMs)) {
      misses.push(`longest task ${ms(longestExcess)} longer than the reference's > ${ms(BUDGETS.longestTaskOverReferenceMs)}`);
    }
  } else {
    misses.push("no long-task measurement");
  }
  return { lines, misses };
}
