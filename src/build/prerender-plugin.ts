/** Build-time only (Node): never imported by the app. */
import { readFile, rm, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import { writeEmbedPages } from "./embed-pages.ts";
import { inlineStylesheets } from "./inline-stylesheet.ts";

const MARKER = "<!--app-html-->";

/**
 * Holds the full page's first frame until its verdict (#results) is parsed, so that frame never
 * shows the header alone with the verdict a frame later. Only this page has #results.
 */
const AWAIT_VERDICT = `<link rel="expect" href="#results" blocking="render" />`;

/**
 * After the client build, renders the default page with react-dom/server and writes it into
 * dist/index.html, so the verdict is on screen before any JavaScript has loaded; then inlines the
 * stylesheets so that first paint waits for nothing else.
 */
export function prerenderDefaultPage(root: string, outDir: string): Plugin {
  return {
    name: "prerender-default-page",
    apply: (config, env) => env.command === "build" && !config.build?.ssr && !env.isSsrBuild,
    async closeBundle() {
      const ssrDir = resolve(outDir, ".prerender");
      await build({
        configFile: false,
        root,
        logLevel: "warn",
        plugins: [react()],
        build: { ssr: resolve(root, "src/app/prerender.tsx"), outDir: ssrDir, emptyOutDir: true },
      });
      const { renderDefaultPage, renderEmbedPage } = (await import(pathToFileURL(resolve(ssrDir, "prerender.js")).href)) as {
        renderDefaultPage: () => Promise<string>;
        renderEmbedPage: () => string;
      };
      const indexPath = resolve(outDir, "index.html");
      const html = await readFile(indexPath, "utf8");
      if (!html.includes(MARKER)) throw new Error(`index.html has no ${MARKER} to fill`);
      const body = await renderDefaultPage();
      if (!body.includes(' id="results"')) throw new Error("the prerendered page has no #results for its first frame to wait for");
      const page = html.replace(MARKER, body).replace("</head>", `  ${AWAIT_VERDICT}\n  </head>`);
      await writeFile(indexPath, page);
      await writeEmbedPages(outDir, html, MARKER, renderEmbedPage());
      await inlineStylesheets(outDir);
      await rm(ssrDir, { recursive: true, force: true });
    },
  };
}
