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

/** The key of the chunk built from src/app/start.tsx, the app's start. */
export function startChunkKey(manifest: Manifest): string {
  const start = Object.keys(manifest).find((key) => key.endsWith("src/app/start.tsx"));
  if (!start) throw new Error("no src/app/start.tsx chunk in the Vite manifest");
  return start;
}
