/** The pages the start-up gate measures against (startup-gate.ts). */
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { Plugin } from "vite";

export const REFERENCE_PREFIX = "/__reference";
const PLANTED_SCRIPT = "/__planted.js";
/** Stands for a page's render-blocking entry in its reference: the first paint waits as the page's does. */
const EMPTY_SCRIPT = "/__reference-empty.js";
const RENDER_BLOCKING_ENTRY = `<script type="module" blocking="render" src="${EMPTY_SCRIPT}"></script>`;

/**
 * Serves, under /__reference/, each page's built HTML with its scripts and module preloads
 * removed (a render-blocking entry becomes an empty one, so that the reference's first paint also
 * waits for the end of parsing); with `plantMs`, every page gets a script that blocks the main thread (allowed by the
 * page's own policy: it comes from the same origin).
 */
export function referencePages(dist: string, plantMs = 0): Plugin {
  const htmlOf = async (pathname: string) => {
    const file = pathname.endsWith("/") ? `${pathname}index.html` : pathname;
    return readFile(resolve(dist, `.${file}`), "utf8");
  };
  return {
    name: "startup-reference-pages",
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? "/", "http://localhost");
        const send = (type: string, body: string) => {
          res.setHeader("Content-Type", type);
          res.setHeader("Cache-Control", "no-store");
          res.end(body);
        };
        if (url.pathname === PLANTED_SCRIPT) {
          send("text/javascript", `const end = performance.now() + ${plantMs}; while (performance.now() < end);`);
          return;
        }
        if (url.pathname === EMPTY_SCRIPT) {
          send("text/javascript", "");
          return;
        }
        const isReference = url.pathname.startsWith(`${REFERENCE_PREFIX}/`);
        const pathname = isReference ? url.pathname.slice(REFERENCE_PREFIX.length) : url.pathname;
        const isPage = pathname.endsWith("/") || pathname.endsWith(".html");
        if (!isPage || (!isReference && plantMs === 0)) {
          next();
          return;
        }
        htmlOf(pathname).then(
          (html) => {
            if (isReference) {
              html = html
                .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (script) => (/\bblocking="render"/.test(script) ? RENDER_BLOCKING_ENTRY : ""))
                .replace(/<link rel="modulepreload"[^>]*>/g, "");
            } else {
              html = html.replace("</head>", `<script type="module" src="${PLANTED_SCRIPT}"></script></head>`);
            }
            send("text/html; charset=utf-8", html);
          },
          () => next(),
        );
      });
    },
  };
}

