/**
 * Refuses a file that cannot be a CSV export before it is read (CALIBRATE.md, "Reading a file"):
 * recognised by its first bytes, never by its name, so `report.csv` that is really a workbook is
 * still refused with the right advice. The reason is a code with what was recognised; the page
 * words it, and the advice that goes with it (src/features/calibrate/calibrate-reasons.ts).
 */
import type { Refusal, RefusalReason } from "./types.ts";

/** How many first bytes refuseFile looks at. */
export const SNIFF_BYTES = 4096;

/** 50 MB, counted as 50 × 1024 × 1024 bytes. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** Bytes at an offset; `and`, when given, must match too. */
type Bytes = { offset: number; bytes: readonly number[]; and?: Bytes };
type Signature = Bytes & { reason: RefusalReason };

const ascii = (text: string): number[] => Array.from(text, (character) => character.charCodeAt(0));

/** Binary formats a user might drop by mistake, with why each is refused. */
const SIGNATURES: readonly Signature[] = [
  { offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], reason: { code: "spreadsheet", format: "Excel 97–2003" } },
  { offset: 0, bytes: ascii("%PDF"), reason: { code: "pdf" } },
  { offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], reason: { code: "image", format: "PNG" } },
  { offset: 0, bytes: [0xff, 0xd8, 0xff], reason: { code: "image", format: "JPEG" } },
  { offset: 0, bytes: ascii("GIF87a"), reason: { code: "image", format: "GIF" } },
  { offset: 0, bytes: ascii("GIF89a"), reason: { code: "image", format: "GIF" } },
  { offset: 0, bytes: ascii("RIFF"), and: { offset: 8, bytes: ascii("WEBP") }, reason: { code: "image", format: "WebP" } },
  { offset: 4, bytes: ascii("ftyp"), reason: { code: "imageOrVideo" } },
  { offset: 0, bytes: [0x49, 0x49, 0x2a, 0x00], reason: { code: "image", format: "TIFF" } },
  { offset: 0, bytes: [0x4d, 0x4d, 0x00, 0x2a], reason: { code: "image", format: "TIFF" } },
  { offset: 0, bytes: [0x1f, 0x8b], reason: { code: "compressedArchive", format: "gzip" } },
  { offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], reason: { code: "compressedArchive", format: "7z" } },
  { offset: 0, bytes: ascii("Rar!\x1a\x07"), reason: { code: "compressedArchive", format: "RAR" } },
  { offset: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], reason: { code: "compressedArchive", format: "xz" } },
  { offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd], reason: { code: "compressedArchive", format: "zstd" } },
  {
    offset: 0,
    bytes: ascii("BZh"),
    and: { offset: 4, bytes: [0x31, 0x41, 0x59, 0x26, 0x53, 0x59] },
    reason: { code: "compressedArchive", format: "bzip2" },
  },
  { offset: 257, bytes: ascii("ustar"), reason: { code: "tarArchive" } },
];

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];

function startsWith(bytes: Uint8Array, offset: number, expected: readonly number[]): boolean {
  if (bytes.length < offset + expected.length) return false;
  return expected.every((byte, index) => bytes[offset + index] === byte);
}

function matches(bytes: Uint8Array, signature: Bytes): boolean {
  return startsWith(bytes, signature.offset, signature.bytes) && (!signature.and || matches(bytes, signature.and));
}

/** The first bytes as Latin-1 text, enough to look for a marker inside a zip or an HTML page. */
function latin1(bytes: Uint8Array): string {
  let text = "";
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

/**
 * Workbooks (xlsx, ods, Numbers) are zip files: the first entry's name or its content says which.
 * Anything else in a zip is an archive.
 */
function zipReason(head: string): RefusalReason {
  if (/opendocument\.spreadsheet/.test(head)) return { code: "spreadsheet", format: "OpenDocument .ods" };
  if (/xl\/|\[Content_Types\]\.xml/.test(head)) return { code: "spreadsheet", format: "Excel .xlsx" };
  if (/Index\/Document\.iwa|\.iwa/.test(head)) return { code: "spreadsheet", format: "Numbers" };
  return { code: "zipArchive" };
}

/** UTF-16 text has a byte-order mark; without one, NUL bytes mean the file is not text. */
function hasUtf16Bom(bytes: Uint8Array): boolean {
  return startsWith(bytes, 0, [0xff, 0xfe]) || startsWith(bytes, 0, [0xfe, 0xff]);
}

/**
 * Why a file is refused, or null when it may be a CSV or TSV export. `firstBytes` are the file's
 * first bytes (SNIFF_BYTES of them is plenty); `size` its length in bytes.
 */
export function refuseFile(fileName: string, size: number, firstBytes: Uint8Array): Refusal | null {
  const refuse = (reason: RefusalReason): Refusal => ({ fileName, ...reason });
  if (size === 0 || firstBytes.length === 0) return refuse({ code: "empty" });
  if (size > MAX_FILE_BYTES) return refuse({ code: "tooLarge", bytes: size, maxBytes: MAX_FILE_BYTES });
  if (startsWith(firstBytes, 0, ZIP) || startsWith(firstBytes, 0, EMPTY_ZIP)) {
    return refuse(zipReason(latin1(firstBytes.subarray(0, 2048))));
  }
  for (const signature of SIGNATURES) {
    if (matches(firstBytes, signature)) return refuse(signature.reason);
  }
  if (!hasUtf16Bom(firstBytes) && firstBytes.includes(0)) return refuse({ code: "notText" });
  const head = latin1(firstBytes.subarray(0, 1024)).replace(/^\ufeff|^\xef\xbb\xbf/, "").trimStart().toLowerCase();
  // Some tools' "Excel" exports are web pages or XML spreadsheets under an .xls name.
  if (/^<!doctype html|^<html|^<table/.test(head)) return refuse({ code: "webPage" });
  if (/^<\?xml/.test(head)) return refuse({ code: "xml" });
  if (/^\{\\rtf/.test(head)) return refuse({ code: "rtf" });
  return null;
}
