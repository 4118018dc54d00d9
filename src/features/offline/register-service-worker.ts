/**
 * Registers the offline service worker (production builds of the full calculator only) and
 * holds a newer version that is waiting, until the user chooses to reload into it.
 */

let waiting: ServiceWorker | null = null;
const listeners = new Set<() => void>();

function setWaiting(worker: ServiceWorker): void {
  waiting = worker;
  for (const listener of listeners) listener();
}

export function subscribeToUpdate(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The newer version ready to take over, or null. */
export function waitingWorker(): ServiceWorker | null {
  return waiting;
}

function watch(registration: ServiceWorkerRegistration): void {
  // A worker that installs while an older one controls the page is an update; the first one is not.
  const isUpdate = () => navigator.serviceWorker.controller !== null;
  if (registration.waiting && isUpdate()) setWaiting(registration.waiting);
  registration.addEventListener("updatefound", () => {
    const installing = registration.installing;
    installing?.addEventListener("statechange", () => {
      if (installing.state === "installed" && isUpdate()) setWaiting(installing);
    });
  });
}

/**
 * True on the full calculator; false in the embed (inside another site's page, whose visitors
 * did not ask to install anything) and the embed configurator, however the page was reached:
 * the build's `data-mode` on #root, the page's path, `?embed=…`, or being framed.
 */
export function isFullCalculatorPage(doc: Document = document, win: Window = window): boolean {
  const mode = doc.getElementById("root")?.dataset.mode;
  if (mode !== undefined && mode !== "app") return false;
  if (/\/(embed|configure)(\.html)?$/.test(win.location.pathname)) return false;
  if (new URLSearchParams(win.location.search).has("embed")) return false;
  return win.self === win.top;
}

/** How long registration waits for the browser to be idle before it goes ahead anyway. */
const IDLE_TIMEOUT_MS = 3000;

/**
 * Registers once the page has loaded and the browser is idle: installing fetches and stores every
 * built file, work that would otherwise compete with the page starting up.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator) || !isFullCalculatorPage()) return;
  const register = () => {
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`)
      .then(watch)
      .catch(() => {
        // Offline use is a bonus: without a service worker the page works as it always did.
      });
  };
  const registerWhenIdle = () => {
    if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(register, { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(register, 0);
  };
  if (document.readyState === "complete") registerWhenIdle();
  else window.addEventListener("load", registerWhenIdle, { once: true });
}

/** Lets the waiting version take over, and reloads once it has. */
export function applyUpdate(): void {
  const worker = waiting;
  if (!worker) return;
  let reloading = false;
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (reloading) return;
    reloading = true;
    window.location.reload();
  });
  worker.postMessage({ type: "SKIP_WAITING" });
}
