import { useEffect, useState } from "react";

/**
 * A chunk's module, loaded once `wanted` is true and held in state rather than through React.lazy:
 * what the page draws from it as printing starts (in `beforeprint`, from the browser's own menu)
 * is then drawn synchronously, instead of suspending until after the page has been printed.
 */
export function useLoadedModule<Module>(load: () => Promise<Module>, wanted: boolean, onLoad?: (module: Module) => void): Module | null {
  const [loaded, setLoaded] = useState<Module | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    load().then(
      (module) => {
        onLoad?.(module);
        if (live) setLoaded(() => module);
      },
      // A chunk that cannot load (the site updated meanwhile, the network gone) leaves the part
      // out of the printout; the page itself goes on.
      () => {},
    );
    return () => {
      live = false;
    };
  }, [load, wanted, onLoad]);
  return loaded;
}
