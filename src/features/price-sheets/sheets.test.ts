import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { defaultScenario } from "../../model/index.ts";
import {
  BACKUP_KEY,
  FILE_FORMAT,
  MAX_LOGO_CHARS,
  STORAGE_KEY,
  TERM_KEYS,
  isLogoUrl,
  loadSheets,
  parseSheetFile,
  saveSheets,
  sheetFileText,
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

describe("price sheet terms", () => {
  it("hold every managed and break-fix input and nothing else", () => {
    expect(TERM_KEYS).toContain("msSeat");
    expect(TERM_KEYS).toContain("bfRate");
    expect(TERM_KEYS.every((key) => key.startsWith("ms") || key.startsWith("bf"))).toBe(true);
    expect(TERM_KEYS).toHaveLength(27);
  });
});

describe("reading a price-sheet file", () => {
  it("reads back what it exported", () => {
    const result = parseSheetFile(sheetFileText(sheet));
    expect(result).toEqual({ ok: true, name: "Standard 2026", values: sheet.values, missing: [] });
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
    const result = parseSheetFile(fileText(sheet.values, { version: 2 }));
    expect(!result.ok && result.message).toContain("format 2");
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
  it("round-trip through storage", () => {
    expect(saveSheets([sheet], { unreadable: [], corrupt: false })).toEqual({ status: "ok" });
    const loaded = loadSheets();
    expect(loaded.sheets).toEqual([sheet]);
    expect(loaded.notice).toBeNull();
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
