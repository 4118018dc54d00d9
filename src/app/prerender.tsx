/** Build-time rendering of the default page, so the verdict is in the HTML before any script runs. */
import { Suspense } from "react";
import { renderToString } from "react-dom/server";
import { App } from "./app.tsx";
import { EmbedPage } from "./embed-page.tsx";
import { DEFAULT_EMBED_OPTIONS } from "../features/embed/embed-options.ts";

export function renderDefaultPage(): string {
  return renderToString(<App />);
}

/**
 * The embed as dist/embed.html holds it: default scenario and look, no host to talk to yet,
 * inside the Suspense boundary the client renders it in while its chunk loads.
 */
export function renderEmbedPage(): string {
  return renderToString(
    <Suspense fallback={null}>
      <EmbedPage options={DEFAULT_EMBED_OPTIONS} host={null} problems={[]} />
    </Suspense>,
  );
}
