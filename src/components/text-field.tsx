import { useId } from "react";
import { useTypedValue } from "./use-typed-value.ts";

export type TextFieldProps = {
  id?: string;
  label: string;
  value: string;
  help?: string;
  maxLength: number;
  /**
   * Checks typed text; the field keeps the text when it is invalid and shows the message, a
   * sentence about the field without its full stop ("Plan name is empty").
   */
  validate: (text: string) => { ok: true; value: string } | { ok: false; message: string };
  onCommit: (value: string) => void;
};

/**
 * A short text (a plan's name), shown and stored as text only, typed as useTypedValue says.
 */
export function TextField({ label, value, help, maxLength, validate, onCommit, ...props }: TextFieldProps) {
  const generatedId = useId();
  const id = props.id ?? generatedId;
  const { text, error, onChange } = useTypedValue(value, {
    toText: (name: string) => name,
    says: (typed, shown) => typed.trim() === shown,
    validate,
    onCommit,
  });

  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const problem = error;
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
          {`${problem}.`}
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
