/** Build-time only (Node): never imported by the app. */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { relative, resolve, sep } from "node:path";
import type { Plugin } from "vite";
import { parseHeadersFile } from "../headers-file.ts";
import { isHostConfig, SERVER_CONFIG_DIR } from "../not-served.ts";
import { apacheConfig } from "./apache.ts";
import { caddyConfig } from "./caddy.ts";
import { nginxConfig } from "./nginx.ts";
import { routeTable } from "./route-table.ts";

/** Where each server's configuration goes, relative to dist/. */
export const SERVER_CONFIGS = {
  nginx: `${SERVER_CONFIG_DIR}/nginx.conf`,
  caddy: `${SERVER_CONFIG_DIR}/Caddyfile`,
  apache: ".htaccess",
} as const;

/** Every built HTML page, relative to dist/: each gets its own routes, so a new page is covered. */
async function builtPages(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => relative(outDir, resolve(entry.parentPath, entry.name)).split(sep).join("/"))
    .filter((file) => !isHostConfig(file))
    .sort();
}

/**
 * Writes, beside dist/_headers and from it (with the stylesheet hashes the build added), the same
 * headers for the servers a provider may run: dist/_server/nginx.conf, dist/_server/Caddyfile and
 * dist/.htaccess. Runs after the pages and _headers are final.
 */
export function serverConfigs(outDir: string): Plugin {
  return {
    name: "server-configs",
    apply: (config, env) => env.command === "build" && !config.build?.ssr && !env.isSsrBuild,
    closeBundle: {
      order: "post",
      sequential: true,
      async handler() {
        const rules = parseHeadersFile(await readFile(resolve(outDir, "_headers"), "utf8"));
        const table = routeTable(rules, await builtPages(outDir));
        await mkdir(resolve(outDir, SERVER_CONFIG_DIR), { recursive: true });
        await writeFile(resolve(outDir, SERVER_CONFIGS.nginx), nginxConfig(table));
        await writeFile(resolve(outDir, SERVER_CONFIGS.caddy), caddyConfig(table));
        await writeFile(resolve(outDir, SERVER_CONFIGS.apache), apacheConfig(table));
        this.info?.(`server configurations: ${Object.values(SERVER_CONFIGS).join(", ")} (${table.routes.length} routes)`);
      },
    },
  };
}
