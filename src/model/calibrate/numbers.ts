/**
 * Unsigned decimal numbers as exports write them: `1234.5`, `1,234.50`, `1.234,50`, `1 234,50`,
 * `1'234.50` (thousands separators `,` `.` `'` or a space, including the non-breaking and narrow
 * ones). Shared by amounts and durations.
 *
 * The decimal separator is read from the value itself whenever it can be: with both `.` and `,`
 * the last one is the decimal; a separator that appears twice groups thousands; one that is not
 * followed by exactly three digits is the decimal. Only a lone separator before three digits
 * (`1,234`, `1.234`) needs the column's convention, `decimalComma`.
 */

const GROUPING_SPACES = /[\s\u00a0\u202f\u2009'\u2019]/g;
const DIGITS_AND_SEPARATORS = /^(?:\d[\d.,]*|[.,]\d+)$/;

function count(text: string, character: string): number {
  let found = 0;
  for (let index = text.indexOf(character); index >= 0; index = text.indexOf(character, index + 1)) found++;
  return found;
}

/** Thousands groups after the first are 2 or 3 digits (3 or lakh-style 2), the last always 3. */
function validGrouping(integerPart: string, separator: string): boolean {
  const groups = integerPart.split(separator);
  if (groups.length === 1) return true;
  if (groups[0]!.length < 1 || groups[0]!.length > 3) return false;
  return groups.slice(1).every((group, index, rest) => (index === rest.length - 1 ? group.length === 3 : group.length === 2 || group.length === 3));
}

/** Which character is the decimal separator of `text`, or null when it has none. */
function decimalSeparator(text: string, decimalComma: boolean): "." | "," | null {
  const lastDot = text.lastIndexOf(".");
  const lastComma = text.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? "." : ",";
  if (lastDot < 0 && lastComma < 0) return null;
  const separator = lastDot >= 0 ? "." : ",";
  if (count(text, separator) > 1) return null;
  const digitsAfter = text.length - text.lastIndexOf(separator) - 1;
  if (digitsAfter !== 3) return separator;
  return decimalComma === (separator === ",") ? separator : null;
}

/** An unsigned decimal number, or null when the text is not one. */
export function parseDecimal(raw: string, decimalComma: boolean): number | null {
  const text = raw.replace(GROUPING_SPACES, "");
  if (!DIGITS_AND_SEPARATORS.test(text)) return null;
  const decimal = decimalSeparator(text, decimalComma);
  const grouping = decimal === "," ? "." : ",";
  const decimalAt = decimal === null ? text.length : text.lastIndexOf(decimal);
  const integerPart = text.slice(0, decimalAt);
  const fractionPart = text.slice(decimalAt + 1);
  if (fractionPart.includes(".") || fractionPart.includes(",")) return null;
  // A number without a decimal may group with either separator (`1.234.567` or `1,234,567`).
  const groupedBy = decimal === null ? (integerPart.includes(".") ? "." : ",") : grouping;
  if (integerPart.includes(groupedBy === "." ? "," : ".")) return null;
  if (!validGrouping(integerPart, groupedBy)) return null;
  const value = Number(`${integerPart.split(groupedBy).join("") || "0"}.${fractionPart || "0"}`);
  return Number.isFinite(value) ? value : null;
}

/**
 * Whether a column writes decimals with a comma, from its values: each value whose decimal
 * separator it shows itself (`12,50`, `1.234,5`, `12.50`, `1,234.5`) is a vote; the majority wins,
 * a decimal point on a tie or when no value shows.
 */
export function decideDecimalComma(values: Iterable<string>): boolean {
  let comma = 0;
  let point = 0;
  for (const value of values) {
    const match = /\d([.,])(\d+)\D*$/.exec(value.replace(GROUPING_SPACES, ""));
    if (!match) continue;
    const text = value.replace(GROUPING_SPACES, "");
    const both = text.includes(".") && text.includes(",");
    if (!both && match[2]!.length === 3) continue;
    if (match[1] === ",") comma++;
    else point++;
  }
  return comma > point;
}
