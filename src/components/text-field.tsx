import { useId, useState, type ChangeEvent } from "react";

export type TextFieldProps = {
  id?: string;
  label: string;
  value: string;
  help?: string;
  maxLength: number;
  /** Checks typed text; the field shows the message and keeps the text when it is invalid. */
  validate: (text: string) => { ok: true; value: string } | { ok: false; message: string };
  onCommit: (value: string) => void;
};

/**
 * A short text (a plan's name), shown and stored as text only. A valid value is committed at
 * once; an invalid one shows why and the last valid value stays in use.
 */
export function TextField({ label, value, help, maxLength, validate, onCommit, ...props }: TextFieldProps) {
  const generatedId = useId();
  const id = props.id ?? generatedId;
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [shownValue, setShownValue] = useState(value);

  // The value changed from outside (a price sheet, undo): show it unless the text already says it.
  if (value !== shownValue) {
    setShownValue(value);
    if (text.trim() !== value || error) {
      setText(value);
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

  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  return (
    <div className="field field--text">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="field__input field__input--text"
        type="text"
        value={text}
        maxLength={maxLength + 20}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={[help ? helpId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined}
        onChange={onChange}
      />
      {error ? (
        <p id={errorId} className="field__error" role="alert">
          {label} {error}.
        </p>
      ) : null}
      {help ? (
        <p id={helpId} className="field__help">
          {help}
        </p>
      ) : null}
    </div>
  );
}
