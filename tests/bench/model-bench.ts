/**
 * Times the cost model (`npm run bench`): computeCosts, simulate, sensitivity and sizeCurve at the
 * default scenario and at the largest one the inputs allow for a simulation (20,000 paths over
 * 120 months, 5,000 seats), and compares simulate with the bare cost of its random numbers: one
 * uniform number from the same generator per Poisson draw simulate makes, and nothing else. Then
 * times calibration from a user's ticket export of 100,000 and 500,000 rows (calibration-bench.ts).
 */
import {
  computeCosts,
  defaultScenario,
  sensitivity,
  simulate,
  sizeCurve,
  type Scenario,
} from "../../src/model/index.ts";
import { sfc32Bits } from "../../src/model/random.ts";
import { simulateWithStats } from "../../src/model/simulate.ts";
import { calibrationBenchmark } from "./calibration-bench.ts";

type Case = { name: string; scenario: Scenario; runs: number };

const CASES: readonly Case[] = [
  { name: "default", scenario: defaultScenario(), runs: 15 },
  {
    name: "largest",
    // 200 times the default office: endpoints and servers scaled with the seats.
    scenario: {
      ...defaultScenario(),
      paths: 20000,
      months: 120,
      seats: 5000,
      endpoints: 6000,
      servers: 400,
    },
    runs: 5,
  },
];

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
 * The baseline for simulate: one uniform number (32 random bits, as simulate takes them) from the
 * same generator and seed for each of the six Poisson draws simulate makes per path and month
 * (user, server and outage calls of each side), summed and nothing else. A Poisson draw cannot
 * cost less than the uniform number it is made from.
 */
function uniformsAlone(s: Scenario): number {
  const random = sfc32Bits(s.seed);
  const count = s.paths * s.months * 6;
  let total = 0;
  for (let draw = 0; draw < count; draw++) total += random.next();
  return total;
}

/** The same numbers drawn 1,024 at a time into a buffer, as simulate draws them, and summed. */
function uniformsInBlocks(s: Scenario): number {
  const random = sfc32Bits(s.seed);
  const block = new Float64Array(1024);
  let total = 0;
  for (let left = s.paths * s.months * 6; left > 0; left -= block.length) {
    const count = Math.min(block.length, left);
    random.fill(block, count);
    for (let i = 0; i < count; i++) total += block[i]!;
  }
  return total;
}

/** Rounds of the ratio; each round times the baseline and simulate back to back. */
const RATIO_ROUNDS = 3;

/**
 * simulate ÷ the uniforms alone (the faster of one by one and in blocks), measured in the same run:
 * RATIO_ROUNDS rounds, each the median of `runs` calls of each, back to back so that both see the
 * same load; the median round is reported.
 */
function ratioToUniforms(s: Scenario, runs: number): { uniforms: number; simulation: number; ratio: number } {
  const rounds = Array.from({ length: RATIO_ROUNDS }, () => {
    const uniforms = Math.min(
      medianMs(runs, () => uniformsAlone(s)),
      medianMs(runs, () => uniformsInBlocks(s)),
    );
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
  timingRows.push([
    label,
    formatMs(costs),
    formatMs(simulation),
    formatMs(tornado),
    formatMs(curve),
  ]);
  const ratio = ratioToUniforms(scenario, Math.min(runs, 3));
  ratioRows.push([
    label,
    (scenario.paths * scenario.months * 6).toLocaleString("en-US"),
    formatMs(ratio.uniforms),
    formatMs(ratio.simulation),
    `${ratio.ratio.toFixed(2)}×`,
  ]);
}

console.log(`Node ${process.version}, median time per call (one warm-up call first)\n`);
console.log(
  table(["scenario", "computeCosts", "simulate", "sensitivity", "sizeCurve"], timingRows),
);
console.log(
  `\nsimulate against one uniform number per Poisson draw (same generator and seed; median of ${RATIO_ROUNDS} rounds; target ≤ 8×)\n`,
);
console.log(
  table(["scenario", "Poisson draws", "uniforms alone", "simulate", "ratio"], ratioRows),
);
// Memory: the most the Poisson tables held at once, at the largest scenario and with the most
// calls a month can ask for at the start (10 issues per person: 50,000 user calls expected).
const largest = CASES[CASES.length - 1]!.scenario;
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
