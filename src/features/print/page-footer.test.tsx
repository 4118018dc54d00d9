import { render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { MARGIN_BOXES_CLASS, PageFooter, cssString } from "./page-footer.tsx";

afterEach(() => {
  document.documentElement.classList.remove(MARGIN_BOXES_CLASS);
  document.documentElement.style.removeProperty("--print-footer-name");
});

describe("the printout's running footer", () => {
  it("writes the name as a CSS string, with quotes, backslashes and line breaks escaped", () => {
    expect(cssString("Harbour IT")).toBe('"Harbour IT"');
    expect(cssString('Say "hi" \\ now\nplease')).toBe('"Say \\22 hi\\22  \\5c  now\\a please"');
  });

  it("gives the page-margin boxes the name through a custom property, and leaves the fixed footer to browsers without them", () => {
    const { container, rerender } = render(<PageFooter name='Harbour "IT"' />);
    const root = document.documentElement;
    expect(root.style.getPropertyValue("--print-footer-name")).toBe('"Harbour \\22 IT\\22 "');
    // jsdom has no CSSMarginRule, like Firefox and Safari: the fixed footer is the one printed.
    expect(root.classList.contains(MARGIN_BOXES_CLASS)).toBe(false);
    expect(container).toHaveTextContent('Harbour "IT"');
    rerender(<PageFooter name="Acme" />);
    expect(root.style.getPropertyValue("--print-footer-name")).toBe('"Acme"');
  });
});
