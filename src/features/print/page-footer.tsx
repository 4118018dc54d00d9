/**
 * The printout's running footer: the provider's name on every page, and the page number where the
 * browser can print one.
 *
 * Chromium (131 and later) draws CSS page-margin boxes (`@page { @bottom-left { … } }` in
 * print.css), with `counter(page)` and `counter(pages)`: the name and the page number's words, in
 * the page's language, come from custom properties set here on the root element. Firefox and
 * Safari ignore margin boxes; for them this element, fixed in print, repeats at the foot of every
 * page with the name alone (neither can number pages from CSS outside margin boxes). Which of the two prints is decided by `CSSMarginRule`, the interface
 * a browser that reads margin boxes has.
 */
import { useEffect } from "react";
import { t } from "@lingui/core/macro";

/** The name as a CSS string: quotes, backslashes and line breaks escaped. */
export function cssString(text: string): string {
  return `"${text.replace(/["\\\n\r\f]/g, (char) => `\\${char.charCodeAt(0).toString(16)} `)}"`;
}

/** Stand-ins for the page's number and the count of pages while the sentence is put into words. */
const PAGE = "\uE000";
const PAGES = "\uE001";

/**
 * A sentence with the two stand-ins in it ("Page \uE000 of \uE001") as a CSS content list that
 * numbers each page itself: `"Page " counter(page) " of " counter(pages)`.
 */
export function pageNumberContent(sentence: string): string {
  return sentence
    .split(/(\uE000|\uE001)/)
    .filter((part) => part !== "")
    .map((part) => (part === PAGE ? "counter(page)" : part === PAGES ? "counter(pages)" : cssString(part)))
    .join(" ");
}

export const MARGIN_BOXES_CLASS = "print-margin-boxes";

export function PageFooter({ name }: { name: string }) {
  const page = PAGE;
  const pages = PAGES;
  const pageNumber = pageNumberContent(
    t({ comment: "The printout's page number, at the foot of each page", message: `Page ${page} of ${pages}` }),
  );
  useEffect(() => {
    const root = document.documentElement;
    // Properties set through the CSSOM, not a style attribute: the strict CSP allows them.
    root.style.setProperty("--print-footer-name", cssString(name));
    root.style.setProperty("--print-page-number", pageNumber);
    root.classList.toggle(MARGIN_BOXES_CLASS, "CSSMarginRule" in window);
    return () => {
      root.style.removeProperty("--print-footer-name");
      root.style.removeProperty("--print-page-number");
    };
  }, [name, pageNumber]);
  return (
    <p className="page-footer" aria-hidden="true">
      {name}
    </p>
  );
}
