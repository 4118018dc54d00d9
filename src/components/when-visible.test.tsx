import { act, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { WhenVisible } from "./when-visible.tsx";

/** An IntersectionObserver that reports every observed element as in view at once, and records what it observes. */
const observed: Element[] = [];

class InViewObserver {
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(element: Element) {
    observed.push(element);
    this.callback([{ isIntersecting: true, target: element } as IntersectionObserverEntry], this as unknown as IntersectionObserver);
  }
  disconnect() {}
}

describe("WhenVisible", () => {
  beforeEach(() => {
    observed.length = 0;
    vi.stubGlobal("IntersectionObserver", InViewObserver);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    delete document.documentElement.dataset.stale;
  });

  it("draws its content once its place is in view", async () => {
    render(<WhenVisible placeholder={<p>placeholder</p>}>{<p>chart</p>}</WhenVisible>);
    expect(await screen.findByText("chart")).toBeInTheDocument();
    expect(observed).toHaveLength(1);
  });

  it("does not judge its place while a link's page is hidden and laid out unlike it will be", async () => {
    document.documentElement.dataset.stale = "";
    render(<WhenVisible placeholder={<p>placeholder</p>}>{<p>chart</p>}</WhenVisible>);
    // Effects have run: nothing is observed while the page is hidden.
    await act(async () => {});
    expect(observed).toHaveLength(0);
    expect(screen.getByText("placeholder")).toBeInTheDocument();

    delete document.documentElement.dataset.stale;
    await waitFor(() => expect(observed).toHaveLength(1));
    expect(await screen.findByText("chart")).toBeInTheDocument();
  });
});
