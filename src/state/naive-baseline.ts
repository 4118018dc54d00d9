/**
 * True only in the naive build the UI latency benchmark compares against (every recompute
 * synchronous on the main thread). Vite replaces the expression at build time, so the normal
 * build drops the naive code paths entirely.
 */
export const NAIVE_MAIN_THREAD: boolean = import.meta.env.VITE_NAIVE_MAIN_THREAD === "1";
