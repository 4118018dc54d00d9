import { describe, expect, it } from "vitest";
import { fitLogo, refuseLogoFile, sniffImage } from "./logo-file.ts";

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);

describe("a logo file", () => {
  it("is known by its first bytes: PNG, JPEG and WebP", () => {
    expect(sniffImage(PNG)).toBe("png");
    expect(sniffImage(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("jpeg");
    expect(sniffImage(text("RIFF\u0001\u0002\u0003\u0004WEBPVP8 "))).toBe("webp");
    expect(sniffImage(text("RIFF\u0001\u0002\u0003\u0004WAVEfmt "))).toBeNull();
    expect(sniffImage(text("GIF89a"))).toBeNull();
  });

  it("is refused as SVG, with the reason, whatever its name says", () => {
    expect(refuseLogoFile(200, text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toMatch(/SVG image, which can carry script/);
    expect(refuseLogoFile(200, text('  <?xml version="1.0"?><svg>'))).toMatch(/SVG/);
  });

  it("is refused when it is no image it accepts, or larger than 500 KB", () => {
    expect(refuseLogoFile(200, text("GIF89a"))).toBe("it is not a PNG, JPEG or WebP image");
    expect(refuseLogoFile(500 * 1024 + 1, PNG)).toMatch(/larger than the 500 KB/);
    expect(refuseLogoFile(500 * 1024, PNG)).toBeNull();
  });

  it("is scaled down to fit 600 × 200 pixels, keeping its shape, and never enlarged", () => {
    expect(fitLogo(1200, 400)).toEqual({ width: 600, height: 200 });
    expect(fitLogo(400, 400)).toEqual({ width: 200, height: 200 });
    expect(fitLogo(3000, 100)).toEqual({ width: 600, height: 20 });
    expect(fitLogo(120, 40)).toEqual({ width: 120, height: 40 });
  });
});
