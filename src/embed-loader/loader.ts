/**
 * embed.js: the one script a host page adds to embed the calculator. Built on its own as a
 * small classic script with no dependencies (src/build/embed-loader-plugin.ts).
 */
import { mountEmbeds } from "./mount.ts";

/** The link's unprefixed scenario keys, written in at build time (scenario-keys.ts). */
declare const __ITCOST_SCENARIO_KEYS__: readonly string[];

// currentScript is null for module scripts; the src is the fallback.
const script = document.currentScript ?? document.querySelector('script[src$="/embed.js"]');
if (script instanceof HTMLScriptElement) mountEmbeds(script, __ITCOST_SCENARIO_KEYS__);
