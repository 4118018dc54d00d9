/** The id of an input's field on the page, so anything can point at the field by the input's key. */
export function inputFieldId(key: string): string {
  return `input-${key}`;
}
