/**
 * When the app may start: once the browser has put the prerendered page on screen.
 *
 * A frame is painted a little before it is shown, and the gap can be long (a second, in traces of
 * Chromium launched with RenderDocument off). Starting at the next animation frame requested the
 * app's code, and at times ran it, before the page was shown, so the first paint was counted after
 * it. The first contentful paint entry arrives once the page is shown: starting on it never holds
 * the page back.
 */

/** Start anyway after this long, should the browser never report the paint (it always should). */
export const FIRST_PAINT_WAIT_MS = 3000;

const FIRST_CONTENTFUL_PAINT = "first-contentful-paint";

/** Calls `start` once, in a task of its own, after the page's first contentful paint is shown. */
export function afterFirstContentfulPaint(start: () => void): void {
  // Without paint timing, the next frame is the best sign of a paint there is.
  if (typeof PerformanceObserver === "undefined" || !PerformanceObserver.supportedEntryTypes?.includes("paint")) {
    requestAnimationFrame(() => setTimeout(start, 0));
    return;
  }
  if (performance.getEntriesByName(FIRST_CONTENTFUL_PAINT).length > 0) {
    setTimeout(start, 0);
    return;
  }
  let started = false;
  const startOnce = () => {
    if (started) return;
    started = true;
    observer.disconnect();
    clearTimeout(fallback);
    start();
  };
  const observer = new PerformanceObserver((entries) => {
    if (entries.getEntriesByName(FIRST_CONTENTFUL_PAINT).length > 0) startOnce();
  });
  observer.observe({ type: "paint" });
  const fallback = setTimeout(startOnce, FIRST_PAINT_WAIT_MS);
}
