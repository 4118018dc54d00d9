/**
 * The analyses of the current scenario, computed in a Web Worker so typing never waits for them.
 * Only the newest scenario is sent once the worker is free, so a slider drag does not queue work.
 */
import { startTransition, useDeferredValue, useEffect, useMemo, useState } from "react";
import { t } from "@lingui/core/macro";
import { NAIVE_MAIN_THREAD } from "./naive-baseline.ts";
import { useSettledValue } from "./use-settled-value.ts";
import { SETTLE_MS } from "./use-costs.ts";
import { SENSITIVITY_RANGES, type Scenario } from "../model/index.ts";
import type { Analysis, AnalysisRequest, AnalysisResponse } from "./analysis.ts";

export type AnalysisState = {
  analysis: Analysis | null;
  /** The scenario the shown analysis belongs to. */
  forScenario: Scenario | null;
  updating: boolean;
  error: string | null;
};

type Listener = (state: AnalysisState) => void;

class AnalysisClient {
  private worker: Worker | null = null;
  private workerStarting = false;
  private nextId = 1;
  private inFlight: { id: number; scenario: Scenario } | null = null;
  private pending: Scenario | null = null;
  private state: AnalysisState = { analysis: null, forScenario: null, updating: false, error: null };
  private listeners = new Set<Listener>();
  private started: Promise<void> | null = null;
  private markStarted: () => void = () => {};

  /** Starts the worker now; resolves once it has loaded, or failed to, or after `timeoutMs`. */
  start(timeoutMs: number): Promise<void> {
    this.started ??= new Promise<void>((resolve) => {
      this.markStarted = resolve;
      setTimeout(resolve, timeoutMs);
      if (!this.worker && typeof Worker !== "undefined") this.startWorker();
      if (!this.worker) resolve();
    });
    return this.started;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  request(scenario: Scenario): void {
    if (this.state.forScenario === scenario && !this.state.updating) return;
    this.pending = scenario;
    this.update({ updating: true });
    if (!this.inFlight) this.sendPending();
  }

  private update(change: Partial<AnalysisState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of this.listeners) listener(this.state);
  }

  private sendPending(): void {
    if (!this.pending || this.workerStarting) return;
    if (!this.worker && typeof Worker !== "undefined") {
      // Starting a worker holds the main thread for several milliseconds: it gets a task of its
      // own rather than lengthening the caller's (at start-up, React's commit of the whole page).
      this.workerStarting = true;
      setTimeout(() => {
        this.workerStarting = false;
        this.startWorker();
        this.sendPending();
      }, 0);
      return;
    }
    const scenario = this.pending;
    this.pending = null;
    const id = this.nextId++;
    this.inFlight = { id, scenario };
    if (this.worker) {
      this.worker.postMessage({ id, scenario, ranges: SENSITIVITY_RANGES } satisfies AnalysisRequest);
    } else {
      setTimeout(() => this.receive({ id, error: t`This browser cannot run the simulation (no Web Workers).` }), 0);
    }
  }

  private startWorker(): void {
    // Named by the page's language, whose number formats the worker loads first (analysis.worker.ts).
    this.worker = new Worker(new URL("./analysis.worker.ts", import.meta.url), { type: "module", name: document.documentElement.lang || "en" });
    this.worker.onmessage = (event: MessageEvent<AnalysisResponse>) => {
      if ("ready" in event.data) this.markStarted();
      else this.receive(event.data);
    };
    this.worker.onerror = () => {
      this.markStarted();
      this.worker = null;
      const id = this.inFlight?.id ?? 0;
      this.receive({ id, error: t`The simulation could not run in this browser.` });
    };
  }

  private receive(response: Exclude<AnalysisResponse, { ready: true }>): void {
    const done = this.inFlight;
    if (!done || done.id !== response.id) return;
    this.inFlight = null;
    const stillUpdating = this.pending !== null;
    if ("analysis" in response) {
      this.update({ analysis: response.analysis, forScenario: done.scenario, updating: stillUpdating, error: null });
    } else {
      // The failed scenario is now the one shown, without figures, so nothing waits on it forever.
      this.update({ analysis: null, forScenario: done.scenario, updating: stillUpdating, error: response.error });
    }
    this.sendPending();
  }
}

let client: AnalysisClient | null = null;

function getClient(): AnalysisClient {
  client ??= new AnalysisClient();
  return client;
}

/**
 * Starts the analysis worker ahead of the first request; resolves once it has loaded (and with it
 * the browser's number-format data, see analysis.worker.ts), or after `timeoutMs`.
 */
export function startAnalysisWorker(timeoutMs: number): Promise<void> {
  return getClient().start(timeoutMs);
}

const INITIAL: AnalysisState = { analysis: null, forScenario: null, updating: true, error: null };

function sameState(a: AnalysisState, b: AnalysisState): boolean {
  return a.analysis === b.analysis && a.forScenario === b.forScenario && a.updating === b.updating && a.error === b.error;
}

function useAnalysisInWorker(scenario: Scenario): AnalysisState {
  const [state, setState] = useState<AnalysisState>(INITIAL);
  // Requesting before subscribing means the first state heard is "updating", as already shown.
  useEffect(() => getClient().request(scenario), [scenario]);
  useEffect(
    () =>
      getClient().subscribe((next) => {
        // Results are not urgent: their redraw yields to typing. A state equal to the one shown
        // (as on mount) redraws nothing.
        startTransition(() => setState((shown) => (sameState(shown, next) ? shown : next)));
      }),
    [],
  );
  return state;
}

/**
 * The naive baseline for the latency benchmark (`npm run bench:ui`): every analysis synchronous
 * on the main thread during render. Only in builds made with VITE_NAIVE_MAIN_THREAD=1; in every
 * other build this is dead code and removed.
 */
// The condition is spelt out (not NAIVE_MAIN_THREAD) so the bundler can drop this import, chunk and all.
const analyseNow = import.meta.env.VITE_NAIVE_MAIN_THREAD === "1" ? (await import("./analysis.ts")).analyse : null;

function useAnalysisOnMainThread(scenario: Scenario): AnalysisState {
  const analysis = useMemo(() => analyseNow!(scenario, SENSITIVITY_RANGES), [scenario]);
  return { analysis, forScenario: scenario, updating: false, error: null };
}

export const useAnalysis = NAIVE_MAIN_THREAD ? useAnalysisOnMainThread : useAnalysisInWorker;

/** The analysis for slow views (charts): new results reach them once input pauses (see useDeferredCosts). */
export function useDeferredAnalysis(analysis: AnalysisState): AnalysisState {
  const deferred = useDeferredValue(useSettledValue(analysis, SETTLE_MS));
  return NAIVE_MAIN_THREAD ? analysis : deferred;
}
