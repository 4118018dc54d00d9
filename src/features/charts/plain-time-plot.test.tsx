import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { render, screen } from "@testing-library/react";
import { getNiceTickValues } from "recharts";
import { moneyAxisTicks, monthLabels, niceStep, PlainTimePlot } from "./plain-time-plot.tsx";
import { timeSeries, type TimeRow } from "./time-series.ts";
import { computeCosts, defaultScenario, parseScenario } from "../../model/index.ts";

const flat = (months: number, breakFix: number, managed: number): TimeRow[] =>
  Array.from({ length: months }, (_, index) => ({ month: index + 1, values: { breakFix, plan1: managed }, bands: {} }));

const ONE_PLAN = timeSeries(computeCosts({ ...defaultScenario(), months: 1 }));

function drawing(rows: readonly TimeRow[], extra: { breakEven?: number | null; series?: typeof ONE_PLAN } = {}) {
  const hasBands = rows[0]?.bands.breakFix !== undefined;
  const { container } = render(
    <PlainTimePlot
      title="Cost per month"
      rows={rows}
      series={extra.series ?? ONE_PLAN}
      hasBands={hasBands}
      currency="USD"
      legend={[]}
      breakEven={extra.breakEven ?? null}
    />,
  );
  return container;
}

/** A polyline's points as [x, y] pairs in the plot's 0–1000 coordinates. */
function pointsOf(element: Element | null): number[][] {
  return (element?.getAttribute("points") ?? "").split(" ").map((pair) => pair.split(",").map(Number));
}

describe("the value axis", () => {
  it("picks the ticks Recharts picks, so the grid stays put when Recharts takes over", () => {
    fc.assert(
      // Recharts itself divides by zero on subnormal numbers; costs that small draw as zero anyway.
      fc.property(fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e19, noNaN: true })), (max) => {
        const step = niceStep(max);
        const ours = [0, 1, 2, 3, 4].map((index) => Number((step * index).toPrecision(12)));
        expect(ours).toEqual(getNiceTickValues([0, max], 5, true));
      }),
      { numRuns: 2000 },
    );
  });

  it("stays finite for the smallest amounts", () => {
    for (const max of [Number.MIN_VALUE, 1e-300, 1e-7]) {
      const ticks = moneyAxisTicks(flat(2, max, 0));
      expect(ticks.every(Number.isFinite)).toBe(true);
      expect(ticks[4]).toBeGreaterThanOrEqual(max);
    }
  });

  it("reaches above the highest line or band", () => {
    const rows: TimeRow[] = [
      { month: 1, values: { breakFix: 6000, plan1: 3000 }, bands: { breakFix: [4000, 8200], plan1: [2900, 3100] } },
    ];
    expect(moneyAxisTicks(rows)).toEqual([0, 2500, 5000, 7500, 10000]);
    expect(moneyAxisTicks(flat(3, 0, 0))).toEqual([0, 1, 2, 3, 4]);
  });
});

describe("the month labels", () => {
  it("count back from the last month, at most seven of them", () => {
    expect(monthLabels(36)).toEqual([6, 12, 18, 24, 30, 36]);
    expect(monthLabels(7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(monthLabels(8)).toEqual([2, 4, 6, 8]);
    expect(monthLabels(120)).toEqual([24, 48, 72, 96, 120]);
    expect(monthLabels(1)).toEqual([1]);
    for (let months = 1; months <= 120; months++) {
      const labels = monthLabels(months);
      expect(labels.length).toBeLessThanOrEqual(7);
      expect(labels.at(-1)).toBe(months);
      expect(labels[0]).toBeGreaterThanOrEqual(1);
    }
  });
});

describe("PlainTimePlot", () => {
  it("draws each model's line through every month, at its height on the axis", () => {
    const container = drawing(flat(5, 4000, 1000));
    const breakFix = pointsOf(container.querySelector(".plain-plot__line--breakFix"));
    const managed = pointsOf(container.querySelector(".plain-plot__line--plan1"));
    // Ticks run 0–4,000 in steps of 1,000: 4,000 is the top edge, 1,000 three quarters down.
    expect(breakFix).toEqual([[0, 0], [250, 0], [500, 0], [750, 0], [1000, 0]]);
    expect(managed.map(([, y]) => y)).toEqual([750, 750, 750, 750, 750]);
    expect([...container.querySelectorAll(".plain-plot__y-ticks text")].map((text) => text.textContent)).toEqual([
      "$0",
      "$1K",
      "$2K",
      "$3K",
      "$4K",
    ]);
    expect(screen.getByRole("img", { name: "Cost per month" })).toBeInTheDocument();
  });

  it("shades each model's band between its 10th and 90th percentiles", () => {
    const rows: TimeRow[] = [
      { month: 1, values: { breakFix: 2000, plan1: 1000 }, bands: { breakFix: [1000, 4000], plan1: [1000, 1000] } },
      { month: 2, values: { breakFix: 2000, plan1: 1000 }, bands: { breakFix: [0, 3000], plan1: [1000, 1000] } },
    ];
    const container = drawing(rows);
    const band = pointsOf(container.querySelector(".plain-plot__band--breakFix"));
    // Upper edge left to right, then the lower edge back: 4,000 is the top of a 0–4,000 axis.
    expect(band).toEqual([[0, 0], [1000, 250], [1000, 1000], [0, 750]]);
    expect(container.querySelectorAll(".plain-plot__band")).toHaveLength(2);
  });

  it("draws no band before the simulation, and a dot for a one-month horizon", () => {
    const container = drawing(flat(1, 100, 50));
    expect(container.querySelector(".plain-plot__band")).toBeNull();
    expect(container.querySelector("polyline")).toBeNull();
    expect(container.querySelectorAll(".plain-plot__dot")).toHaveLength(2);
    expect([...container.querySelectorAll(".plain-plot__x-ticks text")].map((text) => text.textContent)).toEqual(["1", "Month"]);
  });

  it("marks the break-even month with a line and its label", () => {
    const container = drawing(flat(11, 100, 50), { breakEven: 9 });
    expect(container.querySelector(".plain-plot__marker")?.getAttribute("x1")).toBe("800");
    const label = container.querySelector(".plain-plot__marker-label");
    expect(label?.textContent).toBe("Break-even: month 9");
    // Past the middle, the label reads leftwards from the line so it stays inside the plot.
    expect(label?.getAttribute("text-anchor")).toBe("end");
  });

  it("draws every plan's line in its own look, and only the focus plan's band", () => {
    const { scenario } = parseScenario(new URLSearchParams("plans=3&months=2&focus=2&p2.msName=Standard"));
    const series = timeSeries(computeCosts(scenario));
    const rows: TimeRow[] = [1, 2].map((month) => ({
      month,
      values: { breakFix: 4000, plan1: 3000, plan2: 2000, plan3: 1000 },
      bands: { breakFix: [3000, 4000], plan2: [1000, 3000] },
    }));
    const container = drawing(rows, { series });
    for (const [plan, y] of [[1, 250], [2, 500], [3, 750]] as const) {
      expect(pointsOf(container.querySelector(`polyline.plain-plot__line--plan${plan}`)).map(([, at]) => at)).toEqual([y, y]);
    }
    expect([...container.querySelectorAll(".plain-plot__band")].map((band) => band.getAttribute("class"))).toEqual([
      "plain-plot__band plain-plot__band--breakFix",
      "plain-plot__band plain-plot__band--plan2",
    ]);
  });

  it("writes no style attribute, so its prerendered HTML passes a strict policy", () => {
    const container = drawing(flat(12, 100, 50), { breakEven: 3 });
    expect(container.querySelector("[style]")).toBeNull();
  });
});
