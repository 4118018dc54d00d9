/**
 * Puts the calculator's iframe on the host page and keeps it as tall as its content. Settings the
 * page got wrong are for its developer, never its visitors: the calculator shows no notice of
 * them, and the loader writes each to this page's console as one warning, once the frame is
 * ready, naming the attribute, the value and the reason; `itcost:ready` lists them in `problems`.
 */
import { DEFAULT_TITLE, attributeName, readAttributes } from "./attributes.ts";
import { MESSAGE_NAMESPACE, messageFromFrame } from "./messages.ts";
import { framePath, type EmbedParam } from "./settings.ts";

/** Scripts for the calculator, its own origin for storage and workers, new tabs for its links: nothing else. */
export const FRAME_SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";

/** Marks a placeholder: `<div data-itcost data-seats="25"></div>`. */
const PLACEHOLDER = "data-itcost";
const MOUNTED = "data-itcost-mounted";
/** Until the calculator reports its height. */
const INITIAL_HEIGHT = "560px";

type Warn = (message: string) => void;

/**
 * Mounts one iframe in each `[data-itcost]` placeholder (settings from the script tag, then the
 * placeholder's own), or right after the script when the page has no placeholder. Each frame's
 * messages are believed only from its own window and the calculator's origin; each is applied
 * (heights) and re-dispatched on the iframe as a bubbling CustomEvent "itcost:<type>".
 */
export function mountEmbeds(script: HTMLScriptElement, scenarioKeys: readonly string[], warn: Warn = console.warn): HTMLIFrameElement[] {
  // A script's src reads as an absolute address, whatever the tag says.
  const calculatorOrigin = new URL(script.src).origin;
  const frames: HTMLIFrameElement[] = [];

  const frameFor = (dataset: Readonly<Record<string, string | undefined>>) => {
    const { query, title, theme, locale, problems } = readAttributes(dataset, scenarioKeys, document.documentElement.lang);
    query.set("parentOrigin" satisfies EmbedParam, location.origin);
    const frame = document.createElement("iframe");
    frame.src = `${calculatorOrigin}${framePath(locale)}?${query}`;
    frame.title = title;
    frame.setAttribute("loading", "lazy");
    frame.setAttribute("sandbox", FRAME_SANDBOX);
    // Style properties, not a style attribute: a host's CSP without 'unsafe-inline' allows these.
    // The same colour scheme as the page inside, or the browser paints an opaque backdrop.
    const style = frame.style;
    style.display = "block";
    style.width = "100%";
    style.border = "0";
    style.height = INITIAL_HEIGHT;
    style.colorScheme = theme === "auto" ? "light dark" : theme;

    addEventListener("message", (event) => {
      const message = messageFromFrame(event, frame, calculatorOrigin);
      if (!message) return;
      if (message.type === "ready" || message.type === "resize") style.height = `${Math.ceil(message.height)}px`;
      if (message.type === "ready") {
        // The loader's own refusals, then the frame's, each by the attribute the page's author wrote.
        message.problems = [...problems, ...message.problems.map((problem) => ({ ...problem, key: attributeName(problem.key) }))];
        for (const { key, value, message: reason } of message.problems) {
          warn(`${DEFAULT_TITLE}: ${key}=${JSON.stringify(value)} ${reason}, so it was ignored.`);
        }
      }
      frame.dispatchEvent(new CustomEvent(`${MESSAGE_NAMESPACE}:${message.type}`, { detail: message, bubbles: true }));
    });
    frames.push(frame);
    return frame;
  };

  const mount = () => {
    const placeholders = document.querySelectorAll<HTMLElement>(`[${PLACEHOLDER}]`);
    for (const placeholder of placeholders) {
      if (placeholder.hasAttribute(MOUNTED)) continue;
      placeholder.setAttribute(MOUNTED, "");
      placeholder.append(frameFor({ ...script.dataset, ...placeholder.dataset }));
    }
    if (placeholders.length === 0) script.after(frameFor(script.dataset));
  };

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mount);
  else mount();
  return frames;
}
