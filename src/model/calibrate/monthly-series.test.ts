import { describe, expect, it } from "vitest";
import { monthlySeries } from "./monthly-series.ts";

const local = (year: number, month: number, day: number) => new Date(year, month - 1, day, 12).getTime();

describe("monthlySeries", () => {
  it("sums values by calendar month, every month from the first to the last, empty months as 0", () => {
    const dates = [local(2024, 11, 30), local(2025, 2, 1), local(2024, 11, 1), local(2025, 2, 28)];
    expect(monthlySeries(dates, [100.1, 50, 0.2, -25])).toEqual([
      { month: "2024-11", value: 100.3 },
      { month: "2024-12", value: 0 },
      { month: "2025-01", value: 0 },
      { month: "2025-02", value: 25 },
    ]);
  });

  it("counts records when no values are given", () => {
    expect(monthlySeries([local(2025, 3, 1), local(2025, 3, 31), local(2025, 4, 2)])).toEqual([
      { month: "2025-03", value: 2 },
      { month: "2025-04", value: 1 },
    ]);
  });

  it("is empty for no records", () => {
    expect(monthlySeries([])).toEqual([]);
  });
});
