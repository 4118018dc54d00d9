/** Build-time only (Node): never imported by the app. */
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Plugin } from "vite";
import { headersForPath, parseHeadersFile } from "./headers-file.ts";

/**
 * Makes `vite preview` send the headers of public/_headers, the file static hosts read, so the
 * built app is tried (and tested end to end) under its real Content-Security-Policy.
 */
export function previewSecurityHeaders(headersFile: string): Plugin {
  return {
    name: "preview-security-headers",
    configurePreviewServer(server) {
      // The build's copy, when there is one: it carries the hashes of the inlined stylesheet.
      const built = resolve(server.config.build.outDir, "_headers");
      const rules = parseHeadersFile(readFileSync(existsSync(built) ? built : headersFile, "utf8"));
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? "/", "http://localhost").pathname;
        for (const [name, value] of headersForPath(rules, path)) res.setHeader(name, value);
        next();
      });
    },
  };
}
