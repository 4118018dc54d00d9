/** The pages other than the full calculator: the embed and the embed configurator. */
import { lazy, Suspense, type ReactElement } from "react";
import { t } from "@lingui/core/macro";
import type { CalculatorStoreApi } from "../state/store.ts";
import { MarkReady } from "./mark-ready.tsx";
import type { PageMode } from "./read-page-mode.ts";
import { evaluatedExport, lazyComponent } from "./lazy-component.ts";

let embedPage: Promise<typeof import("./embed-page.tsx")> | undefined;

/**
 * The embed's page, imported once: start-up asks for it early, the page when it draws. WebKit
 * could leave a second dynamic import of a module still in its top-level await unresolved.
 */
export function loadEmbedPage(): Promise<typeof import("./embed-page.tsx")> {
  embedPage ??= import("./embed-page.tsx");
  return embedPage;
}

/** Few visitors open it, so it loads on its own. */
const ConfigurePage = lazyComponent(() => import("./configure-page.tsx"));

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
      const startEmbedPage = await evaluatedExport(loadEmbedPage, (module) => module.startEmbedPage);
      const page = await startEmbedPage(store, win);
      return { default: () => <MarkReady>{page}</MarkReady> };
    });
    return (
      <Suspense fallback={null}>
        <EmbedRoute />
      </Suspense>
    );
  }
  return (
    <Suspense fallback={<p className="configure__loading">{t`Loading the embed configurator…`}</p>}>
      <MarkReady>
        <ConfigurePage />
      </MarkReady>
    </Suspense>
  );
}
