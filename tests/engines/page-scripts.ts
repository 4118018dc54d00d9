/**
 * Functions the journeys run inside the page. Each is sent to the browser as its source text, so
 * it uses nothing but its arguments and the page's own globals.
 */

type ProblemWindow = Window & { __engineProblems?: string[] };

/**
 * Records what must never happen: uncaught errors, unhandled rejections and Content-Security-
 * Policy violations. Firefox runs it before the page's own scripts; WebKit's classic WebDriver
 * can only run it once the page has loaded, so an error thrown while a page loads in WebKit is
 * seen only through what it breaks.
 */
export function recordProblems(): void {
  const win = window as ProblemWindow;
  if (win.__engineProblems) return;
  const problems: string[] = [];
  win.__engineProblems = problems;
  window.addEventListener("error", (event) => problems.push(`uncaught: ${event.message}`));
  window.addEventListener("unhandledrejection", (event) =>
    problems.push(`unhandled rejection: ${String(event.reason)}`),
  );
  document.addEventListener("securitypolicyviolation", (event) =>
    problems.push(
      `CSP violation: ${event.effectiveDirective} blocked ${event.blockedURI || "(inline)"} in ${event.documentURI}`,
    ),
  );
}

/** What the page recorded (CSP violations are also reported to the test's server, see servers.ts). */
export function pageProblems(): string[] {
  return [...((window as ProblemWindow).__engineProblems ?? [])];
}

/**
 * Marks the first element that matches `selector` and whose text starts with `text` (or the control a
 * label with exactly that text is for, when `selector` is "label"), and returns a selector for it;
 * null when there is none yet, or while it has no box (not laid out yet, or hidden for the moment):
 * a driver can click only what has one.
 */
export function markElement(selector: string, text: string): string | null {
  const normalise = (value: string | null) => (value ?? "").replace(/\s+/g, " ").trim();
  for (const element of document.querySelectorAll(selector)) {
    const target =
      element instanceof HTMLLabelElement
        ? normalise(element.textContent) === text
          ? element.control
          : null
        : normalise(element.textContent).startsWith(text)
          ? element
          : null;
    if (!target || target.getClientRects().length === 0) continue;
    const mark = String(Math.random()).slice(2);
    target.setAttribute("data-engine-target", mark);
    return `[data-engine-target="${mark}"]`;
  }
  return null;
}
