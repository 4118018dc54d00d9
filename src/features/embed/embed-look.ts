/** The host's look on the embedded page: theme, accent colour, transparent background. */
import type { EmbedOptions } from "./embed-options.ts";

function channel(hex: string): number {
  const value = Number.parseInt(hex, 16) / 255;
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a validated #rgb or #rrggbb colour. */
export function luminance(accent: string): number {
  const digits = accent.length === 4 ? [...accent.slice(1)].map((digit) => digit + digit) : [accent.slice(1, 3), accent.slice(3, 5), accent.slice(5, 7)];
  const [r = 0, g = 0, b = 0] = digits.map(channel);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** White text on the accent where it reads at 4.5:1 or better, else near-black. */
export function textOn(accent: string): string {
  return (1 + 0.05) / (luminance(accent) + 0.05) >= 4.5 ? "#ffffff" : "#111111";
}

/**
 * Marks the document for the embed's styles (src/app/embed-page.css). Values go in through
 * CSSOM custom properties, which a style-src 'self' policy allows, and only validated ones.
 */
export function applyEmbedLook(root: HTMLElement, options: EmbedOptions): void {
  root.dataset.mode = "embed";
  if (options.theme === "auto") delete root.dataset.theme;
  else root.dataset.theme = options.theme;
  if (options.transparent) root.dataset.transparent = "";
  if (options.accent) {
    root.dataset.accent = "";
    root.style.setProperty("--embed-accent", options.accent);
    root.style.setProperty("--embed-accent-text", textOn(options.accent));
  }
}
