/**
 * Cost against business size (MODEL.md, "Outputs"; PLANS.md, "Size curve"): the average monthly
 * total of every option for every seat count from 1 to max(2 × seats, 50), endpoints in
 * proportion, servers held. `managed` is the focus plan's, resolved once from the scenario as given.
 * Each point is `optionTotals(sizeScenario(scenario, seats))` to within rounding error, through
 * LinearTotals: the thousands of seat counts share everything but the staff and endpoints.
 */
import type { Scenario } from "./inputs.ts";
import { LinearTotals, focusPlan } from "./costs.ts";

/** `plans` holds each plan's average month, plan 1 first; `managed` is the focus plan's. */
export type SizePoint = { seats: number; breakFix: number; managed: number; plans: number[] };

/** The scenario at another seat count: endpoints in proportion (rounded), servers held. */
export function sizeScenario(scenario: Scenario, seats: number): Scenario {
  return { ...scenario, seats, endpoints: Math.round((scenario.endpoints * seats) / scenario.seats) };
}

export function sizeCurve(scenario: Scenario): SizePoint[] {
  const largest = Math.max(2 * scenario.seats, 50);
  const focus = focusPlan(scenario);
  const totals = new LinearTotals(scenario);
  const points: SizePoint[] = [];
  for (let seats = 1; seats <= largest; seats++) {
    const sized = sizeScenario(scenario, seats);
    const [breakFix = 0, ...plans] = totals.totals(sized.seats, sized.endpoints).map((total) => total / scenario.months);
    points.push({ seats, breakFix, managed: plans[focus - 1]!, plans });
  }
  return points;
}
/**
 * The smallest seat count from which managed stays at or below break-fix to the end of the curve;
 * null when it never does.
 */
export function sizeCrossover(points: readonly SizePoint[]): number | null {
  let first: number | null = null;
  for (let index = points.length - 1; index >= 0; index--) {
    const point = points[index]!;
    if (point.managed <= point.breakFix) first = point.seats;
    else break;
  }
  return first;
}
