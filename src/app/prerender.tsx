/** Build-time rendering of the default page, so the verdict is in the HTML before any script runs. */
import { Suspense } from "react";
import { renderToString } from "react-dom/server";
import { App } from "./app.tsx";
import { EmbedPage } from "./embed-page.tsx";
import { DEFAULT_EMBED_OPTIONS } from "../features/embed/embed-options.ts";
import { loadHowCalculatedDetails } from "../features/explain/how-calculated.tsx";

/**
 * The default page, with the parts that load lazily but belong in its HTML (the folded details of
 * "How this is calculated"): a first pass asks for them, the second renders them.
 */
export async function renderDefaultPage(): Promise<string> {
  renderToString(<App />);
  await loadHowCalculatedDetails();
  await new Promise((resolve) => setTimeout(resolve, 0));
  const html = renderToString(<App />);
  // A boundary still waiting (or given up) would leave its part out of the page.
  if (html.includes("<!--$?-->") || html.includes("<!--$!-->")) throw new Error("the prerendered page has a part still loading");
  return html;
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
