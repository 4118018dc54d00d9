/** Build-time only (Node): never imported by the app. */
import { gzipSync } from "node:zlib";
import { resolve } from "node:path";
import { build, type InlineConfig, type Plugin, type ResolvedConfig, type Rolldown } from "vite";
import { scenarioKeys } from "../embed-loader/scenario-keys.ts";
import { rememberEmbedAssets } from "./embed-pages.ts";

const LOADER_FILE = "embed.js";
/**
 * The budget for what a host page downloads before the calculator itself: 2 KiB, languages
 * included (each one's name for the iframe). It holds by checking on the host page only what the
 * loader acts on itself; the frame checks every setting anyway.
 */
const MAX_GZIPPED_BYTES = 2048;

function loaderConfig(root: string, outDir: string, write: boolean): InlineConfig {
  return {
    configFile: false,
    root,
    logLevel: "warn",
    publicDir: false,
    define: { __ITCOST_SCENARIO_KEYS__: JSON.stringify(scenarioKeys()) },
    build: {
      outDir,
      emptyOutDir: false,
      copyPublicDir: false,
      write,
      target: "es2020",
      minify: true,
      sourcemap: false,
      lib: { entry: resolve(root, "src/embed-loader/loader.ts"), formats: ["iife"], name: "itcostEmbed", fileName: () => LOADER_FILE },
    },
  };
}

function codeOf(output: Awaited<ReturnType<typeof build>>): string {
  const outputs = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((result) => result.output).find((file) => file.type === "chunk");
  if (!chunk || chunk.type !== "chunk") throw new Error(`${LOADER_FILE} was not built`);
  return chunk.code;
}

/**
 * Notes the embed page's chunks for dist/embed.html (src/build/embed-pages.ts). Builds
 * src/embed-loader/loader.ts as dist/embed.js, a small minified classic script with no
 * dependencies, after the app's build; prints its gzipped size and fails above the budget. The
 * dev server builds it on request, and serves /embed.html and /configure.html from index.html
 * (the page reads its mode from the path) as the production build does.
 */
export function embedLoader(root: string, outDir: string): Plugin {
  let resolved: ResolvedConfig | undefined;
  return {
    name: "embed-loader",
    apply: (config, env) => !config.build?.ssr && !env.isSsrBuild,
    configResolved(config) {
      resolved = config;
    },
    generateBundle(_options, bundle) {
      const chunks = Object.values(bundle).filter((file) => file.type === "chunk");
      const entry = chunks.find((chunk) => chunk.isEntry);
      const embed = chunks.find((chunk) => chunk.facadeModuleId?.endsWith("/src/app/embed-page.tsx"));
      if (!entry || !embed) return;
      const loaded = new Set<string>();
      const load = (file: string) => {
        if (loaded.has(file)) return;
        loaded.add(file);
        for (const imported of (bundle[file] as Rolldown.OutputChunk | undefined)?.imports ?? []) load(imported);
      };
      load(entry.fileName);
      const scripts = [embed.fileName, ...embed.imports].filter((file) => !loaded.has(file));
      const styles = scripts.flatMap((file) => [...((bundle[file] as Rolldown.OutputChunk).viteMetadata?.importedCss ?? [])]);
      rememberEmbedAssets({ scripts, styles });
    },
    async closeBundle() {
      if (resolved?.command !== "build") return;
      const code = codeOf(await build(loaderConfig(root, outDir, true)));
      const gzipped = gzipSync(code, { level: 9 }).length;
      resolved.logger.info(`${LOADER_FILE}: ${gzipped} bytes gzipped (${code.length} bytes minified)`);
      if (gzipped > MAX_GZIPPED_BYTES) {
        throw new Error(`${LOADER_FILE} is ${gzipped} bytes gzipped, over its budget of ${MAX_GZIPPED_BYTES}`);
      }
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? "/", "http://localhost");
        if (url.pathname === `/${LOADER_FILE}`) {
          build(loaderConfig(root, outDir, false)).then(
            (output) => {
              res.setHeader("Content-Type", "text/javascript");
              res.end(codeOf(output));
            },
            (error: unknown) => next(error),
          );
          return;
        }
        if (url.pathname === "/embed.html" || url.pathname === "/configure.html") req.url = `/index.html${url.search}`;
        next();
      });
    },
  };
}
