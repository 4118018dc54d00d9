import { describe, expect, it } from "vitest";
import { roundHalfAwayFromZero } from "./round.ts";

describe("roundHalfAwayFromZero", () => {
  it.each([
    [0.125, 0.13],
    [-0.125, -0.13],
    [1.005, 1.01],
    [2.675, 2.68],
    [1.875, 1.88],
    [0.124999, 0.12],
    [156.25, 156.25],
    [-0.001, 0],
    [0, 0],
  ])("rounds %d to %d", (value, expected) => {
    expect(roundHalfAwayFromZero(value)).toBe(expected);
  });

  it("never gives negative zero", () => {
    expect(Object.is(roundHalfAwayFromZero(-0.004), 0)).toBe(true);
  });
});
