/**
 * What someone types or chooses in the prerendered page before its script has started. The
 * prerendered fields take the input but nothing computes it, so start-up sets it aside, puts the
 * fields back as rendered (as the starting page expects them), and enters it again once the page
 * has started: the figures follow it and nothing typed is lost.
 */

type FormField = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export type EarlyEdit = { id: string; value: string; checked: boolean };

function isCheckable(field: FormField): field is HTMLInputElement {
  return field instanceof HTMLInputElement && (field.type === "checkbox" || field.type === "radio");
}

function renderedValue(field: FormField): string {
  if (field instanceof HTMLSelectElement) {
    const chosen = [...field.options].find((option) => option.defaultSelected) ?? field.options[0];
    return chosen?.value ?? "";
  }
  return field.defaultValue;
}

/** The fields (with an id) whose value differs from the HTML's, each put back as rendered. */
export function takeEarlyEdits(root: ParentNode): EarlyEdit[] {
  const edits: EarlyEdit[] = [];
  for (const field of root.querySelectorAll<FormField>("input[id], select[id], textarea[id]")) {
    if (isCheckable(field)) {
      if (field.checked === field.defaultChecked) continue;
      edits.push({ id: field.id, value: field.value, checked: field.checked });
      field.checked = field.defaultChecked;
    } else {
      const rendered = renderedValue(field);
      if (field.value === rendered) continue;
      edits.push({ id: field.id, value: field.value, checked: false });
      field.value = rendered;
    }
  }
  return edits;
}

/** Enters each edit again as the user would: the page's own change handlers see it. */
export function replayEarlyEdits(edits: readonly EarlyEdit[], doc: Document = document): void {
  for (const edit of edits) {
    const field = doc.getElementById(edit.id);
    if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement || field instanceof HTMLTextAreaElement)) continue;
    if (isCheckable(field)) {
      if (field.checked !== edit.checked) field.click();
      continue;
    }
    // The prototype's setter, not `field.value =`: React watches the latter and would take the new
    // value as its own, and then see no change in the event.
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), "value")?.set;
    setter?.call(field, edit.value);
    field.dispatchEvent(new Event("input", { bubbles: true }));
    field.dispatchEvent(new Event("change", { bubbles: true }));
  }
}
