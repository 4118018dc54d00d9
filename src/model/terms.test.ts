import { describe, expect, it } from "vitest";
import { defaultScenario } from "./inputs.ts";
import {
  billedHours,
  breakFixCallTerms,
  endpointsInMonth,
  managedFee,
  seatsInMonth,
} from "./terms.ts";

describe("billedHours", () => {
  it.each([
    // [hours, minimum, increment, billed]
    [0.5, 1, 0.25, 1], // below the minimum: the minimum
    [1.1, 1, 0.25, 1.25], // 4.4 increments round up to 5
    [1.5, 1, 0.25, 1.5], // exactly 6 increments: no rounding up through float error
    [0.3, 0, 0.1, 0.3], // 3 increments of 0.1 (0.30000000000000004 / 0.1 is just above 3)
    [2.01, 0, 1, 3],
    [1.1, 0, 0, 1.1], // increment 0: exact time
    [0.3, 0.5, 0, 0.5], // exact time, then the minimum
    [0, 0, 0.25, 0],
    [0, 2, 0.25, 2],
    [7, 1, 4, 8],
  ])(
    "bills %d h with a %d h minimum in %d h increments as %d h",
    (hours, minimum, increment, billed) => {
      expect(billedHours(hours, minimum, increment)).toBeCloseTo(billed, 12);
    },
  );

  it("bills exact time, not Infinity, when the increment is too small to count", () => {
    // 1 / 5e-324 overflows to Infinity; the rounding's limit is the exact time.
    expect(billedHours(1, 0, 5e-324)).toBe(1);
    expect(billedHours(1000, 0, 1e-306)).toBe(1000);
    expect(billedHours(0, 0.5, 5e-324)).toBe(0.5);
  });
});

describe("growth of headcount", () => {
  it("compounds monthly and rounds seats and endpoints to whole numbers", () => {
    // 10 × 1.5^((m − 1)/12): 10, 10.34, 10.70, …, 14.50 (month 12), 15 (month 13).
    const scenario = { ...defaultScenario(), seats: 10, endpoints: 20, growth: 50 };
    const seats = Array.from({ length: 13 }, (_, index) => seatsInMonth(scenario, index + 1));
    expect(seats).toEqual([10, 10, 11, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15]);
    const endpoints = Array.from({ length: 13 }, (_, index) =>
      endpointsInMonth(scenario, index + 1),
    );
    expect(endpoints).toEqual([20, 21, 21, 22, 23, 24, 24, 25, 26, 27, 28, 29, 30]);
  });

  it("never shrinks below one seat, though endpoints may reach zero", () => {
    // −50 % a year for 119 months: 1 × 0.5^(119/12) = 0.001 → 1 seat; 100 endpoints → 0.1 → 0.
    const scenario = { ...defaultScenario(), seats: 1, endpoints: 100, growth: -50 };
    expect(seatsInMonth(scenario, 120)).toBe(1);
    expect(endpointsInMonth(scenario, 120)).toBe(0);
  });
});

describe("prices per call and per month", () => {
  it("blends the after-hours multiplier over the share of calls billed at it", () => {
    // a = 1 + 0.15 × (1.5 − 1) = 1.075
    expect(breakFixCallTerms(defaultScenario()).afterHoursFactor).toBeCloseTo(1.075, 12);
  });

  it("never bills the managed side less than its minimum", () => {
    const scenario = { ...defaultScenario(), msSeat: 10, msServer: 20, msEndpoint: 1, msMin: 500 };
    // 10 × 25 + 1 × 30 + 20 × 2 = 320 < 500
    expect(managedFee(scenario, 25, 30)).toBe(500);
    // 10 × 50 + 1 × 60 + 20 × 2 = 600 > 500
    expect(managedFee(scenario, 50, 60)).toBe(600);
  });
});
