/**
 * A logo chosen from a file: checked by its first bytes (not its name or the type the browser
 * guesses from it), then scaled down in the browser to a small data: URL kept with the price sheet.
 * SVG is refused: it can carry script.
 */
import { t } from "@lingui/core/macro";
import { formatNumber } from "../../lib/format.ts";
import { MAX_LOGO_CHARS, isLogoUrl } from "./sheets.ts";

export const MAX_LOGO_FILE_BYTES = 500 * 1024;
/** Large enough to print sharply at the logo's printed size (about 50 × 17 mm), small enough to store. */
export const LOGO_MAX_WIDTH = 600;
export const LOGO_MAX_HEIGHT = 200;

export type LogoKind = "png" | "jpeg" | "webp";

/** What the file's first bytes say it is; null for anything but PNG, JPEG and WebP. */
export function sniffImage(head: Uint8Array): LogoKind | null {
  const starts = (bytes: readonly number[], at = 0) => bytes.every((byte, index) => head[at + index] === byte);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (starts([0xff, 0xd8, 0xff])) return "jpeg";
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return "webp";
  return null;
}

/** The reason a file cannot be a logo, before anything is decoded; null when it may be one. */
export function refuseLogoFile(size: number, head: Uint8Array): string | null {
  if (size > MAX_LOGO_FILE_BYTES) {
    const kilobytes = formatNumber(Math.round(size / 1024));
    const limit = formatNumber(MAX_LOGO_FILE_BYTES / 1024);
    return t({ message: `at ${kilobytes} KB it is larger than the ${limit} KB a logo may be`, comment: "Why a file cannot be a logo, after: “file.png” was not used as the logo:" });
  }
  if (sniffImage(head) !== null) return null;
  const text = new TextDecoder().decode(head).trimStart().toLowerCase();
  if (text.startsWith("<svg") || text.startsWith("<?xml")) {
    return t({ message: "it is an SVG image, which can carry script: save the logo as PNG, JPEG or WebP", comment: "Why a file cannot be a logo, after: “file.png” was not used as the logo:" });
  }
  return t({ message: "it is not a PNG, JPEG or WebP image", comment: "Why a file cannot be a logo, after: “file.png” was not used as the logo:" });
}

/** The size that fits inside the largest logo box, keeping the shape; never enlarged. */
export function fitLogo(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, LOGO_MAX_WIDTH / width, LOGO_MAX_HEIGHT / height);
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

export type LogoResult = { ok: true; logo: string } | { ok: false; message: string };

/** Reads, checks and scales a chosen file; every way it can fail gives a reason in words. */
export async function readLogoFile(file: Blob): Promise<LogoResult> {
  const head = new Uint8Array(await file.slice(0, 64).arrayBuffer());
  const refused = refuseLogoFile(file.size, head);
  if (refused) return { ok: false, message: refused };
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    return { ok: false, message: t({ message: "the image could not be read (the file may be damaged)", comment: "Why a file cannot be a logo, after: “file.png” was not used as the logo:" }) };
  }
  const { width, height } = fitLogo(bitmap.width, bitmap.height);
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext("2d");
  if (!context) return { ok: false, message: t({ message: "this browser could not scale the image", comment: "Why a file cannot be a logo, after: “file.png” was not used as the logo:" }) };
  context.imageSmoothingQuality = "high";
  context.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  // PNG keeps a logo's flat colours and edges; WebP (where the browser writes it) is far smaller for a photo.
  const candidates = [canvas.toDataURL("image/png"), canvas.toDataURL("image/webp", 0.92)];
  const logo = candidates.filter(isLogoUrl).sort((a, b) => a.length - b.length)[0];
  if (!logo) {
    const limit = formatNumber(MAX_LOGO_CHARS / 1000);
    return { ok: false, message: t({ message: `even scaled down it is larger than ${limit} kB`, comment: "Why a file cannot be a logo, after: “file.png” was not used as the logo:" }) };
  }
  return { ok: true, logo };
}
