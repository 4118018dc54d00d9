/**
 * The page's side of the records worker: one worker per file, started when a file is chosen
 * (Papa Parse and the fitting load with it, never before) and ended to cancel or to forget it.
 */
import { t } from "@lingui/core/macro";
import type { Choices, Refusal } from "../../model/calibrate/types.ts";
import type { Scenario } from "../../model/index.ts";
import type { CategoryCount, FileSummary, FitOutcome, RecordsRequest, RecordsResponse } from "./records-protocol.ts";

/** What the client needs of a worker; a test can give one that runs the same job in-process. */
export type RecordsWorker = {
  postMessage(message: RecordsRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<RecordsResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
};

export type StartRecordsWorker = () => RecordsWorker;

/** The worker that bundles Papa Parse and the fitting: loaded from the site itself (the CSP allows no blob workers). */
export const startRecordsWorker: StartRecordsWorker = () =>
  new Worker(new URL("./calibrate.worker.ts", import.meta.url), { type: "module" });

/** A request that will never be answered: the worker was ended, or a newer fit replaced it. */
export class Dropped extends Error {}

export type ReadResult = { summary: FileSummary } | { refusal: Refusal };

type Waiting = {
  resolve: (response: RecordsResponse) => void;
  reject: (error: Error) => void;
  onProgress?: (fraction: number) => void;
};

export class RecordsClient {
  private readonly worker: RecordsWorker;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();
  /** The fit being computed, and the newest one asked for meanwhile (older ones are dropped). */
  private fitting = false;
  private queuedFit: { choices: Choices; scenario: Scenario; waiting: Waiting } | null = null;

  constructor(start: StartRecordsWorker = startRecordsWorker) {
    this.worker = start();
    this.worker.onmessage = (event) => this.receive(event.data);
    this.worker.onerror = () => this.failAll(t`The records could not be read in this browser.`);
  }

  async read(file: File, onProgress: (fraction: number) => void): Promise<ReadResult> {
    const response = await this.ask({ type: "read", id: this.nextId++, file }, onProgress);
    if (response.type === "refused") return { refusal: response.refusal };
    if (response.type === "read") return { summary: response.summary };
    throw new Error("unexpected answer from the records worker");
  }

  async categories(column: number): Promise<CategoryCount[]> {
    const response = await this.ask({ type: "categories", id: this.nextId++, column });
    if (response.type !== "categories") throw new Error("unexpected answer from the records worker");
    return response.values;
  }

  /** The fit for these choices; while one is being computed, only the newest request waits its turn. */
  async fit(choices: Choices, scenario: Scenario): Promise<FitOutcome> {
    const response = await new Promise<RecordsResponse>((resolve, reject) => {
      this.queuedFit?.waiting.reject(new Dropped());
      this.queuedFit = { choices, scenario, waiting: { resolve, reject } };
      this.sendQueuedFit();
    });
    if (response.type !== "fit") throw new Error("unexpected answer from the records worker");
    return response.outcome;
  }

  /** Ends the worker, and with it any reading in progress and the table it held. */
  close(): void {
    this.worker.terminate();
    this.queuedFit?.waiting.reject(new Dropped());
    this.queuedFit = null;
    for (const waiting of this.waiting.values()) waiting.reject(new Dropped());
    this.waiting.clear();
  }

  private sendQueuedFit(): void {
    if (this.fitting || !this.queuedFit) return;
    const { choices, scenario, waiting } = this.queuedFit;
    this.queuedFit = null;
    this.fitting = true;
    const done = () => {
      this.fitting = false;
      this.sendQueuedFit();
    };
    this.ask({ type: "fit", id: this.nextId++, choices, scenario }).then(
      (response) => {
        waiting.resolve(response);
        done();
      },
      (error: Error) => {
        waiting.reject(error);
        done();
      },
    );
  }

  private ask(request: RecordsRequest, onProgress?: (fraction: number) => void): Promise<RecordsResponse> {
    return new Promise((resolve, reject) => {
      this.waiting.set(request.id, { resolve, reject, onProgress });
      this.worker.postMessage(request);
    });
  }

  private receive(response: RecordsResponse): void {
    const waiting = this.waiting.get(response.id);
    if (!waiting) return;
    if (response.type === "progress") {
      waiting.onProgress?.(response.fraction);
      return;
    }
    this.waiting.delete(response.id);
    if (response.type === "failed") waiting.reject(new Error(response.message));
    else waiting.resolve(response);
  }

  private failAll(message: string): void {
    for (const waiting of this.waiting.values()) waiting.reject(new Error(message));
    this.waiting.clear();
  }
}
