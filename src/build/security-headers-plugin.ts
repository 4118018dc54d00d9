/** Build-time only (Node): never imported by the app. */
import { readFileSync } from "node:fs";
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
      const rules = parseHeadersFile(readFileSync(headersFile, "utf8"));
      server.middlewares.use((req, res, next) => {
        const path = new URL(req.url ?? "/", "http://localhost").pathname;
        for (const [name, value] of headersForPath(rules, path)) res.setHeader(name, value);
        next();
      });
    },
  };
}
