import { useState, type ChangeEvent } from "react";

export type TypedValueOptions<T> = {
  /** The text a value is shown as. */
  toText: (value: T) => string;
  /** Whether typed text already says the value (so it is left as typed: "0.50" for 0.5). */
  says: (text: string, value: T) => boolean;
  validate: (text: string) => { ok: true; value: T } | { ok: false; message: string };
  onCommit: (value: T) => void;
};

/**
 * A value typed as text: what was typed is never replaced under the typist. A valid entry is
 * committed at once; an invalid one keeps its text and says why, and the last valid value stays in
 * use. A value changed from outside (a preset, a slider, a price sheet, undo) is shown unless the
 * text already says it.
 */
export function useTypedValue<T>(value: T, { toText, says, validate, onCommit }: TypedValueOptions<T>) {
  const [text, setText] = useState(() => toText(value));
  const [error, setError] = useState<string | null>(null);
  const [shownValue, setShownValue] = useState(value);

  if (value !== shownValue) {
    setShownValue(value);
    if (!says(text, value) || error) {
      setText(toText(value));
      setError(null);
    }
  }

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const next = event.target.value;
    setText(next);
    const result = validate(next);
    if (result.ok) {
      setError(null);
      if (result.value !== value) onCommit(result.value);
    } else {
      setError(result.message);
    }
  };

  return { text, error, onChange };
}
