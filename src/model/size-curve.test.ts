import { describe, expect, it } from "vitest";
import { defaultScenario } from "./inputs.ts";
import { sizeCrossover, sizeCurve } from "./size-curve.ts";

const CENT = 2;

// Break-fix: one 320 call per seat a month and nothing else (no servers' incidents, no outages,
// downtime off), so 320 × s. Managed: 200 per endpoint, 120 for the one server (held at every
// size), and 600 onboarding over 12 months = 50 a month: 200 × round(3 × s / 2) + 170.
const scenario = {
  ...defaultScenario(),
  seats: 2,
  endpoints: 3,
  servers: 1,
  months: 12,
  growth: 0,
  downtime: false,
  issues: 1,
  srvIssues: 0,
  outages: 0,
  bfReported: 100,
  bfRecur: 0,
  bfRate: 320,
  bfHours: 1,
  bfMin: 0,
  bfStep: 0,
  bfAfter: 0,
  bfOnsite: 0,
  msSeat: 0,
  msEndpoint: 200,
  msServer: 120,
  msMin: 0,
  msOnboard: 600,
};

describe("sizeCurve", () => {
  const curve = sizeCurve(scenario);

  it("runs from 1 seat to max(2 × seats, 50)", () => {
    expect(curve.map((point) => point.seats)).toEqual(
      Array.from({ length: 50 }, (_, index) => index + 1),
    );
    expect(sizeCurve({ ...defaultScenario(), seats: 40 })).toHaveLength(80);
  });

  it("scales endpoints in proportion to seats, rounding half up, and holds servers", () => {
    // s = 1: endpoints round(1.5) = 2 → managed 570; break-fix 320.
    // s = 13: endpoints round(19.5) = 20 → managed 4170; break-fix 4160.
    // s = 14: endpoints 21 → managed 4370; break-fix 4480.
    // s = 50: endpoints 75 → managed 15170; break-fix 16000.
    expect(curve[0]!.managed).toBeCloseTo(570, CENT);
    expect(curve[0]!.breakFix).toBeCloseTo(320, CENT);
    expect(curve[12]!.managed).toBeCloseTo(4170, CENT);
    expect(curve[12]!.breakFix).toBeCloseTo(4160, CENT);
    expect(curve[13]!.managed).toBeCloseTo(4370, CENT);
    expect(curve[13]!.breakFix).toBeCloseTo(4480, CENT);
    expect(curve[49]!.managed).toBeCloseTo(15170, CENT);
    expect(curve[49]!.breakFix).toBeCloseTo(16000, CENT);
  });

  it("finds the size from which managed stays at or below break-fix", () => {
    // Even s: managed 300 s + 170 ≤ 320 s from s = 10 (8.5 rounded up to an even number).
    // Odd s:  managed 300 s + 270 ≤ 320 s from s = 15. So s = 10 and 12 do not last; 13 fails; from 14 on it holds.
    expect(curve[9]!.managed).toBeLessThanOrEqual(curve[9]!.breakFix);
    expect(sizeCrossover(curve)).toBe(14);
  });

  it("finds no crossover when managed is dearer at the largest size", () => {
    expect(sizeCrossover(sizeCurve({ ...scenario, bfRate: 300 }))).toBeNull();
  });
});
