/**
 * Bytes to text (CALIBRATE.md, "Reading a file"): UTF-8 with or without a byte-order mark, UTF-16
 * little- or big-endian with one. A file that is not valid UTF-8 is read as Windows-1252, the
 * encoding of CSV files saved by Excel on Windows, so `Café` still reads as `Café`.
 */

function decoder(label: string, fatal = false): TextDecoder {
  return new TextDecoder(label, { fatal });
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decoder("utf-16le").decode(bytes);
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decoder("utf-16be").decode(bytes);
  try {
    // TextDecoder drops a leading byte-order mark itself.
    return decoder("utf-8", true).decode(bytes);
  } catch {
    return decoder("windows-1252").decode(bytes);
  }
}
