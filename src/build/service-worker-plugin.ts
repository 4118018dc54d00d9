/** Build-time only (Node): never imported by the app. */
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { relative, resolve, sep } from "node:path";
import { minify, type Plugin } from "vite";
import { isHostConfig } from "./not-served.ts";
import { LOCALES, SOURCE_LOCALE } from "../i18n/locales.ts";

const SERVICE_WORKER = "sw.js";

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, resolve(entry.parentPath, entry.name)).split(sep).join("/"))
    // Host configuration is never served, so never fetched.
    .filter((path) => path !== SERVICE_WORKER && !isHostConfig(path) && !path.endsWith(".map"))
    .sort();
}

function fill(template: string, name: string, value: unknown): string {
  const pattern = new RegExp(`^const ${name} = .*;$`, "m");
  if (!pattern.test(template)) throw new Error(`the service worker has no "const ${name} = …;" line to fill`);
  return template.replace(pattern, () => `const ${name} = ${JSON.stringify(value)};`);
}

/**
 * Writes dist/sw.js: the offline service worker with the list of every file in dist to precache
 * and a content hash of them all as the cache's version. It runs after every other plugin's
 * closeBundle (the prerendered index.html must be final before it is hashed).
 */
export function serviceWorker(root: string, outDir: string): Plugin {
  return {
    name: "offline-service-worker",
    apply: (config, env) => env.command === "build" && !config.build?.ssr && !env.isSsrBuild,
    closeBundle: {
      order: "post",
      sequential: true,
      async handler() {
        const template = await readFile(resolve(root, "src/features/offline/service-worker.js"), "utf8");
        const files = await listFiles(outDir);
        const hash = createHash("sha256").update(template);
        for (const file of files) {
          hash.update(`\0${file}\0`);
          hash.update(await readFile(resolve(outDir, file)));
        }
        const version = hash.digest("hex").slice(0, 16);
        const folders = LOCALES.filter((locale) => locale !== SOURCE_LOCALE);
        const filled = fill(fill(fill(template, "PRECACHE", files), "VERSION", version), "LANGUAGE_FOLDERS", folders);
        const worker = await minify(SERVICE_WORKER, filled);
        await writeFile(resolve(outDir, SERVICE_WORKER), worker.code);
        this.info?.(`service worker: ${files.length} files precached, version ${version}`);
      },
    },
  };
}
