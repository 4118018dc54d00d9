/**
 * Draws the page with React: its own chunk (React DOM and the page's components), which start-up
 * (start.tsx) fetches as it begins. Evaluated in a task of its own, apart from start-up's code
 * that reads the address and works out the first figures: the two were one task of about 125 ms
 * at 4 × CPU throttling.
 */
import { StrictMode, startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { App } from "./app.tsx";
import { MarkReady } from "./mark-ready.tsx";
import { otherPage } from "./page-mode.tsx";
import type { PageMode } from "./read-page-mode.ts";
import type { CalculatorStoreApi } from "../state/store.ts";

/**
 * Hydrates the prerendered HTML when it shows what the address asks for; otherwise draws the page
 * afresh (a link with settings of its own), its figures hidden until then (see main.tsx):
 * hydrating the default page and then applying the link was one long task, as a store's update
 * renders synchronously (a link with three plans: 425 ms at 4 × CPU throttling), where a render
 * in a transition yields. As transitions, hydration and rendering yield to the browser every few
 * milliseconds instead of blocking it. The parts below the verdict hydrate after it, each on its
 * own (see Later).
 */
export function renderPage(container: HTMLElement, mode: PageMode, store: CalculatorStoreApi, hydrate: boolean): void {
  const page = (
    <StrictMode>
      {mode === "app" ? (
        <MarkReady>
          <App />
        </MarkReady>
      ) : (
        otherPage(mode, store, window)
      )}
    </StrictMode>
  );
  if (hydrate) {
    startTransition(() => {
      hydrateRoot(container, page);
    });
  } else {
    // The prerendered page stays until React's first commit replaces it: emptied first, it would
    // be painted empty while the render yields.
    const root = createRoot(container);
    startTransition(() => root.render(page));
  }
}
