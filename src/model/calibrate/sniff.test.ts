import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, refuseFile } from "./sniff.ts";
import type { RefusalReason } from "./types.ts";

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
    expect(refuseFile("empty.csv", 0, new Uint8Array())).toEqual({ fileName: "empty.csv", code: "empty" });
  });

  it("refuses a file over 50 MB", () => {
    expect(refuseFile("huge.csv", MAX_FILE_BYTES + 1, text("Date\n"))).toEqual({ fileName: "huge.csv", code: "tooLarge", bytes: MAX_FILE_BYTES + 1, maxBytes: 50 * 1024 * 1024 });
    expect(refuseFile("limit.csv", MAX_FILE_BYTES, text("Date\n"))).toBeNull();
  });

  it("recognises an Excel workbook by its bytes whatever its name, and says to save it as CSV", () => {
    const xlsx = bytes(0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 19, 0, 0, 0, "[Content_Types].xml");
    expect(refuseFile("export.csv", 5000, xlsx)).toEqual({ fileName: "export.csv", code: "spreadsheet", format: "Excel .xlsx" });
  });

  it("recognises an OpenDocument spreadsheet and an Excel 97–2003 workbook", () => {
    const ods = bytes(0x50, 0x4b, 0x03, 0x04, "....................................mimetypeapplication/vnd.oasis.opendocument.spreadsheet");
    expect(refuseFile("a.ods", 900, ods)).toEqual({ fileName: "a.ods", code: "spreadsheet", format: "OpenDocument .ods" });
    expect(refuseFile("a.xls", 900, bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0))).toEqual({ fileName: "a.xls", code: "spreadsheet", format: "Excel 97–2003" });
    expect(refuseFile("a.numbers", 900, bytes(0x50, 0x4b, 0x03, 0x04, "Index/Document.iwa"))).toEqual({ fileName: "a.numbers", code: "spreadsheet", format: "Numbers" });
  });

  it.each<[string, Uint8Array, RefusalReason]>([
    ["a PDF", bytes("%PDF-1.7\n"), { code: "pdf" }],
    ["a PNG image", bytes(0x89, "PNG", 0x0d, 0x0a, 0x1a, 0x0a, 0), { code: "image", format: "PNG" }],
    ["a JPEG image", bytes(0xff, 0xd8, 0xff, 0xe0), { code: "image", format: "JPEG" }],
    ["a GIF image", bytes("GIF89a"), { code: "image", format: "GIF" }],
    ["a WebP image", bytes("RIFF", 0, 0, 0, 0, "WEBPVP8 "), { code: "image", format: "WebP" }],
    ["a TIFF image", bytes(0x4d, 0x4d, 0x00, 0x2a), { code: "image", format: "TIFF" }],
    ["a HEIC photo or an MP4 video", bytes(0, 0, 0, 0x18, "ftypheic"), { code: "imageOrVideo" }],
    ["a gzip archive", bytes(0x1f, 0x8b, 8, 0), { code: "compressedArchive", format: "gzip" }],
    ["a 7z archive", bytes(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c), { code: "compressedArchive", format: "7z" }],
    ["a RAR archive", bytes("Rar!", 0x1a, 0x07, 0), { code: "compressedArchive", format: "RAR" }],
    ["a bzip2 archive", bytes("BZh9", 0x31, 0x41, 0x59, 0x26, 0x53, 0x59), { code: "compressedArchive", format: "bzip2" }],
    ["a tar archive", bytes(...Array<number>(257).fill(0x61), "ustar"), { code: "tarArchive" }],
    ["a zip archive", bytes(0x50, 0x4b, 0x03, 0x04, 10, 0, "readme.txt"), { code: "zipArchive" }],
    ["a web page saved as .xls", text("<!DOCTYPE html><html><table>"), { code: "webPage" }],
    ["an XML spreadsheet", text('<?xml version="1.0"?><Workbook>'), { code: "xml" }],
    ["an RTF document", text("{\\rtf1\\ansi"), { code: "rtf" }],
    ["a binary file", bytes("abc", 0, 1, 2), { code: "notText" }],
  ])("refuses %s", (_, firstBytes, reason) => {
    expect(refuseFile("records.csv", 1000, firstBytes)).toEqual({ fileName: "records.csv", ...reason });
  });

  it("does not mistake text that starts like a signature for one", () => {
    expect(refuseFile("a.csv", 100, text("BZh,RIFF,Rar\n1,2,3\n"))).toBeNull();
  });
});
