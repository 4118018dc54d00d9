/**
 * Puts the calculator's iframe on the host page and keeps it as tall as its content. Settings the
 * page got wrong are for its developer, never its visitors: the calculator shows no notice of
 * them, and the loader writes each to this page's console as one warning, once the frame is
 * ready, naming the attribute, the value and the reason; `itcost:ready` lists them in `problems`.
 */
import { DEFAULT_TITLE, attributeName, readAttributes } from "./attributes.ts";
import { MESSAGE_NAMESPACE, messageFromFrame, type SettingProblem } from "./messages.ts";
import { FRAME_PATH, type EmbedParam } from "./settings.ts";

/** Scripts for the calculator, its own origin for storage and workers, new tabs for its links: nothing else. */
export const FRAME_SANDBOX = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox";

/** Marks a placeholder: `<div data-itcost data-seats="25"></div>`. */
const PLACEHOLDER = "data-itcost";
const MOUNTED = "data-itcost-mounted";
/** Until the calculator reports its height. */
const INITIAL_HEIGHT_PX = 560;

type Warn = (message: string) => void;

/** The iframe for one embed, configured by `dataset` (not yet in the document), and the settings it refused. */
export function createFrame(
  doc: Document,
  calculatorOrigin: string,
  dataset: Readonly<Record<string, string | undefined>>,
  scenarioKeys: readonly string[],
): { frame: HTMLIFrameElement; problems: SettingProblem[] } {
  const setup = readAttributes(dataset, scenarioKeys);
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
  return { frame, problems: setup.problems };
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
  const refused = new Map<HTMLIFrameElement, SettingProblem[]>();
  const add = (dataset: Readonly<Record<string, string | undefined>>, place: (frame: HTMLIFrameElement) => void) => {
    const { frame, problems } = createFrame(doc, calculatorOrigin, dataset, scenarioKeys);
    place(frame);
    frames.push(frame);
    refused.set(frame, problems);
  };

  const mount = () => {
    const placeholders = doc.querySelectorAll<HTMLElement>(`[${PLACEHOLDER}]`);
    for (const placeholder of placeholders) {
      if (placeholder.hasAttribute(MOUNTED)) continue;
      placeholder.setAttribute(MOUNTED, "");
      add({ ...script.dataset, ...placeholder.dataset }, (frame) => placeholder.append(frame));
    }
    if (placeholders.length === 0) add(script.dataset, (frame) => script.after(frame));
  };

  doc.defaultView?.addEventListener("message", (event) => {
    for (const frame of frames) {
      const message = messageFromFrame(event, frame, calculatorOrigin);
      if (!message) continue;
      if (message.type === "ready" || message.type === "resize") frame.style.height = `${Math.ceil(message.height)}px`;
      if (message.type === "ready") {
        // The loader's own refusals, then the frame's, each by the attribute the page's author wrote.
        message.problems = [...refused.get(frame)!, ...message.problems.map((problem) => ({ ...problem, key: attributeName(problem.key) }))];
        for (const { key, value, message: reason } of message.problems) {
          warn(`${DEFAULT_TITLE}: ${key}=${JSON.stringify(value)} ${reason}, so it was ignored.`);
        }
      }
      frame.dispatchEvent(new CustomEvent(`${MESSAGE_NAMESPACE}:${message.type}`, { detail: message, bubbles: true }));
    }
  });

  if (doc.readyState === "loading") doc.addEventListener("DOMContentLoaded", mount);
  else mount();
  return frames;
}
