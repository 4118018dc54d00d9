/// <reference types="vitest/config" />
import { resolve } from "node:path";
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import babel from "@rolldown/plugin-babel";
import { catalogs, LINGUI_MACROS } from "./src/build/catalogs-plugin.ts";
import { messageIdMap, shortMessageIds } from "./src/build/short-message-ids.ts";
import { prerenderDefaultPage } from "./src/build/prerender-plugin.ts";
import { serviceWorker } from "./src/build/service-worker-plugin.ts";
import { embedLoader } from "./src/build/embed-loader-plugin.ts";
import { previewSecurityHeaders } from "./src/build/security-headers-plugin.ts";
import { startChunk } from "./src/build/start-chunk.ts";
import { eagerCommonJs } from "./src/build/eager-commonjs.ts";
import { serverConfigs } from "./src/build/hosting/server-configs-plugin.ts";

const ROOT = import.meta.dirname;
const RECHARTS_AND_ITS_DEPENDENCIES =
  /[\\/]node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|internmap|es-toolkit|decimal\.js-light|@reduxjs[\\/]toolkit|redux|react-redux|reselect|immer|eventemitter3|clsx|tiny-invariant|use-sync-external-store)[\\/]/;
/** BUILD_OUT_DIR lets the latency benchmark build its naive baseline beside the real build. */
const OUT_DIR = resolve(ROOT, process.env.BUILD_OUT_DIR ?? "dist");
const START_CHUNK = startChunk(ROOT);
const MESSAGE_IDS = messageIdMap(ROOT);


export default defineConfig({
  plugins: [
    catalogs(ROOT, { split: true, ids: MESSAGE_IDS }),
    react(),
    babel({ presets: [LINGUI_MACROS] }),
    shortMessageIds(MESSAGE_IDS),
    START_CHUNK.plugin,
    eagerCommonJs(),
    prerenderDefaultPage(ROOT, OUT_DIR),
    serviceWorker(ROOT, OUT_DIR),
    embedLoader(ROOT, OUT_DIR),
    previewSecurityHeaders(resolve(ROOT, "public/_headers")),
    serverConfigs(OUT_DIR),
  ],
  build: {
    outDir: OUT_DIR,
    target: "es2022",
    // Read by the bundle budget (tests/budget) to know which chunks the page needs at start.
    manifest: true,
    // SOURCEMAP=1 maps each chunk back to its sources, to see what a chunk holds.
    sourcemap: process.env.SOURCEMAP === "1",
    // The entry's own imports are preloaded from the page, as the page's first paint waits for the
    // entry (blocking="render", see prerender-plugin.ts); what a dynamic import needs is fetched by
    // it, not ahead.
    modulePreload: { polyfill: false, resolveDependencies: (_file, deps, { hostType }) => (hostType === "html" ? deps : []) },
    // One stylesheet, inlined into each page by the build: a chunk's own stylesheet arriving
    // after the page has started would restyle and lay out the whole page again.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        // Each language's messages named as such: messages-de-start-….js.
        chunkFileNames: (chunk) => {
          const catalog = /virtual:catalog\/([a-z]+)\/([a-z]+)$/.exec(chunk.facadeModuleId ?? "");
          return catalog ? `assets/messages-${catalog[1]}-${catalog[2]}-[hash].js` : "assets/[name]-[hash].js";
        },
        codeSplitting: {
          includeDependenciesRecursively: false,
          // Recharts and everything it brings, in one chunk: split across the charts that use it, it
          // compresses worse and costs more in all.
          groups: [{ name: "recharts", test: RECHARTS_AND_ITS_DEPENDENCIES }, ...START_CHUNK.groups],
        },
      },
    },
  },
  worker: { format: "es" },
  test: {
    // Vitest leaves a core to itself by default; on two cores that means one worker for all.
    maxWorkers: 2,
    // A worker runs its files in one module graph (and the UI files in one document) instead of
    // starting afresh for each: half the run's time was that start-up. Nothing in the model keeps
    // state between calls; each component test renders against a fresh store, and
    // tests/setup/dom.ts leaves the document as it found it.
    isolate: false,
    projects: [
      {
        extends: true,
        test: {
          name: "model",
          environment: "node",
          include: ["src/model/**/*.test.ts", "tests/unit/**/*.test.ts"],
          setupFiles: ["tests/setup/fast-check.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "ui",
          environment: "jsdom",
          include: ["src/**/*.test.tsx", "src/{app,state,features,components,lib,embed-loader}/**/*.test.ts"],
          setupFiles: ["tests/setup/dom.ts", "tests/setup/fast-check.ts"],
        },
      },
    ],
  },
});
