import { lazy, type ComponentType, type LazyExoticComponent } from "react";
import { loadRestMessages } from "../i18n/messages.ts";

/** How many times a module's export is looked for again before its absence counts as an error. */
const EXPORT_CHECKS = 20;

/**
 * `pick(module)` once the module has finished evaluating. WebKit can resolve a dynamic import
 * while one of the module's dependencies is still in its top-level await (the wait for the rest of
 * the language's messages, src/build/catalogs-plugin.ts), when another chunk imported that
 * dependency first: the module's exports are then still unset. A namespace's exports are live, so
 * they are read again once the messages are in and the pending module code has run.
 */
export async function evaluatedExport<M, T>(load: () => Promise<M>, pick: (module: M) => T): Promise<T> {
  const module = await load();
  for (let check = 1; ; check++) {
    try {
      const value = pick(module);
      if (value !== undefined) return value;
      if (check >= EXPORT_CHECKS) throw new Error("A module loaded without the export the page needs.");
    } catch (error) {
      // An export declared with const or let throws until its module has set it.
      if (!(error instanceof ReferenceError) || check >= EXPORT_CHECKS) throw error;
    }
    await loadRestMessages();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Any component, as React.lazy takes it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- props are checked where it is drawn
type AnyComponent = ComponentType<any>;

/** React.lazy for a component a chunk exports: its default export, or the one `pick` names. */
export function lazyComponent<C extends AnyComponent>(load: () => Promise<{ default: C }>): LazyExoticComponent<C>;
export function lazyComponent<M, C extends AnyComponent>(load: () => Promise<M>, pick: (module: M) => C): LazyExoticComponent<C>;
export function lazyComponent<M, C extends AnyComponent>(
  load: () => Promise<M>,
  pick: (module: M) => C = (module) => (module as { default: C }).default,
): LazyExoticComponent<C> {
  return lazy(async () => ({ default: await evaluatedExport(load, pick) }));
}
