import { describe, expect, it } from "vitest";
import { render, screen } from "@testing-library/react";
import { CostOverTimeChart } from "./cost-over-time-chart.tsx";
import { TimePlot } from "./time-plot.tsx";
import { timeRows } from "./time-series.ts";
import { computeCosts, defaultScenario, simulate } from "../../model/index.ts";

const scenario = { ...defaultScenario(), months: 6, paths: 200 };
const costs = computeCosts(scenario);
const simulation = simulate(scenario);

describe("timeRows", () => {
  it("pairs each month's expected figures with its simulated 10th and 90th percentiles", () => {
    const rows = timeRows(costs, simulation, "cumulative");
    expect(rows).toHaveLength(6);
    expect(rows[5]).toEqual({
      month: 6,
      values: {
        breakFix: costs.months[5]!.breakFix.cumulative,
        plan1: costs.months[5]!.managed.cumulative,
      },
      bands: {
        breakFix: [
          simulation.months[5]!.breakFix.cumulative.p10,
          simulation.months[5]!.breakFix.cumulative.p90,
        ],
        plan1: [
          simulation.months[5]!.managed.cumulative.p10,
          simulation.months[5]!.managed.cumulative.p90,
        ],
      },
    });
  });

  it("leaves the bands out when the simulation is of a different horizon", () => {
    const older = simulate({ ...scenario, months: 12 });
    const rows = timeRows(costs, older, "monthly");
    expect(rows.every((row) => Object.keys(row.bands).length === 0)).toBe(true);
    expect(rows[0]!.values.breakFix).toBe(costs.months[0]!.breakFix.total);
  });
});

describe("the running total's summary", () => {
  it("says the two cost the same when they do, rather than that managed costs less", () => {
    const free = {
      ...defaultScenario(),
      months: 1,
      issues: 0,
      srvIssues: 0,
      outages: 0,
      staffCost: 0,
    };
    const zeroScenario = { ...free, msSeat: 0, msServer: 0, msMin: 0, msOnboard: 0 };
    const zero = computeCosts(zeroScenario);
    expect(zero.breakEvenMonth).toBe(1);
    render(
      <CostOverTimeChart
        measure="cumulative"
        costs={zero}
        scenario={zeroScenario}
        simulation={null}
        simulationFailed={false}
        currency="USD"
        busy={false}
        Plot={TimePlot}
      />,
    );
    expect(screen.getByText("Both cost the same to date in every month.")).toBeInTheDocument();
  });
});
