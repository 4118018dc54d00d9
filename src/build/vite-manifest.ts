/** Build-time only (Node): never imported by the app. Reading the manifest Vite writes (build.manifest). */

export type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] };
export type Manifest = Record<string, ManifestChunk>;

/** The files of these chunks and of every chunk they import statically, each once. */
export function staticFiles(manifest: Manifest, keys: readonly string[]): string[] {
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`no chunk ${key} in the Vite manifest`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const key of keys) visit(key);
  return [...files];
}

/** The keys of the chunks the app starts with: src/app/start.tsx and the page's drawing it loads (render-page.tsx). */
export function startChunkKeys(manifest: Manifest): string[] {
  return ["src/app/start.tsx", "src/app/render-page.tsx"].map((source) => {
    const key = Object.keys(manifest).find((candidate) => candidate.endsWith(source));
    if (!key) throw new Error(`no ${source} chunk in the Vite manifest`);
    return key;
  });
}
