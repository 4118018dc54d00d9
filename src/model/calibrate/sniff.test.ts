import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, refuseFile } from "./sniff.ts";

const bytes = (...values: (number | string)[]): Uint8Array =>
  new Uint8Array(values.flatMap((value) => (typeof value === "string" ? Array.from(value, (c) => c.charCodeAt(0)) : [value])));
const text = (value: string) => new TextEncoder().encode(value);

describe("refuseFile", () => {
  it("lets a CSV export through", () => {
    expect(refuseFile("tickets.csv", 40, text("Created,Ticket ID\n2025-03-14,1\n"))).toBeNull();
  });

  it("lets UTF-16 text with a byte-order mark through, although it is full of NUL bytes", () => {
    expect(refuseFile("tickets.csv", 8, bytes(0xff, 0xfe, "D", 0, "a", 0))).toBeNull();
  });

  it("refuses an empty file, with its name", () => {
    expect(refuseFile("empty.csv", 0, new Uint8Array())).toEqual({ fileName: "empty.csv", reason: "empty.csv is empty" });
  });

  it("refuses a file over 50 MB", () => {
    expect(refuseFile("huge.csv", MAX_FILE_BYTES + 1, text("Date\n"))?.reason).toMatch(/^huge\.csv is 50\.0 MB, over the 50 MB limit/);
    expect(refuseFile("limit.csv", MAX_FILE_BYTES, text("Date\n"))).toBeNull();
  });

  it("recognises an Excel workbook by its bytes whatever its name, and says to save it as CSV", () => {
    const xlsx = bytes(0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 19, 0, 0, 0, "[Content_Types].xml");
    expect(refuseFile("export.csv", 5000, xlsx)?.reason).toBe("export.csv is a spreadsheet (Excel .xlsx): save it as CSV");
  });

  it("recognises an OpenDocument spreadsheet and an Excel 97–2003 workbook", () => {
    const ods = bytes(0x50, 0x4b, 0x03, 0x04, "....................................mimetypeapplication/vnd.oasis.opendocument.spreadsheet");
    expect(refuseFile("a.ods", 900, ods)?.reason).toMatch(/OpenDocument .*save it as CSV/);
    expect(refuseFile("a.xls", 900, bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0))?.reason).toMatch(/spreadsheet .*save it as CSV/);
  });

  it.each([
    ["a PDF", bytes("%PDF-1.7\n"), /is a PDF/],
    ["a PNG image", bytes(0x89, "PNG", 0x0d, 0x0a, 0x1a, 0x0a, 0), /image \(PNG\)/],
    ["a JPEG image", bytes(0xff, 0xd8, 0xff, 0xe0), /image \(JPEG\)/],
    ["a GIF image", bytes("GIF89a"), /image \(GIF\)/],
    ["a WebP image", bytes("RIFF", 0, 0, 0, 0, "WEBPVP8 "), /image \(WebP\)/],
    ["a gzip archive", bytes(0x1f, 0x8b, 8, 0), /gzip/],
    ["a 7z archive", bytes(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c), /7z/],
    ["a RAR archive", bytes("Rar!", 0x1a, 0x07, 0), /RAR/],
    ["a zip archive", bytes(0x50, 0x4b, 0x03, 0x04, 10, 0, "readme.txt"), /zip archive/],
    ["a web page saved as .xls", text("<!DOCTYPE html><html><table>"), /web page \(HTML\)/],
    ["an XML spreadsheet", text('<?xml version="1.0"?><Workbook>'), /XML/],
    ["a binary file", bytes("abc", 0, 1, 2), /not a text file/],
  ])("refuses %s", (_, firstBytes, reason) => {
    expect(refuseFile("records.csv", 1000, firstBytes)?.reason).toMatch(reason);
  });

  it("does not mistake text that starts like a signature for one", () => {
    expect(refuseFile("a.csv", 100, text("BZh,RIFF,Rar\n1,2,3\n"))).toBeNull();
  });
});
