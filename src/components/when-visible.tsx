import { startTransition, useEffect, useRef, useState, type ReactNode } from "react";

type WhenVisibleProps = {
  /** Shown until the place comes near the viewport; it should reserve the content's height. */
  placeholder: ReactNode;
  children: ReactNode;
  /** How far ahead of the viewport to start, so content is ready when it scrolls in. */
  rootMargin?: string;
  /** Render the children now, wherever their place is (printing, presenter mode). */
  force?: boolean;
};

/**
 * Renders its children only once their place is near the viewport (and never on the server), so
 * heavy content below the fold costs nothing at start-up. Without IntersectionObserver it renders
 * them straight away.
 */
export function WhenVisible({ placeholder, children, rootMargin = "300px", force = false }: WhenVisibleProps) {
  const anchor = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);

  useEffect(() => {
    const element = anchor.current;
    if (!element || visible) return;
    if (typeof IntersectionObserver === "undefined") {
      const timer = setTimeout(() => setVisible(true), 0);
      return () => clearTimeout(timer);
    }
    const observer = new IntersectionObserver(
      (entries) => {
        // A transition: the slow content's first render yields to the browser rather than blocking it.
        if (entries.some((entry) => entry.isIntersecting)) startTransition(() => setVisible(true));
      },
      { rootMargin },
    );
    const stopWaiting = whenPageShown(() => observer.observe(element));
    return () => {
      stopWaiting();
      observer.disconnect();
    };
  }, [visible, rootMargin]);

  return <div ref={anchor}>{visible || force ? children : placeholder}</div>;
}

/**
 * Calls `then` once the page shows its own content. A shared link's page is hidden (`data-stale`
 * on the root, see main.tsx) while it is drawn, with parts still empty: a place seen near the
 * viewport then may be far below it once the page is shown.
 */
function whenPageShown(then: () => void): () => void {
  const root = document.documentElement;
  if (!root.hasAttribute("data-stale")) {
    then();
    return () => {};
  }
  const watcher = new MutationObserver(() => {
    if (root.hasAttribute("data-stale")) return;
    watcher.disconnect();
    then();
  });
  watcher.observe(root, { attributes: true, attributeFilter: ["data-stale"] });
  return () => watcher.disconnect();
}
