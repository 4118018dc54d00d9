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
  // React reports a recovered error (a hydration that fell back to rendering) with its cause.
  window.addEventListener("error", (event) => {
    const cause: unknown = (event.error as { cause?: unknown } | null)?.cause;
    problems.push(`uncaught: ${event.message}${cause instanceof Error ? ` (cause: ${cause.message})` : ""}`);
  });
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

type GuardedWindow = Window & { __engineClickGuard?: () => void };

/**
 * Readies the element at `selector` for one click, as Playwright does before its own: scrolls it
 * to the middle of the window, waits (a second at most) until it holds still for a frame, and
 * guards the next click. A press that reaches any other element (one the page moved into its
 * place, or a copy of it drawn anew) is stopped before the page sees it and recorded as missed,
 * so it can be tried again without doing anything twice. False while the element is not there.
 */
export async function guardNextClick(selector: string): Promise<boolean> {
  const win = window as GuardedWindow;
  const root = document.documentElement;
  win.__engineClickGuard?.();
  delete root.dataset.engineClick;
  const target = document.querySelector(selector);
  if (!target) return false;
  target.scrollIntoView({ block: "center", inline: "center" });
  const frame = () =>
    new Promise((resolve) => {
      requestAnimationFrame(resolve);
      setTimeout(resolve, 100);
    });
  const box = () => JSON.stringify(target.getBoundingClientRect());
  const deadline = performance.now() + 1000;
  for (let last = box(); performance.now() < deadline; ) {
    await frame();
    const now = box();
    if (now === last) break;
    last = now;
  }
  if (!target.isConnected) return false;
  const types = ["pointerdown", "mousedown", "pointerup", "mouseup", "click"] as const;
  const onPress = (event: Event) => {
    const landed = event.target instanceof Node && target.contains(event.target);
    if (!landed) {
      event.preventDefault();
      event.stopImmediatePropagation();
      root.dataset.engineClick = "missed";
    } else if (event.type === "click") root.dataset.engineClick = "landed";
    if (event.type === "click") win.__engineClickGuard?.();
  };
  for (const type of types) window.addEventListener(type, onPress, true);
  win.__engineClickGuard = () => {
    for (const type of types) window.removeEventListener(type, onPress, true);
    delete win.__engineClickGuard;
  };
  return true;
}

/** What became of the guarded click: "landed", "missed", or null while none has arrived. */
export function clickOutcome(): string | null {
  return document.documentElement.dataset.engineClick ?? null;
}
