/**
 * Which option costs least, by business size and issue rate (PLANS.md, "Which option is
 * cheapest"). Every option's horizon total is linear in `issues` with every other input held, so
 * each column is the lower envelope of a few lines, found exactly rather than by sampling.
 */
import type { Scenario } from "./inputs.ts";
import { LinearTotals } from "./costs.ts";
import { sizeScenario } from "./size-curve.ts";

/** Over issue rates from..to, option (0 break-fix, k plan k) costs least. */
export type DecisionSegment = { from: number; to: number; option: number };
export type DecisionColumn = { seats: number; segments: DecisionSegment[] };
export type DecisionMap = { top: number; columns: DecisionColumn[] };

/** Columns across the sizes, as the size curve's range: 60 steps, duplicates removed. */
const COLUMN_STEPS = 59;

/** A line over issue rates: total = atZero + slope × issues. */
type Line = { atZero: number; slope: number };

/** The option cheapest at `issues` (ties to the lowest option number). */
function cheapestAt(lines: readonly Line[], issues: number): number {
  let best = 0;
  let bestValue = lines[0]!.atZero + lines[0]!.slope * issues;
  for (let option = 1; option < lines.length; option++) {
    const value = lines[option]!.atZero + lines[option]!.slope * issues;
    if (value < bestValue) {
      best = option;
      bestValue = value;
    }
  }
  return best;
}

/**
 * The lower envelope over [0, top]: the options' crossings inside the range split it into
 * stretches on which one option stays cheapest; the cheapest is read at each stretch's middle,
 * where no two distinct lines tie, and neighbouring stretches of one option are merged.
 */
export function lowerEnvelope(lines: readonly Line[], top: number): DecisionSegment[] {
  const cuts = new Set<number>([0, top]);
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const slopeGap = lines[i]!.slope - lines[j]!.slope;
      if (slopeGap === 0) continue;
      const at = (lines[j]!.atZero - lines[i]!.atZero) / slopeGap;
      if (at > 0 && at < top) cuts.add(at);
    }
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const segments: DecisionSegment[] = [];
  for (let index = 0; index + 1 < sorted.length; index++) {
    const from = sorted[index]!;
    const to = sorted[index + 1]!;
    const option = cheapestAt(lines, (from + to) / 2);
    const last = segments[segments.length - 1];
    if (last?.option === option) last.to = to;
    else segments.push({ from, to, option });
  }
  return segments;
}

/** The seat counts of the columns: round(1 + (n − 1) × j / 59), n = max(2 × seats, 50). */
export function decisionColumns(seats: number): number[] {
  const largest = Math.max(2 * seats, 50);
  const counts = new Set<number>();
  for (let step = 0; step <= COLUMN_STEPS; step++) counts.add(Math.round(1 + ((largest - 1) * step) / COLUMN_STEPS));
  return [...counts].sort((a, b) => a - b);
}

export function decisionMap(scenario: Scenario): DecisionMap {
  const top = Math.max(1, 2 * scenario.issues);
  // Every option's totals at 0 and at 1 issue per person, for each column's size (optionTotals to within rounding error).
  const withoutIssues = new LinearTotals({ ...scenario, issues: 0 });
  const withOneIssue = new LinearTotals({ ...scenario, issues: 1 });
  const columns = decisionColumns(scenario.seats).map((seats) => {
    const sized = sizeScenario(scenario, seats);
    const atZero = withoutIssues.totals(sized.seats, sized.endpoints);
    const atOne = withOneIssue.totals(sized.seats, sized.endpoints);
    const lines = atZero.map((total, option) => ({ atZero: total, slope: atOne[option]! - total }));
    return { seats, segments: lowerEnvelope(lines, top) };
  });
  return { top, columns };
}
