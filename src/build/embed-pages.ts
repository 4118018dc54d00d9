/** Build-time only (Node): never imported by the app. */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";

/**
 * Writes dist/embed.html (the embed layout, prerendered for the default scenario) and
 * dist/configure.html (the configurator, rendered in the browser) from the built index.html
 * template, each with the marker on #root that tells the client which page it is.
 */
export async function writeEmbedPages(outDir: string, template: string, marker: string, embedHtml: string): Promise<void> {
  const root = `<div id="root">${marker}</div>`;
  if (!template.includes(root)) throw new Error(`index.html has no ${root} to fill`);
  const page = (mode: string, title: string, body: string, head = "") =>
    template
      .replace(root, `<div id="root" data-mode="${mode}">${body}</div>`)
      .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>${head}`);
  await writeFile(
    resolve(outDir, "embed.html"),
    // Framed on other sites; search engines should send people to the full calculator instead.
    page("embed", "IT support cost calculator", embedHtml, '\n    <meta name="robots" content="noindex" />'),
  );
  await writeFile(resolve(outDir, "configure.html"), page("configure", "Put the IT support cost calculator on your website", ""));
}
