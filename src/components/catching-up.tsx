import type { ReactNode } from "react";

/**
 * Marks what it holds as catching up with the figures being typed (dimmed, `aria-busy`) without
 * redrawing it: the charts inside keep their props, so the first keystroke after a pause does not
 * redraw every chart just to grey it out.
 */
export function CatchingUp({ behind, children }: { behind: boolean; children: ReactNode }) {
  return (
    <div className={behind ? "catching-up catching-up--behind" : "catching-up"} aria-busy={behind}>
      {children}
    </div>
  );
}
