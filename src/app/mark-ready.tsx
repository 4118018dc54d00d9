import { Suspense, use, useEffect, useLayoutEffect, useState, type ReactNode } from "react";
import { loadRestMessages } from "../i18n/messages.ts";

let markStarted: () => void = () => {};

/** Resolves once the page has started (see MarkReady). */
export const pageStarted = new Promise<void>((resolve) => {
  markStarted = resolve;
});

/** Parts (see Later) on the page and not hydrated yet, and those hydrated. */
const waiting = new Set<symbol>();
const hydrated = new Set<symbol>();
/** Set while a MarkReady waits for the parts: called as each one hydrates. */
let onPartHydrated: (() => void) | null = null;

/**
 * Marks the document once the page inside it has started (hydrated or rendered, each of its
 * Later parts included): `<html data-ready>`. Controls in the prerendered HTML only respond from
 * then on; end-to-end tests wait for it. It sits inside each lazily loaded page, so it waits for
 * that page too.
 */
export function MarkReady({ children }: { children: ReactNode }) {
  useEffect(() => {
    const check = () => {
      if (waiting.size > 0) return;
      onPartHydrated = null;
      const { dataset } = document.documentElement;
      dataset.ready = "";
      // The page now shows its own figures (see main.tsx).
      delete dataset.stale;
      markStarted();
    };
    onPartHydrated = check;
    check();
    return () => {
      if (onPartHydrated === check) onPartHydrated = null;
    };
  }, []);
  return children;
}

function PartHydrated({ part }: { part: symbol }) {
  useLayoutEffect(() => {
    hydrated.add(part);
    waiting.delete(part);
    onPartHydrated?.();
  }, [part]);
  return null;
}

/**
 * A part of the page below the verdict, in a Suspense boundary of its own. Hydration does the
 * page's shell (masthead, verdict) first and the Later parts afterwards, at a lower priority and
 * in tasks of their own, so no task hydrates or commits the whole page at once. Their
 * prerendered HTML stays on screen meanwhile, unchanged; a click or keystroke in a part not yet
 * hydrated hydrates that part at once and is then handled. Each section below the verdict goes
 * in one; nothing else is needed for it to start this way.
 */
export function Later({ children }: { children: ReactNode }) {
  const [part] = useState(() => Symbol("later part"));
  useLayoutEffect(() => {
    // A part rendered in the same commit as the shell (no prerendered HTML) has hydrated already.
    if (!hydrated.has(part)) waiting.add(part);
    return () => {
      waiting.delete(part);
    };
  }, [part]);
  return (
    <Suspense fallback={null}>
      <RestOfLanguage />
      <PartHydrated part={part} />
      {children}
    </Suspense>
  );
}

/** Already there in the prerender, which has every message. */
const PRERENDERED: Promise<void> = Promise.resolve();

/**
 * Holds a part until the rest of the page language's messages have arrived. Its modules wait for
 * them too (src/build/catalogs-plugin.ts), but a part must not hydrate a moment before them in a
 * browser that runs a module before the top-level await it depends on has finished: its words
 * would then differ from the prerendered ones.
 */
function RestOfLanguage() {
  use(typeof window === "undefined" ? PRERENDERED : loadRestMessages());
  return null;
}
