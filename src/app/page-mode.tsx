/** Which page this document shows: the full calculator, the embed, or the embed configurator. */
import { lazy, Suspense, type ReactElement } from "react";
import type { CalculatorStoreApi } from "../state/store.ts";
import { MarkReady } from "./mark-ready.tsx";

/** `embed=1` opens the embed layout at any address (in development, for one). */
const EMBED_MODE_KEY = "embed";

export type PageMode = "app" | "embed" | "configure";

/** Few visitors open it, so it loads on its own. */
const ConfigurePage = lazy(() => import("./configure-page.tsx"));

/**
 * The marker the build writes on #root (dist/embed.html, dist/configure.html), else the path
 * (the development server serves both from index.html), else `embed=1` or `embed=configure`.
 */
export function readPageMode(
  container: HTMLElement,
  location: Pick<Location, "pathname" | "search">,
): PageMode {
  const marked = container.dataset.mode;
  if (marked === "embed" || marked === "configure") return marked;
  if (location.pathname.endsWith("/embed.html")) return "embed";
  if (location.pathname.endsWith("/configure.html")) return "configure";
  const asked = new URLSearchParams(location.search).get(EMBED_MODE_KEY);
  if (asked === "1") return "embed";
  if (asked === "configure") return "configure";
  return "app";
}

/**
 * The page for a mode other than the full calculator's. Each loads on its own, so the full
 * calculator carries none of their code; the embed's Suspense boundary is also in its
 * prerendered HTML (src/app/prerender.tsx), which hydrates once the chunk has arrived.
 */
export function otherPage(
  mode: Exclude<PageMode, "app">,
  store: CalculatorStoreApi,
  win: Window,
): ReactElement {
  if (mode === "embed") {
    const EmbedRoute = lazy(async () => {
      const { startEmbedPage } = await import("./embed-page.tsx");
      const page = startEmbedPage(store, win);
      return { default: () => <MarkReady>{page}</MarkReady> };
    });
    return (
      <Suspense fallback={null}>
        <EmbedRoute />
      </Suspense>
    );
  }
  return (
    <Suspense fallback={<p className="configure__loading">Loading the embed configurator…</p>}>
      <MarkReady>
        <ConfigurePage />
      </MarkReady>
    </Suspense>
  );
}
