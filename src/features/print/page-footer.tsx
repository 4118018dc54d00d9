/**
 * The printout's running footer: the provider's name on every page, and the page number where the
 * browser can print one.
 *
 * Chromium (131 and later) draws CSS page-margin boxes (`@page { @bottom-left { … } }` in
 * print.css), with `counter(page)` and `counter(pages)`: the name comes from a custom property set
 * here on the root element. Firefox and Safari ignore margin boxes; for them this element, fixed
 * in print, repeats at the foot of every page with the name alone (neither can number pages from
 * CSS outside margin boxes). Which of the two prints is decided by `CSSMarginRule`, the interface
 * a browser that reads margin boxes has.
 */
import { useEffect } from "react";

/** The name as a CSS string: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/["\\\n\r\f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}

export const MARGIN_BOXES_CLASS = "print-margin-boxes";

export function PageFooter({ name }: { name: string }) {
  useEffect(() => {
    const root = document.documentElement;
    // A property set through the CSSOM, not a style attribute: the strict CSP allows it.
    root.style.setProperty("--print-footer-name", cssString(name));
    root.classList.toggle(MARGIN_BOXES_CLASS, "CSSMarginRule" in window);
    return () => {
      root.style.removeProperty("--print-footer-name");
    };
  }, [name]);
  return (
    <p className="page-footer" aria-hidden="true">
      {name}
    </p>
  );
}
