import { startTransition, useEffect, useRef, useState, type ReactNode } from "react";

type RenderInViewProps = {
  children: ReactNode;
  /** Render and keep rendering the children wherever they are (printing). */
  force?: boolean;
  /** Holds the place, at about the children's height, until they first come into view. */
  placeholder: ReactNode;
};

/**
 * Renders its children while they are on screen (or near it). Off screen they keep their last
 * drawing and do not redraw: React skips an element it has seen before, so a slow chart below the
 * fold costs nothing while the user types. Without IntersectionObserver everything renders.
 */
export function RenderInView({ children, force = false, placeholder }: RenderInViewProps) {
  const anchor = useRef<HTMLDivElement>(null);
  const [inView, setInView] = useState(() => typeof IntersectionObserver === "undefined");
  const live = inView || force;
  const [lastLive, setLastLive] = useState<ReactNode>(live ? children : null);
  if (live && lastLive !== children) setLastLive(children);

  useEffect(() => {
    const element = anchor.current;
    if (!element || typeof IntersectionObserver === "undefined") return;
    const observer = new IntersectionObserver(
      (entries) => startTransition(() => setInView(entries.some((entry) => entry.isIntersecting))),
      {
        rootMargin: "200px 0px",
      },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  return <div ref={anchor}>{live ? children : (lastLive ?? placeholder)}</div>;
}
