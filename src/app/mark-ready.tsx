import { useEffect, type ReactNode } from "react";

let markStarted: () => void = () => {};

/** Resolves once the page has started (see MarkReady). */
export const pageStarted = new Promise<void>((resolve) => {
  markStarted = resolve;
});

/**
 * Marks the document once the page inside it has started (hydrated or rendered):
 * `<html data-ready>`. Controls in the prerendered HTML only respond from then on; end-to-end
 * tests wait for it. It sits inside each lazily loaded page, so it waits for that page too.
 */
export function MarkReady({ children }: { children: ReactNode }) {
  useEffect(() => {
    const { dataset } = document.documentElement;
    dataset.ready = "";
    // The page now shows its own figures (see main.tsx).
    delete dataset.stale;
    markStarted();
  }, []);
  return children;
}
