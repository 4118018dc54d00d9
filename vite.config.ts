/// <reference types="vitest/config" />
import { readFile, rm, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build, defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

const ROOT = import.meta.dirname;
const OUT_DIR = resolve(ROOT, "dist");
const MARKER = "<!--app-html-->";

/**
 * After the client build, renders the default page with react-dom/server and writes it into
 * dist/index.html, so the verdict is on screen before any JavaScript has loaded.
 */
function prerenderDefaultPage(): Plugin {
  return {
    name: "prerender-default-page",
    apply: (config, env) => env.command === "build" && !config.build?.ssr && !env.isSsrBuild,
    async closeBundle() {
      const ssrDir = resolve(OUT_DIR, ".prerender");
      await build({
        configFile: false,
        root: ROOT,
        logLevel: "warn",
        plugins: [react()],
        build: { ssr: resolve(ROOT, "src/app/prerender.tsx"), outDir: ssrDir, emptyOutDir: true },
      });
      const { renderDefaultPage } = (await import(pathToFileURL(resolve(ssrDir, "prerender.js")).href)) as {
        renderDefaultPage: () => string;
      };
      const indexPath = resolve(OUT_DIR, "index.html");
      const html = await readFile(indexPath, "utf8");
      if (!html.includes(MARKER)) throw new Error(`index.html has no ${MARKER} to fill`);
      await writeFile(indexPath, html.replace(MARKER, renderDefaultPage()));
      await rm(ssrDir, { recursive: true, force: true });
    },
  };
}

export default defineConfig({
  plugins: [react(), prerenderDefaultPage()],
  build: {
    target: "es2022",
    modulePreload: { polyfill: false },
  },
  worker: { format: "es" },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "model", environment: "node", include: ["src/model/**/*.test.ts", "tests/unit/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "ui",
          environment: "jsdom",
          include: ["src/**/*.test.tsx", "src/{app,state,features,components,lib}/**/*.test.ts"],
          setupFiles: ["tests/setup/dom.ts"],
        },
      },
    ],
  },
});
