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
    observer.observe(element);
    return () => observer.disconnect();
  }, [visible, rootMargin]);

  return <div ref={anchor}>{visible || force ? children : placeholder}</div>;
}
