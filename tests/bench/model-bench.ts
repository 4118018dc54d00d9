/**
 * Times the cost model (`npm run bench`): computeCosts, simulate, sensitivity and sizeCurve at the
 * default scenario and at the largest one the inputs allow for a simulation (20,000 paths over
 * 120 months, 5,000 seats), and compares simulate with the bare cost of its random numbers: the
 * same Poisson draws, from the same generator and means, with no bookkeeping at all. Then times
 * calibration from a user's ticket export of 100,000 and 500,000 rows (calibration-bench.ts).
 */
import {
  computeCosts,
  defaultScenario,
  sensitivity,
  simulate,
  sizeCurve,
  type Scenario,
} from "../../src/model/index.ts";
import { poissonSampler, sfc32, type PoissonSampler } from "../../src/model/random.ts";
import { calibrationBenchmark } from "./calibration-bench.ts";
import {
  breakFixExpectedCalls,
  managedExpectedCalls,
  seatsInMonth,
} from "../../src/model/terms.ts";

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
 * The baseline for simulate: for every path and month, the same six Poisson draws simulate makes
 * (user, server and outage calls of each side), from samplers built for the same means and fed by
 * the same generator, summed and nothing else.
 */
function drawsAlone(s: Scenario): number {
  const samplers: PoissonSampler[] = [];
  for (let month = 1; month <= s.months; month++) {
    const seats = seatsInMonth(s, month);
    const bf = breakFixExpectedCalls(s, seats);
    const ms = managedExpectedCalls(s, seats);
    for (const mean of [
      bf.userCalls,
      bf.serverCalls,
      bf.outages,
      ms.userCalls,
      ms.serverCalls,
      ms.outages,
    ]) {
      samplers.push(poissonSampler(mean));
    }
  }
  const random = sfc32(s.seed);
  let total = 0;
  for (let path = 0; path < s.paths; path++) {
    for (const sampler of samplers) total += sampler(random);
  }
  return total;
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
  const draws = medianMs(runs, () => drawsAlone(scenario));
  const tornado = medianMs(runs * 4, () => sensitivity(scenario));
  const curve = medianMs(fewer, () => sizeCurve(scenario));
  timingRows.push([
    label,
    formatMs(costs),
    formatMs(simulation),
    formatMs(tornado),
    formatMs(curve),
  ]);
  const draws6 = scenario.paths * scenario.months * 6;
  ratioRows.push([
    label,
    draws6.toLocaleString("en-US"),
    formatMs(draws),
    formatMs(simulation),
    `${(simulation / draws).toFixed(2)}×`,
  ]);
}

console.log(`Node ${process.version}, median time per call (one warm-up call first)\n`);
console.log(
  table(["scenario", "computeCosts", "simulate", "sensitivity", "sizeCurve"], timingRows),
);
console.log(
  "\nsimulate against its Poisson draws alone (same generator, seed and means; target ≤ 3×)\n",
);
console.log(table(["scenario", "Poisson draws", "draws alone", "simulate", "ratio"], ratioRows));
if (!Number.isFinite(sink)) console.log("(unexpected: the results summed to a non-finite number)");
console.log("\ncalibration from a ticket export, median time per run (one warm-up run first; target < 2 s for 100,000 rows)\n");
console.log(calibrationBenchmark(table));
