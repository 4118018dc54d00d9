/**
 * Money as exports write it (CALIBRATE.md): an optional currency symbol or code on either side
 * (`$`, `€`, `£`, `A$`, `NZ$`, `USD 1,234.50`, `1.234,50 €`, `CHF 1'234.50`), thousands
 * separators and the decimal as numbers.ts reads them, and negatives written `-12`, `−12`, `12-`,
 * `(12)` or `12 CR`. A negative amount is a credit.
 */
import { parseDecimal } from "./numbers.ts";

const SYMBOLS = "$€£¥₹₩₪₽₺₫₱฿¢";
/** A currency symbol with an optional letter prefix (A$, NZ$, US$, R$), a three-letter code, or kr/Fr/zł. */
const CURRENCY = `(?:[a-z]{0,3}[${SYMBOLS}]|[a-z]{3}|kr\\.?|fr\\.?|zł)`;
const LEADING = new RegExp(`^(?:([-−–+(])|${CURRENCY}(?![a-z]))\\s*`, "i");
const TRAILING = new RegExp(`\\s*(?:([-−–+)])|(?<![a-z])(cr|dr)\\.?|(?<![a-z])${CURRENCY})$`, "i");

/** An amount, negative for a credit, or null when the cell is empty or not an amount. */
export function parseAmount(cell: string, decimalComma: boolean): number | null {
  let text = cell.trim();
  let negative = false;
  for (let step = 0; step < 4 && text !== ""; step++) {
    const match = LEADING.exec(text);
    if (!match) break;
    if (match[1] && match[1] !== "+") negative = true;
    text = text.slice(match[0].length);
  }
  for (let step = 0; step < 4 && text !== ""; step++) {
    const match = TRAILING.exec(text);
    if (!match) break;
    if ((match[1] && match[1] !== "+") || match[2]?.toLowerCase() === "cr") negative = true;
    text = text.slice(0, text.length - match[0].length);
  }
  const value = parseDecimal(text, decimalComma);
  if (value === null) return null;
  return negative && value !== 0 ? -value : value;
}
