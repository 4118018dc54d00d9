/**
 * The entry point. The page's HTML is prerendered, so nothing here is needed to show it: the app
 * starts after the first frame is painted and never holds that paint up.
 */
import "./app/styles.css";

requestAnimationFrame(() => {
  setTimeout(() => void import("./app/start.tsx"), 0);
});
