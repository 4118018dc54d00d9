/**
 * The print button's and Ctrl+P's wait for what the printout needs, loaded when printing is asked
 * for (print-request.ts holds what the page needs before that).
 */
import { PREPARING_CLASS, markPrintRequested } from "./print-request.ts";

/** A frame is awaited this long at most: a page the browser does not draw (a hidden tab) gets none. */
export const FRAME_WAIT_MS = 100;

/** Resolves on the next frame, or after FRAME_WAIT_MS if none comes. */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, FRAME_WAIT_MS);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Settles with `promise`, or after `timeoutMs` if it has not by then. */
function atMost(promise: Promise<unknown>, timeoutMs: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Resolves once `ready()` holds, checking each frame, or after `timeoutMs` whatever it says. */
export async function waitUntil(ready: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!ready() && performance.now() < deadline) await nextFrame();
}

/**
 * Prints once everything the printout needs has loaded: `waitFor` are the page's own conditions
 * (the leave-behind's and the charts' chunks, the simulation), each given `timeoutMs` at most, so
 * a part that never comes leaves the printout without it rather than the button preparing forever.
 */
export async function printWhenReady(waitFor: readonly (() => Promise<unknown>)[], timeoutMs: number): Promise<void> {
  markPrintRequested();
  const root = document.documentElement;
  root.classList.add(PREPARING_CLASS);
  try {
    await Promise.allSettled(waitFor.map((wait) => atMost(wait(), timeoutMs)));
    // Frames for React to commit what just loaded and for the charts to measure their new width.
    for (let frame = 0; frame < 3; frame++) await nextFrame();
    window.print();
  } finally {
    // print() returns once the dialog has closed.
    root.classList.remove(PREPARING_CLASS);
  }
}

