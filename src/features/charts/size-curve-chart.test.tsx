import { describe, expect, it } from "vitest";
import { thinSizeCurve } from "./size-curve-chart.tsx";
import type { SizePoint } from "../../model/index.ts";

function curve(largest: number): SizePoint[] {
  return Array.from({ length: largest }, (_, index) => ({
    seats: index + 1,
    breakFix: index * 2,
    managed: index * 3,
    plans: [index * 3],
  }));
}

describe("thinSizeCurve", () => {
  it("keeps a short curve whole", () => {
    const points = curve(50);
    expect(thinSizeCurve(points, [25, 10])).toEqual({ points, step: 1 });
  });

  it("thins the longest curve to about two hundred points, keeping both ends and the marked sizes", () => {
    const { points, step } = thinSizeCurve(curve(10_000), [5_000, 1_234, null]);
    expect(step).toBe(50);
    expect(points.length).toBeLessThanOrEqual(203);
    const seats = points.map((point) => point.seats);
    expect(seats).toEqual(expect.arrayContaining([1, 51, 1_234, 5_000, 10_000]));
    expect(seats).toEqual([...seats].sort((a, b) => a - b));
  });
});
