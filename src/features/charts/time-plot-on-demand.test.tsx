import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { TimePlotOnDemand } from "./time-plot-on-demand.tsx";
import { timeSeries, type TimePlotProps } from "./time-series.ts";
import { computeCosts, defaultScenario } from "../../model/index.ts";

/** jsdom lays nothing out: report a fixed size so Recharts draws its SVG. */
class FixedSizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    this.callback([{ target, contentRect: { width: 640, height: 300 } } as unknown as ResizeObserverEntry], this as unknown as ResizeObserver);
  }
  unobserve() {}
  disconnect() {}
}

const original = globalThis.ResizeObserver;
beforeAll(() => {
  globalThis.ResizeObserver = FixedSizeObserver as unknown as typeof ResizeObserver;
});
afterAll(() => {
  globalThis.ResizeObserver = original;
});

const PROPS: TimePlotProps = {
  title: "Cost per month",
  rows: Array.from({ length: 12 }, (_, index) => ({ month: index + 1, values: { breakFix: 5000, plan1: 3000 }, bands: {} })),
  series: timeSeries(computeCosts({ ...defaultScenario(), months: 12 })),
  hasBands: false,
  currency: "USD",
  legend: [],
  breakEven: null,
};

describe("TimePlotOnDemand", () => {
  it("draws plainly, without Recharts, until someone points at the plot", async () => {
    const { container } = render(<TimePlotOnDemand {...PROPS} />);
    const plain = screen.getByRole("img", { name: "Cost per month" });
    expect(container.querySelector(".recharts-surface")).toBeNull();

    fireEvent.pointerEnter(plain);
    await waitFor(() => expect(container.querySelector(".recharts-surface")).not.toBeNull());
    expect(container.querySelector(".plain-plot")).toBeNull();
  });

  it("hands the keyboard focus on to Recharts' surface, where the arrow keys read the months", async () => {
    const { container } = render(<TimePlotOnDemand {...PROPS} />);
    const plain = screen.getByRole("img", { name: "Cost per month" });
    expect(plain).toHaveAttribute("tabindex", "0");

    act(() => plain.focus());
    await waitFor(() => expect(document.activeElement).toBe(container.querySelector("svg.recharts-surface")));
    expect(document.activeElement).toHaveAttribute("aria-label", "Cost per month");
  });
});
