/**
 * Getting the page ready to print. The leave-behind (its first page and footer) is loaded and
 * drawn, hidden, once the browser is idle after start-up, so a print from the browser's own menu
 * carries it too. Printing, by the button, Ctrl+P or the menu, dates it, brings its link up to
 * the moment, draws every chart and opens every "How this is calculated" section; the button and
 * Ctrl+P also wait for the charts' chunk and the simulation before the print dialog.
 */
import { useEffect, useSyncExternalStore } from "react";
import { flushSync } from "react-dom";

/** On the root element while the page is prepared for printing (print.css gives charts the paper's width). */
export const PREPARING_CLASS = "print-preparing";

let requestedAt: Date | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Marks a print as started now: the leave-behind takes today's date and the current link. */
export function markPrintRequested(): void {
  requestedAt = new Date();
  for (const listener of listeners) listener();
}

/** When printing was last asked for, or null before: the date the leave-behind carries. */
export function usePrintRequestedAt(): Date | null {
  return useSyncExternalStore(subscribe, () => requestedAt, () => null);
}

/**
 * True once printing has been asked for: from then on every chart is drawn in full. Unlike the
 * date, it changes once, so a later print does not redraw the page synchronously as it starts.
 */
export function usePrintRequested(): boolean {
  return useSyncExternalStore(subscribe, () => requestedAt !== null, () => false);
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
 * However printing starts (the browser's menu, a PDF viewer's button, the page's own button),
 * the browser announces it with `beforeprint` (and a change to the print media query) before it
 * lays the page out: the leave-behind is brought up to date synchronously then.
 */
export function usePrintEvents(): void {
  useEffect(() => {
    let closeDetails: (() => void) | null = null;
    const beforePrint = () => {
      flushSync(markPrintRequested);
      closeDetails ??= openDetailsForPrint();
    };
    const afterPrint = () => {
      closeDetails?.();
      closeDetails = null;
    };
    const media = typeof window.matchMedia === "function" ? window.matchMedia("print") : null;
    const onMediaChange = (event: MediaQueryListEvent) => {
      if (event.matches && !closeDetails) beforePrint();
    };
    window.addEventListener("beforeprint", beforePrint);
    window.addEventListener("afterprint", afterPrint);
    media?.addEventListener("change", onMediaChange);
    return () => {
      window.removeEventListener("beforeprint", beforePrint);
      window.removeEventListener("afterprint", afterPrint);
      media?.removeEventListener("change", onMediaChange);
    };
  }, []);
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
