import { describe, expect, it } from "vitest";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { DecisionMapChart, columnInWords, mapRegions, regionLabels } from "./decision-map-chart.tsx";
import { chartOptions } from "./chart-options.ts";
import type { DecisionMap } from "../../model/index.ts";

const MAP: DecisionMap = {
  top: 2,
  columns: [
    { seats: 1, segments: [{ from: 0, to: 2, option: 0 }] },
    { seats: 2, segments: [{ from: 0, to: 0.5, option: 0 }, { from: 0.5, to: 2, option: 1 }] },
    { seats: 4, segments: [{ from: 0, to: 0.25, option: 0 }, { from: 0.25, to: 1.5, option: 1 }, { from: 1.5, to: 2, option: 2 }] },
  ],
};
const OPTIONS = chartOptions(["Essentials", "Standard"]);

describe("mapRegions", () => {
  it("reaches each column halfway to its neighbours and each stretch over its issue rates, as fractions of the plot", () => {
    const regions = mapRegions(MAP);
    expect(regions).toHaveLength(6);
    expect(regions[0]).toEqual({ option: 0, x0: 0, x1: 1.5 / 4, y0: 0, y1: 1 });
    expect(regions[2]).toEqual({ option: 1, x0: 1.5 / 4, x1: 3 / 4, y0: 0.25, y1: 1 });
    expect(regions[5]).toEqual({ option: 2, x0: 3 / 4, x1: 1, y0: 0.75, y1: 1 });
  });
});

describe("columnInWords", () => {
  it("says each stretch of a column with the option's name", () => {
    expect(columnInWords(MAP.columns[2]!, OPTIONS)).toBe(
      "From 0 to 0.25: Break-fix; from 0.25 to 1.5: Essentials; from 1.5 to 2: Standard",
    );
  });
});

describe("regionLabels", () => {
  it("names a region where the whole name fits inside it, and leaves out one too small for its name", () => {
    const wide: DecisionMap = {
      top: 1,
      columns: Array.from({ length: 50 }, (_, index) => ({
        seats: index + 1,
        segments:
          index < 2
            ? [{ from: 0, to: 1, option: 2 }]
            : [{ from: 0, to: 0.3, option: 0 }, { from: 0.3, to: 1, option: 1 }],
      })),
    };
    const labels = regionLabels(mapRegions(wide), (option) => OPTIONS[option]!.name.length, { x: 0.5, y: 0.65 });
    expect(labels.map((label) => label.option)).toEqual([0, 1]);
    const [breakFix, essentials] = labels;
    expect(breakFix!.y).toBeCloseTo(0.15);
    // Not on top of the scenario's own point, in the middle of the map: above it.
    expect(essentials!.x).toBeCloseTo(0.5, 1);
    expect(essentials!.y).toBeCloseTo(0.8);
  });
});

describe("DecisionMapChart", () => {
  it("fills each option with a pattern of its own, names it in the legend and turns into a table", async () => {
    render(
      <DecisionMapChart
        map={MAP}
        planNames={["Essentials", "Standard"]}
        seats={3}
        issues={1}
        cheapest="Essentials"
        months={36}
        busy={false}
        waiting={null}
      />,
    );
    const section = screen.getByRole("region", { name: "Which option is cheapest" });
    expect(within(section).getByText(/For you \(3 staff, 1 issues per person a month\): Essentials\./)).toBeInTheDocument();
    const fills = [...section.querySelectorAll(".decision-map__region")].map((rect) => rect.getAttribute("fill"));
    expect(new Set(fills).size).toBe(3);
    expect(section.querySelectorAll("pattern")).toHaveLength(3);
    expect(within(section).getByRole("img")).toHaveAccessibleName(/Break-fix, Essentials, Standard/);

    await userEvent.click(within(section).getByRole("button", { name: "Show as table" }));
    const rows = within(within(section).getByRole("table")).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual(["1", "2", "4"]);
    expect(within(rows[1]!).getByRole("cell")).toHaveTextContent("From 0 to 0.5: Break-fix; from 0.5 to 2: Essentials");
  });

  it("writes no style attribute, so it passes a strict policy", () => {
    const { container } = render(
      <DecisionMapChart map={MAP} planNames={["Managed"]} seats={2} issues={1} cheapest="Managed" months={12} busy={false} waiting={null} />,
    );
    expect(container.querySelector("[style]")).toBeNull();
  });
});
