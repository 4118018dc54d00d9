/** Build-time only (Node): never imported by the app. */
import { existsSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build, type Plugin } from "vite";
import react from "@vitejs/plugin-react";
import babel from "@rolldown/plugin-babel";
import { writeEmbedPages } from "./embed-pages.ts";
import { manifestLink, writeWebManifest } from "./web-manifest.ts";
import { inlineStylesheets } from "./inline-stylesheet.ts";
import { localizeHeaderRules } from "./localized-headers.ts";
import { catalogs, LINGUI_MACROS } from "./catalogs-plugin.ts";
import { messageIdMap, shortMessageIds } from "./short-message-ids.ts";
import { LOCALES, PAGE_LOCALES, localeBase, type PageLocale } from "../i18n/locales.ts";
import type { PageHead } from "../app/prerender.tsx";

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
      // A failed build wrote no page: its own error is the one to show.
      if (!existsSync(resolve(outDir, "index.html"))) return;
      const ssrDir = resolve(outDir, ".prerender");
      const ids = messageIdMap(root);
      await build({
        configFile: false,
        root,
        logLevel: "warn",
        plugins: [catalogs(root, { split: false, ids }), react(), babel({ presets: [LINGUI_MACROS] }), shortMessageIds(ids)],
        build: { ssr: resolve(root, "src/app/prerender.tsx"), outDir: ssrDir, emptyOutDir: true },
      });
      const { renderDefaultPage, renderEmbedPage, setPageLocale, pageHead } = (await import(
        pathToFileURL(resolve(ssrDir, "prerender.js")).href
      )) as {
        renderDefaultPage: () => Promise<string>;
        renderEmbedPage: () => string;
        setPageLocale: (locale: PageLocale) => void;
        pageHead: () => PageHead;
      };
      const template = entryBlocksRender(await readFile(resolve(outDir, "index.html"), "utf8"));
      if (!template.includes(MARKER)) throw new Error(`index.html has no ${MARKER} to fill`);
      for (const locale of PAGE_LOCALES) {
        setPageLocale(locale);
        const head = pageHead();
        const localized = localizeHead(template, locale, head);
        const body = await renderDefaultPage();
        if (!body.includes(' id="results"')) throw new Error("the prerendered page has no #results for its first frame to wait for");
        const dir = resolve(outDir, `.${localeBase(locale)}`);
        await mkdir(dir, { recursive: true });
        const page = localized.replace(MARKER, body).replace("</head>", `  ${AWAIT_VERDICT}\n  </head>`);
        await writeFile(resolve(dir, "index.html"), page);
        await writeEmbedPages(dir, localized, MARKER, renderEmbedPage(), head);
        await writeWebManifest(root, dir, locale, head.app);
      }
      await localizeHeaderRules(outDir);
      await inlineStylesheets(outDir);
      await rm(ssrDir, { recursive: true, force: true });
    },
  };
}

/**
 * The first paint waits for the entry (a few hundred bytes, with its imports preloaded: see
 * build.modulePreload), as it decides whether the prerendered figures may be shown at all: a link
 * with settings of its own hides them (main.tsx). Painted first and hidden after, they were on
 * screen for a moment as the link's, and hiding them restyled and laid out the whole page again.
 * Browsers without render-blocking scripts run the entry as before, after the first paint.
 */
function entryBlocksRender(template: string): string {
  const entry = /<script type="module" crossorigin src="[^"]+"><\/script>/;
  if (!entry.test(template)) throw new Error("index.html has no module entry to wait for");
  return template.replace(entry, (script) => script.replace("<script ", '<script blocking="render" '));
}

/**
 * The page's language in its head: `<html lang>`, its title and description, and, when the build
 * knows the site's address (SITE_URL=https://calc.example.com), a link to each language's page
 * (hreflang) so that search engines offer the visitor's own. The pseudo-locale's page is for
 * tests: nothing links to it.
 */
function localizeHead(
  template: string,
  locale: PageLocale,
  head: { title: string; description: string },
): string {
  // Search engines take only full addresses: with no SITE_URL the pages name no alternates.
  const site = process.env.SITE_URL?.replace(/\/+$/, "");
  const alternates = site
    ? [
        ...LOCALES.map((other) => `<link rel="alternate" hreflang="${other}" href="${site}${localeBase(other)}" />`),
        `<link rel="alternate" hreflang="x-default" href="${site}/" />`,
      ]
    : [];
  return manifestLink(template, locale)
    .replace(/<html lang="[^"]*"/, `<html lang="${locale === "pseudo" ? "en-XA" : locale}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(head.title)}</title>`)
    .replace(/<meta name="description" content="[^"]*"/, `<meta name="description" content="${escapeHtml(head.description)}"`)
    .replace("</head>", `${alternates.map((line) => `  ${line}\n  `).join("")}</head>`);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
