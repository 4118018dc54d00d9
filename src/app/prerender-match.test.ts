import { describe, expect, it } from "vitest";
import { matchesPrerenderedPage } from "./prerender-match.ts";

describe("matchesPrerenderedPage", () => {
  it("hydrates the full calculator only at its bare address", () => {
    expect(matchesPrerenderedPage("app", "")).toBe(true);
    expect(matchesPrerenderedPage("app", "?seats=40&v=1")).toBe(false);
  });

  it("hydrates the embed with a valid look and host origin, which change nothing inside the page", () => {
    expect(matchesPrerenderedPage("embed", "?parentOrigin=https%3A%2F%2Fexample.com&theme=dark&accent=%230a7d5a&transparent=1")).toBe(true);
  });

  it("draws the embed afresh when a setting changes its content or is invalid", () => {
    expect(matchesPrerenderedPage("embed", "?seats=40")).toBe(false);
    expect(matchesPrerenderedPage("embed", "?ctaLabel=Call&ctaUrl=https%3A%2F%2Fexample.com")).toBe(false);
    expect(matchesPrerenderedPage("embed", "?accent=red;background:url(x)")).toBe(false);
    expect(matchesPrerenderedPage("embed", "?theme=dark&theme=light")).toBe(false);
  });
});
