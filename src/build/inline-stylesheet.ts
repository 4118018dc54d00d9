/** Build-time only (Node): never imported by the app. */
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";

const STYLESHEET_LINK = /<link rel="stylesheet" crossorigin href="\/(assets\/[\w-]+\.css)"\s*\/?>/g;

/**
 * Puts the stylesheets each built HTML page links inside it, so the first paint waits for no
 * second request, and allows exactly that text in the Content-Security-Policy by its SHA-256
 * hash: no 'unsafe-inline'. The hashes go into dist/_headers, the copy static hosts serve.
 */
export async function inlineStylesheets(outDir: string): Promise<void> {
  const pages = (await readdir(outDir, { recursive: true })).filter((file) => file.endsWith(".html") && !file.startsWith("."));
  const hashes = new Set<string>();
  for (const page of pages) {
    const path = resolve(outDir, page);
    const html = await readFile(path, "utf8");
    let inlined = html;
    for (const link of html.matchAll(STYLESHEET_LINK)) {
      // A "</style" inside the CSS would end the element early; Vite's CSS never has one.
      const css = (await readFile(resolve(outDir, link[1]!), "utf8")).trim();
      if (css.includes("</style")) throw new Error(`${link[1]} cannot be inlined safely`);
      hashes.add(`'sha256-${createHash("sha256").update(css).digest("base64")}'`);
      inlined = inlined.replace(link[0], () => `<style>${css}</style>`);
    }
    await writeFile(path, inlined);
  }
  if (hashes.size === 0) return;
  const headersPath = resolve(outDir, "_headers");
  const headers = await readFile(headersPath, "utf8");
  const allowed = `style-src 'self' ${[...hashes].join(" ")}`;
  await writeFile(headersPath, headers.replaceAll("style-src 'self'", allowed));
}
