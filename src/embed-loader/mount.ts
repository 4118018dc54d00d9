/** Puts the calculator's iframe on the host page and keeps it as tall as its content. */
import { DEFAULT_TITLE, readAttributes } from "./attributes.ts";
import { MESSAGE_NAMESPACE, messageFromFrame } from "./messages.ts";
import { FRAME_PATH, type EmbedParam } from "./settings.ts";

/** Scripts for the calculator, its own origin for storage and workers, new tabs for its links: nothing else. */
export const FRAME_SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";

/** Marks a placeholder: `<div data-itcost data-seats="25"></div>`. */
const PLACEHOLDER = "data-itcost";
const MOUNTED = "data-itcost-mounted";
/** Until the calculator reports its height. */
const INITIAL_HEIGHT_PX = 560;

type Warn = (message: string) => void;

/** The iframe for one embed, configured by `dataset`; not yet in the document. */
export function createFrame(
  doc: Document,
  calculatorOrigin: string,
  dataset: Readonly<Record<string, string | undefined>>,
  scenarioKeys: readonly string[],
  warn: Warn,
): HTMLIFrameElement {
  const setup = readAttributes(dataset, scenarioKeys);
  for (const problem of setup.problems) warn(`${DEFAULT_TITLE}: ${problem.key} ${problem.message}, so it was ignored.`);
  const hostOrigin = doc.defaultView?.location.origin;
  if (hostOrigin) setup.query.set("parentOrigin" satisfies EmbedParam, hostOrigin);
  const frame = doc.createElement("iframe");
  frame.src = `${calculatorOrigin}${FRAME_PATH}?${setup.query.toString()}`;
  frame.title = setup.title;
  frame.setAttribute("loading", "lazy");
  frame.setAttribute("sandbox", FRAME_SANDBOX);
  // Style properties, not a style attribute: a host's CSP without 'unsafe-inline' allows these.
  const style = frame.style;
  style.display = "block";
  style.width = "100%";
  style.border = "0";
  style.height = `${INITIAL_HEIGHT_PX}px`;
  // The same colour scheme as the page inside, or the browser paints an opaque backdrop.
  style.colorScheme = setup.theme === "auto" ? "light dark" : setup.theme;
  return frame;
}

/**
 * Mounts one iframe in each `[data-itcost]` placeholder (settings from the script tag, then the
 * placeholder's own), or right after the script when the page has no placeholder. Messages are
 * believed only from a mounted frame's own window and the calculator's origin; each is applied
 * (heights) and re-dispatched on the iframe as a bubbling CustomEvent "itcost:<type>".
 */
export function mountEmbeds(script: HTMLScriptElement, scenarioKeys: readonly string[], warn: Warn = console.warn): HTMLIFrameElement[] {
  const doc = script.ownerDocument;
  const calculatorOrigin = new URL(script.src, doc.baseURI).origin;
  const frames: HTMLIFrameElement[] = [];

  const mount = () => {
    const placeholders = doc.querySelectorAll<HTMLElement>(`[${PLACEHOLDER}]`);
    for (const placeholder of placeholders) {
      if (placeholder.hasAttribute(MOUNTED)) continue;
      placeholder.setAttribute(MOUNTED, "");
      const frame = createFrame(doc, calculatorOrigin, { ...script.dataset, ...placeholder.dataset }, scenarioKeys, warn);
      placeholder.append(frame);
      frames.push(frame);
    }
    if (placeholders.length === 0) {
      const frame = createFrame(doc, calculatorOrigin, script.dataset, scenarioKeys, warn);
      script.after(frame);
      frames.push(frame);
    }
  };

  doc.defaultView?.addEventListener("message", (event) => {
    for (const frame of frames) {
      const message = messageFromFrame(event, frame, calculatorOrigin);
      if (!message) continue;
      if (message.type === "ready" || message.type === "resize") frame.style.height = `${Math.ceil(message.height)}px`;
      frame.dispatchEvent(new CustomEvent(`${MESSAGE_NAMESPACE}:${message.type}`, { detail: message, bubbles: true }));
    }
  });

  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", mount);
  else mount();
  return frames;
}
