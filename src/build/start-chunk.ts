/** Build-time only (Node): never imported by the app. */
import { resolve } from "node:path";
import type { Plugin, Rolldown } from "vite";

type CodeSplittingGroup = NonNullable<NonNullable<Exclude<Rolldown.OutputOptions["codeSplitting"], boolean>>["groups"]>[number];

/**
 * The explanations' half of the model: re-exported by its interface (src/model/index.ts), so
 * reachable from start-up in the module graph, but called only by the explain dialog and the
 * printout's appendix, which load on use.
 */
const EXPLANATIONS = /[\\/]src[\\/]model[\\/](explain|expression)\.ts$/;

/** React DOM and its scheduler: evaluated on their own, before the page's components (see start.tsx). */
const REACT_DOM = /[\\/]node_modules[\\/](react-dom|scheduler)[\\/]/;

/**
 * Start-up's modules in a few chunks, each evaluated in a task of its own: what the entry
 * (src/main.tsx) imports, which its first paint waits for, in one chunk (three small ones shared
 * with start-up cost 0.5 KB gzipped more); everything the app's start (src/app/start.tsx) imports
 * statically in another; React DOM in a third, and the page's components (src/app/render-page.tsx)
 * in a fourth. Every page loads them all before its verdict, but evaluated together they were one
 * long task. Finer splits gain nothing: a dozen small chunks compress worse than one (about 3 KB
 * gzipped more) and each adds its imports and exports. start.tsx and render-page.tsx stay chunks
 * of their own, which the bundle budget finds by their names in the manifest. The explanations'
 * half of the model goes into a chunk of its own, loaded with the dialog or the appendix.
 */
export function startChunk(root: string): { plugin: Plugin; groups: CodeSplittingGroup[] } {
  const startModules = new Set<string>();
  const renderModules = new Set<string>();
  const entryModules = new Set<string>();
  const main = resolve(root, "src/main.tsx");
  const start = resolve(root, "src/app/start.tsx");
  const render = resolve(root, "src/app/render-page.tsx");
  const plugin: Plugin = {
    name: "start-chunk",
    apply: "build",
    // Nothing in them runs on import: without this, the start chunk would import their chunk for
    // its side effects, since the model's interface re-exports them.
    transform(code, id) {
      return EXPLANATIONS.test(id) ? { code, map: null, moduleSideEffects: false } : undefined;
    },
    buildEnd() {
      startModules.clear();
      renderModules.clear();
      entryModules.clear();
      const reach = (id: string, into: Set<string>, skip: ReadonlySet<string>) => {
        if (into.has(id) || skip.has(id) || EXPLANATIONS.test(id)) return;
        into.add(id);
        for (const imported of this.getModuleInfo(id)?.importedIds ?? []) reach(imported, into, skip);
      };
      reach(main, entryModules, new Set());
      reach(start, startModules, entryModules);
      startModules.delete(start);
      reach(render, renderModules, new Set([...entryModules, ...startModules]));
      entryModules.delete(main);
    },
  };
  return {
    plugin,
    groups: [
      { name: "entry", test: (id) => entryModules.has(id) },
      { name: "start", test: (id) => startModules.has(id) },
      { name: "react-dom", test: (id) => renderModules.has(id) && REACT_DOM.test(id) },
      { name: "render", test: (id) => renderModules.has(id) && !REACT_DOM.test(id) },
      { name: "explain", test: EXPLANATIONS },
    ],
  };
}
