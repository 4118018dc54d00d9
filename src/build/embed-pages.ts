/** Build-time only (Node): never imported by the app. */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";

/** The embed's own chunk, its imports and styles that the entry does not already load. */
export type EmbedAssets = { scripts: string[]; styles: string[] };

let embedAssets: EmbedAssets = { scripts: [], styles: [] };

/** Called with the client bundle (src/build/embed-loader-plugin.ts), before the pages are written. */
export function rememberEmbedAssets(assets: EmbedAssets): void {
  embedAssets = assets;
}

/**
 * Writes dist/embed.html (the embed layout, prerendered for the default scenario) and
 * dist/configure.html (the configurator, rendered in the browser) from the built index.html
 * template, each with the marker on #root that tells the client which page it is. The embed
 * page links its styles up front (its prerendered layout needs them at once; the build inlines
 * them); its scripts load after the first paint, as the full page's do.
 */
export async function writeEmbedPages(
  outDir: string,
  template: string,
  marker: string,
  embedHtml: string,
  titles: { embedTitle: string; configureTitle: string },
): Promise<void> {
  const root = `<div id="root">${marker}</div>`;
  if (!template.includes(root)) throw new Error(`index.html has no ${root} to fill`);
  const page = (mode: string, title: string, body: string, head: string[] = []) =>
    template
      .replace(root, `<div id="root" data-mode="${mode}">${body}</div>`)
      .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(title)}</title>`)
      // After the entry's own styles, so the embed's rules win ties as they do when loaded lazily.
      .replace("</head>", `${head.map((line) => `  ${line}\n  `).join("")}</head>`);
  await writeFile(
    resolve(outDir, "embed.html"),
    page("embed", titles.embedTitle, embedHtml, [
      ...embedAssets.styles.map((file) => `<link rel="stylesheet" crossorigin href="/${file}" />`),
    ]),
  );
  await writeFile(resolve(outDir, "configure.html"), page("configure", titles.configureTitle, ""));
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
