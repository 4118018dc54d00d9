/**
 * The entry point. The page's HTML is prerendered, so nothing here is needed to show it: the app
 * starts once the page is on screen and never holds it up.
 */
import "./app/styles.css";
import { afterFirstContentfulPaint } from "./app/after-first-paint.ts";
import { matchesPrerenderedPage } from "./app/prerender-match.ts";
import { readPageMode } from "./app/read-page-mode.ts";

// The HTML holds the default scenario's figures. A link with settings of its own must not show
// them as its own: they stay hidden (see styles.css) until the page has drawn the link's figures.
const root = document.getElementById("root");
if (root && !matchesPrerenderedPage(readPageMode(root, window.location), window.location.search)) {
  document.documentElement.dataset.stale = "";
}

afterFirstContentfulPaint(() => void import("./app/start.tsx"));
