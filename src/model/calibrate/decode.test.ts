import { describe, expect, it } from "vitest";
import { decodeText } from "./decode.ts";

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes[2 + i * 2] = littleEndian ? code & 0xff : code >> 8;
    bytes[3 + i * 2] = littleEndian ? code >> 8 : code & 0xff;
  }
  return bytes;
}

describe("decodeText", () => {
  it("reads UTF-8 with and without a byte-order mark, dropping the mark", () => {
    const plain = new TextEncoder().encode("Créé,Σ Time Spent\n");
    expect(decodeText(plain)).toBe("Créé,Σ Time Spent\n");
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...plain]))).toBe("Créé,Σ Time Spent\n");
  });

  it("reads UTF-16 little- and big-endian by their byte-order mark", () => {
    expect(decodeText(utf16("Date\t€\n", true))).toBe("Date\t€\n");
    expect(decodeText(utf16("Date\t€\n", false))).toBe("Date\t€\n");
  });

  it("reads a file that is not UTF-8 as Windows-1252, as Excel on Windows saves CSV", () => {
    expect(decodeText(new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2c, 0x80, 0x35]))).toBe("Café,€5");
  });
});
