import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { addPlan, defaultScenario, setPlanTerm, type Scenario } from "../../model/index.ts";
import { createCalculatorStore } from "../../state/store.ts";
import {
  BACKUP_KEY,
  BREAK_FIX_KEYS,
  FILE_FORMAT,
  MAX_LOGO_CHARS,
  PLAN_TERM_KEYS,
  STORAGE_KEY,
  isLogoUrl,
  loadSheets,
  parseSheetFile,
  saveSheets,
  sheetChange,
  sheetFileText,
  sheetKeys,
  sheetPlans,
  termsOf,
  type PriceSheet,
} from "./sheets.ts";

const sheet: PriceSheet = {
  id: "s1",
  name: "Standard 2026",
  savedAt: "2026-01-01T00:00:00.000Z",
  values: termsOf({ ...defaultScenario(), msSeat: 95, bfRate: 165 }),
};

function fileText(values: Record<string, unknown>, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ format: FILE_FORMAT, version: 1, name: "Acme", values, ...extra });
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

/** A provider's three tiers over the defaults: Basic (plan 1), Standard and Premium. */
function threeTiers(base: Scenario = defaultScenario()): Scenario {
  let s = { ...base, msName: "Basic", msSeat: 60, msOutside: 40, bfRate: 165 };
  s = addPlan(addPlan(s));
  s = setPlanTerm(s, 2, "msName", "Standard");
  s = setPlanTerm(s, 2, "msSeat", 120);
  s = setPlanTerm(s, 3, "msName", "Premium");
  s = setPlanTerm(s, 3, "msSeat", 180);
  s = setPlanTerm(s, 3, "msRate", 0);
  return s;
}

describe("price sheet terms", () => {
  it("hold the break-fix terms and every plan's terms with its name, and nothing of the business", () => {
    expect(BREAK_FIX_KEYS.every((key) => key.startsWith("bf"))).toBe(true);
    expect(BREAK_FIX_KEYS).toHaveLength(15);
    expect(PLAN_TERM_KEYS).toEqual(expect.arrayContaining(["msSeat", "msOutside", "msRate", "msName"]));
    expect(PLAN_TERM_KEYS).toHaveLength(15);
    expect(sheetKeys(2)).toEqual(["plans", ...BREAK_FIX_KEYS, ...PLAN_TERM_KEYS, ...PLAN_TERM_KEYS.map((key) => `p2.${key}`)]);
  });

  it("are taken from every plan of the scenario, under the keys a link uses", () => {
    const values = termsOf(threeTiers());
    expect(values).toMatchObject({ plans: 3, msName: "Basic", msSeat: 60, msOutside: 40, bfRate: 165 });
    expect(values).toMatchObject({ "p2.msName": "Standard", "p2.msSeat": 120, "p3.msName": "Premium", "p3.msRate": 0 });
    expect(Object.keys(values)).toEqual(sheetKeys(3));
    expect(values).not.toHaveProperty("seats");
    expect(values).not.toHaveProperty("focus");
  });
});

describe("applying a sheet", () => {
  const sheetOf = (scenario: Scenario) => ({ values: termsOf(scenario) });

  it("sets every plan and the break-fix terms and leaves the business alone; undo goes back", () => {
    const prospect = { ...defaultScenario(), seats: 40, servers: 5, issues: 0.8, msSeat: 99 };
    const store = createCalculatorStore({ scenario: prospect });
    store.getState().applyPriceSheet("Acme", sheetChange(sheetOf(threeTiers())));
    const { scenario } = store.getState();
    expect(scenario.otherPlans.map((plan) => plan.msName)).toEqual(["Standard", "Premium"]);
    expect(scenario).toMatchObject({ msName: "Basic", msSeat: 60, msOutside: 40, bfRate: 165, seats: 40, servers: 5, issues: 0.8 });
    expect(scenario.otherPlans[1]).toMatchObject({ msSeat: 180, msRate: 0 });
    expect(scenario).toEqual({ ...threeTiers(), seats: 40, servers: 5, issues: 0.8 });
    store.getState().undoPreset();
    expect(store.getState().scenario).toEqual(prospect);
  });

  it("of one plan over a scenario of three leaves one plan, and a focus on a plan it lacks goes back to the cheapest", () => {
    const store = createCalculatorStore({ scenario: { ...threeTiers(), focus: 3 } });
    store.getState().applyPriceSheet("Solo", sheetChange(sheetOf({ ...defaultScenario(), msSeat: 77, msName: "Solo care" })));
    const { scenario } = store.getState();
    expect(scenario.otherPlans).toEqual([]);
    expect(scenario).toMatchObject({ msSeat: 77, msName: "Solo care", msOutside: 0, focus: 0 });
  });

  it("keeps a focus on a plan the sheet also has", () => {
    const store = createCalculatorStore({ scenario: { ...threeTiers(), focus: 2 } });
    store.getState().applyPriceSheet("Tiers", sheetChange(sheetOf(threeTiers())));
    expect(store.getState().scenario.focus).toBe(2);
  });

  it("lists its plans with their names, plan 1 first", () => {
    expect(sheetPlans(sheetOf(threeTiers())).map((plan) => [plan.msName, plan.msSeat])).toEqual([
      ["Basic", 60],
      ["Standard", 120],
      ["Premium", 180],
    ]);
  });
});

describe("reading a price-sheet file", () => {
  it("reads back what it exported", () => {
    const result = parseSheetFile(sheetFileText(sheet));
    expect(result).toEqual({ ok: true, name: "Standard 2026", values: sheet.values, missing: [] });
  });

  it("reads back a sheet of three plans, names and all", () => {
    const tiers = { ...sheet, values: termsOf(threeTiers()) };
    const text = sheetFileText(tiers);
    expect(JSON.parse(text)).toMatchObject({ format: FILE_FORMAT, version: 2, values: { plans: 3, "p3.msName": "Premium" } });
    expect(parseSheetFile(text)).toEqual({ ok: true, name: "Standard 2026", values: tiers.values, missing: [] });
  });

  it("reads a sheet written before plans existed as one plan, its new terms at their defaults", () => {
    const old = { msSeat: 95, msMin: 500, bfRate: 170 };
    const result = parseSheetFile(fileText(old));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.values).toMatchObject({ plans: 1, msSeat: 95, msName: "Managed", msOutside: 0, msRate: 150 });
    expect(result.missing).toEqual(expect.arrayContaining(["msOutside", "msRate", "msName"]));
    expect(sheetPlans(result)).toHaveLength(1);
    expect(sheetChange(result)).toMatchObject({ msSeat: 95, bfRate: 170, otherPlans: [] });
  });

  it("refuses a sheet of more than four plans, and says so once", () => {
    const values = { ...termsOf(threeTiers()), plans: 5, "p5.msSeat": 10 };
    expect(parseSheetFile(fileText(values, { version: 2 }))).toEqual({
      ok: false,
      message: "some of its values are not accepted: plans (Managed plans) is 5, and a price sheet holds at most 4 plans",
    });
  });

  it.each([
    [{ "p2.msSeat": -1 }, "p2.msSeat (Fee per staff member) must be between 0 and 5,000"],
    [{ "p2.msName": "" }, "p2.msName (Plan name) is empty"],
    [{ "p2.msName": "Gold\nCare" }, "p2.msName (Plan name) must not hold control characters"],
    [{ "p2.msName": "x".repeat(41) }, "p2.msName (Plan name) must be at most 40 characters"],
    [{ "p2.msName": 7 }, "p2.msName (Plan name) is not text"],
    [{ "p2.msOutside": "lots" }, "p2.msOutside (Calls billed outside the fee) is not a plain number"],
    [{ "p2.seats": 4 }, "“p2.seats” is not a setting this calculator knows"],
    [{ "p3.msSeat": 100 }, "p3.msSeat (Fee per staff member) is for plan 3, but there are 2 plans"],
    [{ focus: 2 }, "focus is the prospect’s choice of plan, not a price term"],
  ])("refuses bad plan field %o, named by its key with the reason", (bad, reason) => {
    const values = { plans: 2, msSeat: 90, "p2.msName": "Gold Care", ...bad };
    const result = parseSheetFile(fileText(values, { version: 2 }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain(reason);
  });

  it("keeps a name that looks like markup as the text it is", () => {
    const values = { plans: 2, "p2.msName": "<img src=x onerror=alert(1)>" };
    const result = parseSheetFile(fileText(values, { version: 2 }));
    expect(result.ok && sheetPlans(result)[1]!.msName).toBe("<img src=x onerror=alert(1)>");
  });

  it("refuses text that is not JSON", () => {
    expect(parseSheetFile("{not json")).toEqual({ ok: false, message: "it is not valid JSON" });
  });

  it("refuses JSON of another kind", () => {
    const result = parseSheetFile(JSON.stringify({ hello: "world" }));
    expect(result).toEqual({ ok: false, message: `it is not a price-sheet file (it has no "format": "${FILE_FORMAT}")` });
  });

  it("refuses a value out of range, naming the field and its range", () => {
    const result = parseSheetFile(fileText({ ...sheet.values, msSeat: 99999 }));
    expect(result).toEqual({
      ok: false,
      message: "some of its values are not accepted: msSeat (Fee per staff member) must be between 0 and 5,000",
    });
  });

  it("refuses business inputs: a price sheet never changes the prospect's business", () => {
    const result = parseSheetFile(fileText({ ...sheet.values, seats: 40 }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toContain("seats (Staff who use IT) is a business input, not a price term");
  });

  it("refuses values that are not numbers", () => {
    const result = parseSheetFile(fileText({ msSeat: [1] }));
    expect(!result.ok && result.message).toContain("msSeat (Fee per staff member) is not a number");
  });

  it("refuses a file from a newer format", () => {
    const result = parseSheetFile(fileText(sheet.values, { version: 3 }));
    expect(!result.ok && result.message).toContain("format 3");
  });

  it("fills terms the file does not name with their defaults and says which", () => {
    const result = parseSheetFile(fileText({ msSeat: 80 }));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.values.msSeat).toBe(80);
    expect(result.values.bfRate).toBe(defaultScenario().bfRate);
    expect(result.missing).toContain("bfRate");
    expect(result.missing).not.toContain("msSeat");
  });

  it("accepts numbers written as text, as a link carries them", () => {
    const result = parseSheetFile(fileText({ msSeat: "80.5" }));
    expect(result.ok && result.values.msSeat).toBe(80.5);
  });
});

describe("stored price sheets", () => {
  it("round-trip through storage, plans and all", () => {
    const tiers = { ...sheet, id: "s3", name: "Tiers", values: termsOf(threeTiers()) };
    expect(saveSheets([sheet, tiers], { unreadable: [], corrupt: false })).toEqual({ status: "ok" });
    const loaded = loadSheets();
    expect(loaded.sheets).toEqual([sheet, tiers]);
    expect(loaded.notice).toBeNull();
  });

  it("load a sheet stored before plans existed as one plan", () => {
    const old = { ...sheet, values: { msSeat: 95, bfRate: 165 } };
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, sheets: [old] }));
    const [loaded] = loadSheets().sheets;
    expect(loaded!.values).toMatchObject({ plans: 1, msSeat: 95, bfRate: 165, msName: "Managed" });
  });

  it("start empty with nothing stored", () => {
    expect(loadSheets()).toMatchObject({ sheets: [], notice: null, storageAvailable: true, corrupt: false });
  });

  it("survive corrupt stored JSON: nothing loaded, the user told, the damaged data copied aside before it is replaced", () => {
    localStorage.setItem(STORAGE_KEY, "{oops");
    const loaded = loadSheets();
    expect(loaded.sheets).toEqual([]);
    expect(loaded.corrupt).toBe(true);
    expect(loaded.notice).toContain("could not be read");
    saveSheets([sheet], loaded);
    expect(localStorage.getItem(BACKUP_KEY)).toBe("{oops");
    expect(loadSheets().sheets).toEqual([sheet]);
  });

  it("survive data of the wrong shape", () => {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, sheets: "nope" }));
    expect(loadSheets()).toMatchObject({ sheets: [], corrupt: true });
  });

  it("skip one bad sheet, load the others, and keep the bad one in storage", () => {
    const bad = { ...sheet, id: "s2", name: "Bad", values: { msSeat: -5 } };
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, sheets: [sheet, bad] }));
    const loaded = loadSheets();
    expect(loaded.sheets).toEqual([sheet]);
    expect(loaded.notice).toBe("One saved price sheet could not be read and was not loaded; the others were.");
    saveSheets([], loaded);
    expect(JSON.parse(localStorage.getItem(STORAGE_KEY)!)).toEqual({ version: 1, sheets: [bad] });
  });

  it("report a full storage as full", () => {
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    expect(saveSheets([sheet], { unreadable: [], corrupt: false })).toEqual({ status: "full" });
  });

  it("report storage switched off as unavailable, when reading and writing", () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, "localStorage")!;
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("Access is denied for this document.", "SecurityError");
      },
    });
    try {
      const loaded = loadSheets();
      expect(loaded.storageAvailable).toBe(false);
      expect(loaded.notice).toContain("not letting the calculator store anything");
      expect(saveSheets([sheet], loaded)).toEqual({ status: "unavailable" });
    } finally {
      Object.defineProperty(window, "localStorage", descriptor);
    }
  });
});

describe("a price sheet's logo", () => {
  // The first bytes of a PNG, a JPEG and a WebP file, as base64 data: URLs.
  const PNG_LOGO = `data:image/png;base64,${btoa("\x89PNG\r\n\x1a\n\0\0\0\rIHDR")}`;
  const JPEG_LOGO = `data:image/jpeg;base64,${btoa("\xff\xd8\xff\xe0\0\x10JFIF")}`;
  const WEBP_LOGO = `data:image/webp;base64,${btoa("RIFF\x10\0\0\0WEBPVP8 ")}`;
  const withLogo: PriceSheet = { ...sheet, logo: PNG_LOGO };

  it("goes into the exported file and comes back from it", () => {
    expect(JSON.parse(sheetFileText(withLogo)).logo).toBe(PNG_LOGO);
    expect(parseSheetFile(sheetFileText(withLogo))).toMatchObject({ ok: true, logo: PNG_LOGO });
    expect(parseSheetFile(sheetFileText(sheet))).not.toHaveProperty("logo");
  });

  it("is a PNG, JPEG or WebP image as a base64 data: URL", () => {
    for (const logo of [PNG_LOGO, JPEG_LOGO, WEBP_LOGO]) expect(isLogoUrl(logo)).toBe(true);
  });

  it.each([
    ["an SVG", `data:image/svg+xml;base64,${btoa("<svg><script>alert(1)</script></svg>")}`],
    ["an SVG declared as a PNG", `data:image/png;base64,${btoa("<svg><script>alert(1)</script></svg>")}`],
    ["a web address", "https://example.com/logo.png"],
    ["a script address", "javascript:alert(1)"],
    ["text that is not base64", "data:image/png;base64,<img src=x onerror=alert(1)>"],
    ["a data: URL that is too long", `${PNG_LOGO}${"A".repeat(MAX_LOGO_CHARS)}`],
    ["a number", 42],
  ])("refuses %s in an imported file, with the reason, and imports nothing", (_name, logo) => {
    expect(parseSheetFile(fileText({ msSeat: 90 }, { logo }))).toEqual({
      ok: false,
      message: expect.stringContaining("its logo is not a PNG, JPEG or WebP image"),
    });
  });

  it("round-trips through storage, and a stored sheet with a bad logo is set aside like any bad sheet", () => {
    const bad = { ...sheet, id: "s2", name: "Bad logo", logo: "javascript:alert(1)" };
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, sheets: [withLogo, bad] }));
    const loaded = loadSheets();
    expect(loaded.sheets).toEqual([withLogo]);
    expect(loaded.unreadable).toEqual([bad]);
  });
});
