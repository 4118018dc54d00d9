import { expect, type Page } from "@playwright/test";

/**
 * Watches a page for what must never happen: console errors, uncaught exceptions, dialogs and
 * requests to any origin other than the page's own (and, where given, the allowed ones).
 */
export function guardPage(page: Page, allowedOrigins: string[] = []) {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    const own = new URL(page.url() === "about:blank" ? request.url() : page.url()).origin;
    if (url.origin !== own && !allowedOrigins.includes(url.origin)) {
      problems.push(`request left the origin: ${request.url()}`);
    }
  });
  return {
    problems,
    expectClean() {
      expect(problems, problems.join("\n")).toEqual([]);
    },
  };
}
