/**
 * Start-up's modules are fetched all at once. Each imports the next only when it runs (start.tsx,
 * then React DOM, then the page's drawing), so left alone the browser would find each one only
 * when the one before it had arrived and run: a round trip each on a slow network. The build
 * names them in the page's head (src/build/prerender-plugin.ts).
 */

/** The `<meta name>` whose content lists start-up's modules, separated by spaces. */
export const START_MODULES_META = "start-modules";

/** Asks the browser to fetch (not run) every module the page's head names for start-up; once. */
export function preloadStartModules(doc: Document): void {
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${START_MODULES_META}"]`);
  if (!meta) return;
  meta.remove();
  for (const href of meta.content.split(/\s+/)) {
    // Only the site's own scripts: the list comes from the page itself, but checking costs nothing.
    if (!href.startsWith("/") || href.startsWith("//")) continue;
    const link = doc.createElement("link");
    link.rel = "modulepreload";
    link.crossOrigin = "";
    link.href = href;
    doc.head.append(link);
  }
}
