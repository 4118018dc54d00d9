/**
 * Times the cost model (`npm run bench`): computeCosts, simulate, sensitivity, sizeCurve and
 * decisionMap at the default scenario and at the largest one the inputs allow for a simulation
 * (20,000 paths over 120 months, 5,000 seats), each with one plan and with three, and compares
 * simulate with the bare cost of its random numbers: one uniform number per Poisson draw simulate
 * makes, from an inline mulberry32 loop (the fastest well-known 32-bit generator in JavaScript),
 * and nothing else. Then times calibration from a user's ticket export of 100,000 and 500,000
 * rows (calibration-bench.ts).
 */
import {
  computeCosts,
  decisionMap,
  defaultPlanTerms,
  defaultScenario,
  sensitivity,
  simulate,
  sizeCurve,
  type Scenario,
} from "../../src/model/index.ts";
import { simulateWithStats } from "../../src/model/simulate.ts";
import { calibrationBenchmark } from "./calibration-bench.ts";

type Case = { name: string; scenario: Scenario; runs: number };

/** Plans 2 and 3 on other terms than plan 1's: plan 2 bills 40 % of its calls outside the fee. */
function withThreePlans(s: Scenario): Scenario {
  return {
    ...s,
    otherPlans: [
      { ...defaultPlanTerms(2), msSeat: 95, msOutside: 40, msRate: 120 },
      { ...defaultPlanTerms(3), msSeat: 160, msFewer: 60, msWait: 0.5 },
    ],
  };
}

// 200 times the default office: endpoints and servers scaled with the seats.
const LARGEST: Scenario = { ...defaultScenario(), paths: 20000, months: 120, seats: 5000, endpoints: 6000, servers: 400 };

const CASES: readonly Case[] = [
  { name: "default", scenario: defaultScenario(), runs: 15 },
  { name: "default, 3 plans", scenario: withThreePlans(defaultScenario()), runs: 15 },
  { name: "largest", scenario: LARGEST, runs: 5 },
  { name: "largest, 3 plans", scenario: withThreePlans(LARGEST), runs: 5 },
];

/** Poisson draws simulate makes: three (user calls, server calls, outages) per option, path and month. */
function drawsOf(s: Scenario): number {
  return s.paths * s.months * 3 * (2 + s.otherPlans.length);
}

/** Keeps results alive so that no engine can drop the work being timed. */
let sink = 0;

function consume(value: unknown): void {
  if (typeof value === "number") sink += value;
  else if (Array.isArray(value)) sink += value.length;
  else if (value !== null && typeof value === "object") sink += Object.keys(value).length;
}

/** Median wall-clock milliseconds of `runs` calls, after one untimed warm-up call. */
function medianMs(runs: number, call: () => unknown): number {
  consume(call());
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    consume(call());
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const middle = times.length >> 1;
  return times.length % 2 === 1 ? times[middle]! : (times[middle - 1]! + times[middle]!) / 2;
}

/**
 * The baseline for simulate: one uniform double per Poisson draw simulate makes, from mulberry32
 * stepped inline (no call per number), summed so that no engine can drop the work, and nothing
 * else. A Poisson draw cannot cost less than the uniform number it is made from.
 */
function uniformsAlone(count: number, seed: number): number {
  let state = seed | 0;
  let total = 0;
  for (let draw = 0; draw < count; draw++) {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    total += ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  return total;
}

/** Rounds of the ratio; each round times the baseline and simulate back to back. */
const RATIO_ROUNDS = 3;

/**
 * simulate ÷ the uniforms alone, measured in the same run: RATIO_ROUNDS rounds, each the median
 * of `runs` calls of each, back to back so that both see the same load; the median round is
 * reported.
 */
function ratioToUniforms(s: Scenario, runs: number): { uniforms: number; simulation: number; ratio: number } {
  const count = drawsOf(s);
  const rounds = Array.from({ length: RATIO_ROUNDS }, (_, round) => {
    const uniforms = medianMs(runs, () => uniformsAlone(count, s.seed + round));
    const simulation = medianMs(runs, () => simulate(s));
    return { uniforms, simulation, ratio: simulation / uniforms };
  });
  rounds.sort((a, b) => a.ratio - b.ratio);
  return rounds[RATIO_ROUNDS >> 1]!;
}

function formatMs(ms: number): string {
  if (ms < 0.1) return `${(ms * 1000).toFixed(1)} µs`;
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  return `${ms.toFixed(0)} ms`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join(" | ")} |`;
  const rule = `|${widths.map((width, column) => (column === 0 ? `:${"-".repeat(width + 1)}` : `${"-".repeat(width + 1)}:`)).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}

const timingRows: string[][] = [];
const ratioRows: string[][] = [];

for (const { name, scenario, runs } of CASES) {
  const label = `${name} (${scenario.seats} seats, ${scenario.months} months, ${scenario.paths} paths)`;
  const fewer = Math.max(3, Math.round(runs / 3));
  const costs = medianMs(runs * 20, () => computeCosts(scenario));
  const simulation = medianMs(runs, () => simulate(scenario));
  const tornado = medianMs(runs * 4, () => sensitivity(scenario));
  const curve = medianMs(fewer, () => sizeCurve(scenario));
  const map = medianMs(runs * 4, () => decisionMap(scenario));
  timingRows.push([label, formatMs(costs), formatMs(simulation), formatMs(tornado), formatMs(curve), formatMs(map)]);
  const ratio = ratioToUniforms(scenario, Math.min(runs, 3));
  ratioRows.push([
    label,
    drawsOf(scenario).toLocaleString("en-US"),
    formatMs(ratio.uniforms),
    formatMs(ratio.simulation),
    `${ratio.ratio.toFixed(2)}×`,
  ]);
}

console.log(`Node ${process.version}, median time per call (one warm-up call first)\n`);
console.log(table(["scenario", "computeCosts", "simulate", "sensitivity", "sizeCurve", "decisionMap"], timingRows));
console.log(
  "\ntargets: simulate < 150 ms for the default with 3 plans; at the largest with 3 plans sizeCurve ≤ 100 ms, decisionMap ≤ 50 ms, sensitivity ≤ 20 ms",
);
console.log(
  `\nsimulate against one uniform number per Poisson draw (inline mulberry32, summed; median of ${RATIO_ROUNDS} rounds; target ≤ 8× at the largest)\n`,
);
console.log(
  table(["scenario", "Poisson draws", "uniforms alone", "simulate", "ratio"], ratioRows),
);
// Memory: the most the Poisson tables held at once, at the largest scenario and with the most
// calls a month can ask for at the start (10 issues per person: 50,000 user calls expected).
const largest = LARGEST;
const peaks = [
  ["largest scenario", largest],
  ["largest, 10 issues per person a month", { ...largest, issues: 10 }],
] as const;
console.log("\nPeak memory held by Poisson tables during simulate\n");
console.log(
  table(
    ["scenario", "peak table memory"],
    peaks.map(([name, scenario]) => [name, `${(simulateWithStats(scenario).peakTableBytes / 1024).toFixed(1)} KB`]),
  ),
);
if (!Number.isFinite(sink)) console.log("(unexpected: the results summed to a non-finite number)");
console.log("\ncalibration from a ticket export, median time per run (one warm-up run first; target < 2 s for 100,000 rows)\n");
console.log(calibrationBenchmark(table));
