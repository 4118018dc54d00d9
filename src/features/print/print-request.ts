/**
 * Getting the page ready to print: the leave-behind's date, link and QR code, the lazily loaded
 * charts and every "How this is calculated" section open. The button and Ctrl+P wait for all of
 * it before the print dialog; a print started from the browser's menu gets what is ready.
 */
import { useEffect, useSyncExternalStore } from "react";

/** On the root element while the page is prepared for printing (print.css gives charts the paper's width). */
const PREPARING_CLASS = "print-preparing";

let requestedAt: Date | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Renders the leave-behind from now on (it stays: nothing is gained by removing it again). */
export function activateLeaveBehind(): void {
  if (requestedAt) return;
  requestedAt = new Date();
  for (const listener of listeners) listener();
}

/** When printing was first asked for, or null before: the date the leave-behind carries. */
export function usePrintRequestedAt(): Date | null {
  return useSyncExternalStore(subscribe, () => requestedAt, () => null);
}

export function loadQrCode() {
  return import("./qr-code.tsx");
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Resolves once `ready()` holds, checking each frame, or after `timeoutMs` whatever it says. */
export async function waitUntil(ready: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!ready() && performance.now() < deadline) await nextFrame();
}

/** Opens every closed disclosure in the printed sections; the returned function closes them again. */
export function openDetailsForPrint(root: ParentNode = document): () => void {
  const opened = [...root.querySelectorAll<HTMLDetailsElement>(".explain details:not([open])")];
  for (const details of opened) details.open = true;
  return () => {
    for (const details of opened) details.open = false;
  };
}

/**
 * Prints once everything the printout needs has loaded: `waitFor` are the page's own conditions
 * (the charts' chunk, the simulation), each given a few seconds at most.
 */
export async function printWhenReady(waitFor: readonly (() => Promise<unknown>)[]): Promise<void> {
  activateLeaveBehind();
  const root = document.documentElement;
  root.classList.add(PREPARING_CLASS);
  try {
    await Promise.allSettled([loadQrCode(), ...waitFor.map((wait) => wait())]);
    // Frames for React to commit what just loaded and for the charts to measure their new width.
    for (let frame = 0; frame < 3; frame++) await nextFrame();
    window.print();
  } finally {
    // print() returns once the dialog has closed.
    root.classList.remove(PREPARING_CLASS);
  }
}

/** Ctrl+P (⌘P on a Mac) runs the same preparation as the button instead of printing at once. */
export function usePrintShortcut(print: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.shiftKey) return;
      if ((event.ctrlKey || event.metaKey) && (event.key === "p" || event.key === "P")) {
        event.preventDefault();
        print();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [print]);
}
