/**
 * Reading a printed PDF the way a person would: its pages' text (pdftotext), its pages' images
 * (pdfimages), and a QR code on a page, rendered to pixels (pdftoppm) and decoded with jsQR.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import jsQR from "jsqr";

export function pdfPageCount(pdfPath: string): number {
  const info = execFileSync("pdfinfo", [pdfPath], { encoding: "utf8" });
  return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
}

/** The text of one page (from 1), with runs of white space as one space. */
export function pdfPageText(pdfPath: string, page: number): string {
  return execFileSync("pdftotext", ["-f", String(page), "-l", String(page), pdfPath, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

/** Width and height of each raster image on a page (vector drawing, such as the QR code, is not one). */
export function pdfPageImages(pdfPath: string, page: number): { width: number; height: number }[] {
  const list = execFileSync("pdfimages", ["-list", "-f", String(page), "-l", String(page), pdfPath], { encoding: "utf8" });
  return list
    .split("\n")
    .slice(2)
    .filter((line) => line.trim() !== "")
    .map((line) => line.trim().split(/\s+/))
    .filter((cells) => cells[2] === "image")
    .map((cells) => ({ width: Number(cells[3]), height: Number(cells[4]) }));
}

/** A binary PPM (P6), as pdftoppm writes it, as RGBA pixels for jsQR. */
function readPpm(path: string): { data: Uint8ClampedArray; width: number; height: number } {
  const file = readFileSync(path);
  // Header: "P6", width, height, maximum value, each followed by white space; then RGB bytes.
  const fields: string[] = [];
  let at = 0;
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(file[at]!))) at++;
    let field = "";
    while (!/\s/.test(String.fromCharCode(file[at]!))) field += String.fromCharCode(file[at++]!);
    fields.push(field);
  }
  at++;
  const [magic, width, height] = [fields[0], Number(fields[1]), Number(fields[2])];
  if (magic !== "P6") throw new Error(`${path} is not a binary PPM`);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let pixel = 0; pixel < width * height; pixel++) {
    data.set(file.subarray(at + pixel * 3, at + pixel * 3 + 3), pixel * 4);
    data[pixel * 4 + 3] = 255;
  }
  return { data, width, height };
}

/** The text of the QR code printed on a page, or null when none can be read there. */
export function decodeQrOnPdfPage(pdfPath: string, page: number, outputPrefix: string): string | null {
  execFileSync("pdftoppm", ["-r", "150", "-f", String(page), "-l", String(page), "-singlefile", pdfPath, outputPrefix]);
  const { data, width, height } = readPpm(`${outputPrefix}.ppm`);
  return jsQR(data, width, height)?.data ?? null;
}
