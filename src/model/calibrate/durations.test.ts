import { describe, expect, it } from "vitest";
import { parseDuration } from "./durations.ts";

describe("parseDuration", () => {
  it.each([
    ["1.5", 1.5],
    ["1,5", 1.5],
    ["1:30", 1.5],
    ["01:30", 1.5],
    ["1:30:36", 1.51],
    ["26:15", 26.25],
    ["1h 30m", 1.5],
    ["1h30m", 1.5],
    ["1.5h", 1.5],
    ["1,5 h", 1.5],
    ["90m", 1.5],
    ["90 min", 1.5],
    ["1 hour 30 minutes", 1.5],
    ["2 hrs", 2],
    ["5400s", 1.5],
    ["0", 0],
  ])("reads %j as %d hours when bare numbers are hours", (cell, hours) => {
    expect(parseDuration(cell, "hours", false)).toBeCloseTo(hours, 12);
  });

  it("reads bare numbers in the column's unit, and written units whatever the column's", () => {
    expect(parseDuration("5400", "seconds", false)).toBe(1.5);
    expect(parseDuration("90", "minutes", false)).toBe(1.5);
    expect(parseDuration("1,5", "minutes", true)).toBe(0.025);
    expect(parseDuration("1h 30m", "seconds", false)).toBe(1.5);
    expect(parseDuration("1:30", "seconds", false)).toBe(1.5);
  });

  it.each(["", "  ", "2d", "1w 2d", "-1", "abc", "=A1*2", "1:75"])("does not read %j", (cell) => {
    expect(parseDuration(cell, "hours", false)).toBeNull();
  });
});
