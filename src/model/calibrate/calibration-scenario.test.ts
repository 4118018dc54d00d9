import { describe, expect, it } from "vitest";
import { defaultScenario } from "../inputs.ts";
import { calibrationScenario } from "./calibration-scenario.ts";
import type { Fit } from "./types.ts";

describe("calibrationScenario", () => {
  it("sets the fitted inputs and nothing else", () => {
    const scenario = defaultScenario();
    const fit = {
      fitted: [
        { key: "issues", value: 0.78, unclamped: 0.78, clamped: false, basis: "" },
        { key: "bfHours", value: 2.25, unclamped: 2.25, clamped: false, basis: "" },
      ],
    } as Fit;
    expect(calibrationScenario(scenario, fit)).toEqual({ ...scenario, issues: 0.78, bfHours: 2.25 });
    expect(scenario.issues).toBe(0.5);
  });
});
