import { describe, expect, it } from "vitest";
import { defaultScenario } from "../model/index.ts";
import { DEFAULT_DISPLAY, readUrl, writeUrl } from "./url-state.ts";

const display = DEFAULT_DISPLAY;

describe("URL state: pinned scenario A", () => {
  it("writes A under a. keys beside B's flat keys, and reads both back", () => {
    const a = { ...defaultScenario(), seats: 20 };
    const b = { ...defaultScenario(), seats: 35, msSeat: 95 };
    const query = writeUrl({ scenario: b, display, pinned: a });
    const params = new URLSearchParams(query);
    expect(params.get("seats")).toBe("35");
    expect(params.get("msSeat")).toBe("95");
    expect(params.get("a.seats")).toBe("20");
    expect(params.has("a.msSeat")).toBe(false);
    expect(params.has("a")).toBe(false);

    const read = readUrl(`?${query}`);
    expect(read.problems).toEqual([]);
    expect(read.scenario).toEqual(b);
    expect(read.pinned).toEqual(a);
  });

  it("marks a pinned scenario at its defaults with a=1", () => {
    const query = writeUrl({ scenario: { ...defaultScenario(), seats: 35 }, display, pinned: defaultScenario() });
    expect(new URLSearchParams(query).get("a")).toBe("1");
    const read = readUrl(`?${query}`);
    expect(read.pinned).toEqual(defaultScenario());
    expect(read.scenario.seats).toBe(35);
  });

  it("reads no pinned scenario from a link without a. keys", () => {
    expect(readUrl("?seats=30&v=1").pinned).toBeNull();
  });

  it("validates A exactly like B: a bad value falls back to the default and is reported under its a. key", () => {
    const read = readUrl("?a.seats=0&a.servers=5&a.bogus=2&seats=12&v=1");
    expect(read.pinned).toEqual({ ...defaultScenario(), servers: 5 });
    expect(read.scenario.seats).toBe(12);
    expect(read.problems).toEqual([
      { key: "a.seats", code: "outOfRange", values: { min: 1, max: 5000 } },
      { key: "a.bogus", code: "unknownKey" },
    ]);
  });

  it("keeps A's keys away from B: a.seats never sets B's seats", () => {
    const read = readUrl("?a.seats=99");
    expect(read.scenario).toEqual(defaultScenario());
    expect(read.pinned?.seats).toBe(99);
  });

  it("reports a marker other than a=1", () => {
    const read = readUrl("?a=yes");
    expect(read.problems).toContainEqual({ key: "a", code: "notPinnedMarker" });
  });
});

describe("URL state: presenter mode", () => {
  it("round-trips present=1 and leaves it out when off", () => {
    const query = writeUrl({ scenario: defaultScenario(), display: { ...display, present: true } });
    expect(query).toContain("present=1");
    expect(readUrl(`?${query}`).display.present).toBe(true);
    expect(writeUrl({ scenario: defaultScenario(), display })).toBe("");
  });

  it("reports a present value other than 1 or 0", () => {
    const read = readUrl("?present=yes");
    expect(read.display.present).toBe(false);
    expect(read.problems).toContainEqual({ key: "present", code: "notOnOff" });
  });
});
