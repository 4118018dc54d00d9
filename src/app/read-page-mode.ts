/**
 * Which page this document shows: the full calculator, the embed, or the embed configurator.
 * No React here: the entry module reads it before the app's code has loaded.
 */

/** `embed=1` opens the embed layout at any address (in development, for one). */
const EMBED_MODE_KEY = "embed";

export type PageMode = "app" | "embed" | "configure";

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
