import { describe, expect, it } from "vitest";
import { readPageMode } from "./read-page-mode.ts";

function root(mode?: string): HTMLElement {
  const element = document.createElement("div");
  if (mode) element.dataset.mode = mode;
  return element;
}

describe("which page a document shows", () => {
  it("follows the marker the build writes on #root", () => {
    expect(readPageMode(root("embed"), { pathname: "/embed.html", search: "" })).toBe("embed");
    expect(readPageMode(root("configure"), { pathname: "/configure.html", search: "" })).toBe("configure");
  });

  it("follows the path where the server does not mark the page, as in development", () => {
    expect(readPageMode(root(), { pathname: "/embed.html", search: "?seats=4" })).toBe("embed");
    expect(readPageMode(root(), { pathname: "/configure.html", search: "" })).toBe("configure");
  });

  it("opens the embed or the configurator at any address when asked in the query", () => {
    expect(readPageMode(root(), { pathname: "/", search: "?embed=1" })).toBe("embed");
    expect(readPageMode(root(), { pathname: "/", search: "?embed=configure" })).toBe("configure");
  });

  it("is the full calculator otherwise, whatever else the marker or query says", () => {
    expect(readPageMode(root(), { pathname: "/", search: "?seats=40" })).toBe("app");
    expect(readPageMode(root("something"), { pathname: "/", search: "?embed=yes" })).toBe("app");
  });
});
