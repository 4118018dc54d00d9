/**
 * Sentences with an element inside (a link, a figure's button), translated whole: the element's
 * place is a placeholder in the message, and the translated text is split around it. Lingui's own
 * <Trans> does the same, but brings @lingui/react (2 KB gzipped) into start-up for it.
 *
 *   const sources = slot(0);
 *   <p>{withElements(t`Every default has ${sources}.`, <a href="#sources">{t`a source`}</a>)}</p>
 */
import { Fragment, type ReactNode } from "react";

const OPEN = "\u{E000}";
const CLOSE = "\u{E001}";
const SLOT = new RegExp(`${OPEN}(\\d+)${CLOSE}`, "u");

/** The value of a placeholder that an element will take the place of: the nth of withElements'. */
export function slot(index: number): string {
  return `${OPEN}${index}${CLOSE}`;
}

/** The text with each slot(n) in it replaced by the nth element. */
export function withElements(text: string, ...elements: ReactNode[]): ReactNode[] {
  return text
    .split(SLOT)
    .map((part, i) => (i % 2 === 0 ? part : <Fragment key={i}>{elements[Number(part)]}</Fragment>))
    .filter((part) => part !== "");
}

/** A sentence split at its one slot(0): the text before it and after it. */
export function splitAtSlot(text: string): { before: string; after: string } {
  const [before = "", , after = ""] = text.split(SLOT);
  return { before, after };
}
