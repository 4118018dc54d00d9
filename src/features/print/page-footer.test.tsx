import { render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { MARGIN_BOXES_CLASS, PageFooter, cssString, pageNumberContent } from "./page-footer.tsx";

afterEach(() => {
  document.documentElement.classList.remove(MARGIN_BOXES_CLASS);
  document.documentElement.style.removeProperty("--print-footer-name");
  document.documentElement.style.removeProperty("--print-page-number");
});

describe("the printout's running footer", () => {
  it("writes the name as a CSS string, with quotes, backslashes and line breaks escaped", () => {
    expect(cssString("Harbour IT")).toBe('"Harbour IT"');
    expect(cssString('Say "hi" \\ now\nplease')).toBe('"Say \\22 hi\\22  \\5c  now\\a please"');
  });

  it("numbers the pages in the words of the page's language, in their order", () => {
    expect(pageNumberContent("Seite \uE000 von \uE001")).toBe('"Seite " counter(page) " von " counter(pages)');
    expect(pageNumberContent("\uE000/\uE001 pages")).toBe('counter(page) "/" counter(pages) " pages"');
    expect(pageNumberContent('Page "\uE000"')).toBe('"Page \\22 " counter(page) "\\22 "');
  });

  it("gives the page-margin boxes the name through a custom property, and leaves the fixed footer to browsers without them", () => {
    const { container, rerender } = render(<PageFooter name='Harbour "IT"' />);
    const root = document.documentElement;
    expect(root.style.getPropertyValue("--print-footer-name")).toBe('"Harbour \\22 IT\\22 "');
    expect(root.style.getPropertyValue("--print-page-number")).toBe('"Page " counter(page) " of " counter(pages)');
    // jsdom has no CSSMarginRule, like Firefox and Safari: the fixed footer is the one printed.
    expect(root.classList.contains(MARGIN_BOXES_CLASS)).toBe(false);
    expect(container).toHaveTextContent('Harbour "IT"');
    rerender(<PageFooter name="Acme" />);
    expect(root.style.getPropertyValue("--print-footer-name")).toBe('"Acme"');
  });
});
