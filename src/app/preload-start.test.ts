import { afterEach, describe, expect, it } from "vitest";
import { preloadStartModules, START_MODULES_META } from "./preload-start.ts";

function nameModules(content: string): void {
  const meta = document.createElement("meta");
  meta.name = START_MODULES_META;
  meta.content = content;
  document.head.append(meta);
}

const preloads = () =>
  [...document.head.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.getAttribute("href"));

afterEach(() => {
  document.head.replaceChildren();
});

describe("fetching start-up's modules at once", () => {
  it("preloads each module the page's head names, as a module script would fetch it", () => {
    nameModules("/assets/start-a.js /assets/react-dom-b.js  /assets/messages-de-start-c.js");
    preloadStartModules(document);
    expect(preloads()).toEqual(["/assets/start-a.js", "/assets/react-dom-b.js", "/assets/messages-de-start-c.js"]);
    const link = document.head.querySelector<HTMLLinkElement>('link[rel="modulepreload"]')!;
    expect(link.getAttribute("crossorigin")).toBe("");
  });

  it("does it once, however often it is asked", () => {
    nameModules("/assets/start-a.js");
    preloadStartModules(document);
    preloadStartModules(document);
    expect(preloads()).toEqual(["/assets/start-a.js"]);
  });

  it("takes only the site's own paths", () => {
    nameModules("https://elsewhere.example/x.js //elsewhere.example/y.js javascript:alert(1) /assets/start-a.js");
    preloadStartModules(document);
    expect(preloads()).toEqual(["/assets/start-a.js"]);
  });

  it("does nothing on a page that names none", () => {
    preloadStartModules(document);
    expect(preloads()).toEqual([]);
  });
});
