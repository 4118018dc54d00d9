import { describe, expect, it } from "vitest";
import { defaultScenario } from "../model/index.ts";
import { createCalculatorStore, isTermKey } from "./store.ts";

describe("calculator store: toolkit actions", () => {
  it("applies a price sheet's terms and ignores any business input it carries", () => {
    const store = createCalculatorStore({ scenario: { ...defaultScenario(), seats: 40 } });
    store.getState().applyPriceSheet("Acme", { msSeat: 90, bfRate: 175, seats: 3, issues: 2 });
    const { scenario } = store.getState();
    expect(scenario.msSeat).toBe(90);
    expect(scenario.bfRate).toBe(175);
    expect(scenario.seats).toBe(40);
    expect(scenario.issues).toBe(defaultScenario().issues);
    store.getState().undoPreset();
    expect(store.getState().scenario).toEqual({ ...defaultScenario(), seats: 40 });
  });

  it("counts every bf* and ms* input, and only those, as a term", () => {
    expect(isTermKey("bfRate")).toBe(true);
    expect(isTermKey("msRecur")).toBe(true);
    expect(isTermKey("seats")).toBe(false);
    expect(isTermKey("bogus")).toBe(false);
  });

  it("pins the scenario as A, keeps A while B changes, swaps and unpins", () => {
    const store = createCalculatorStore({ scenario: { ...defaultScenario(), seats: 20 } });
    store.getState().pinScenario();
    store.getState().setInput("seats", 35);
    expect(store.getState().pinned?.seats).toBe(20);
    expect(store.getState().scenario.seats).toBe(35);
    store.getState().swapPinned();
    expect(store.getState().pinned?.seats).toBe(35);
    expect(store.getState().scenario.seats).toBe(20);
    store.getState().unpinScenario();
    expect(store.getState().pinned).toBeNull();
  });

  it("turns presenter mode on and off as a display setting", () => {
    const store = createCalculatorStore();
    const before = store.getState().display;
    store.getState().setPresent(false);
    expect(store.getState().display).toBe(before);
    store.getState().setPresent(true);
    expect(store.getState().display.present).toBe(true);
  });
});

describe("calculator store: loading a link", () => {
  it("keeps the objects it already holds where the link's values equal them, and replaces the rest", () => {
    const store = createCalculatorStore();
    const first = store.getState();
    store.getState().load({ scenario: defaultScenario(), display: { ...first.display }, urlProblems: [] });
    const afterEqual = store.getState();
    // Hydration reads the store's first state: equal values must not become new objects.
    expect(afterEqual.scenario).toBe(store.getInitialState().scenario);
    expect(afterEqual.display).toBe(first.display);
    expect(afterEqual.urlProblems).toBe(first.urlProblems);

    store.getState().load({ scenario: { ...defaultScenario(), seats: 40 }, display: first.display, urlProblems: [] });
    expect(store.getState().scenario.seats).toBe(40);
    expect(store.getState().scenario).not.toBe(first.scenario);
    expect(store.getState().display).toBe(first.display);
  });
});
