/**
 * Keeps the address bar in step with the store: read once at start, then written with
 * replaceState (so typing does not flood the history), at most a few times a second.
 */
import type { CalculatorStoreApi } from "./store.ts";
import { readUrl, writeUrl } from "./url-state.ts";

/** Browsers throttle replaceState beyond about 100 calls in 10 s; a slider drag would hit that. */
const WRITE_INTERVAL_MS = 150;

let openingUrl = "";

/** The address the page was opened with, before any edit rewrote it. */
export function getOpeningUrl(): string {
  return openingUrl;
}

/** Puts the address's settings into the store; `read` is readUrl's reading of it, where the caller has one. */
export function loadFromUrl(store: CalculatorStoreApi, location: Location, read = readUrl(location.search)): void {
  openingUrl = location.href;
  const { scenario, display, pinned, problems } = read;
  store.getState().load({ scenario, display, pinned, urlProblems: problems });
}

/**
 * The full address of the current state, for sharing. Presenter mode is left out: it is how the
 * presenter shows the figures, not part of what the prospect is sent.
 */
export function shareableUrl(store: CalculatorStoreApi, location: Location): string {
  const { scenario, display, pinned } = store.getState();
  const query = writeUrl({ scenario, display: { ...display, present: false }, pinned });
  return `${location.origin}${location.pathname}${query ? `?${query}` : ""}`;
}

export function startUrlSync(store: CalculatorStoreApi, win: Window): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    timer = undefined;
    const { scenario, display, pinned } = store.getState();
    const query = writeUrl({ scenario, display, pinned });
    const next = `${win.location.pathname}${query ? `?${query}` : ""}${win.location.hash}`;
    if (next !== `${win.location.pathname}${win.location.search}${win.location.hash}`) {
      win.history.replaceState(win.history.state, "", next);
    }
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.scenario === previous.scenario && state.display === previous.display && state.pinned === previous.pinned) return;
    timer ??= setTimeout(write, WRITE_INTERVAL_MS);
  });
  const flush = () => {
    if (timer !== undefined) {
      clearTimeout(timer);
      write();
    }
  };
  win.addEventListener("pagehide", flush);
  return () => {
    unsubscribe();
    flush();
    win.removeEventListener("pagehide", flush);
  };
}
