import { useId, type ChangeEvent } from "react";
import { t } from "@lingui/core/macro";
import { useTypedValue } from "./use-typed-value.ts";
import { formatNumber, plainDecimalFromTyped, typedNumberText } from "../lib/format.ts";

export type NumberFieldProps = {
  /** The text field's id; a generated one when not given. */
  id?: string;
  label: string;
  value: number;
  min: number;
  max: number;
  step: number;
  /** Written after the field ("h", "%", "USD/h"). */
  unit: string;
  help?: string;
  /**
   * Checks typed text; the field keeps the text when it is invalid and shows the message, a
   * sentence about the field without its full stop ("Servers must be between 0 and 500").
   */
  validate: (text: string) => { ok: true; value: number } | { ok: false; message: string };
  onCommit: (value: number) => void;
  /** The slider's range when it should differ from the field's (a slider to 5,000 seats is useless). */
  slider?: { min: number; max: number } | false;
  size?: "normal" | "large";
};

/**
 * A number typed as text (so nothing the user types is ever replaced under them) with an
 * optional slider. A valid value is committed at once; an invalid one shows why and the last
 * valid value stays in use.
 */
export function NumberField(props: NumberFieldProps) {
  const { label, value, min, max, step, unit, help, validate, onCommit, slider, size = "normal" } = props;
  const generatedId = useId();
  const id = props.id ?? generatedId;
  const { text, error, onChange: onTextChange } = useTypedValue(value, {
    toText: typedNumberText,
    says: (typed, shown) => Number(plainDecimalFromTyped(typed)) === shown,
    validate: (typed) => validate(plainDecimalFromTyped(typed)),
    onCommit,
  });

  const onSliderChange = (event: ChangeEvent<HTMLInputElement>) => {
    onCommit(Number(event.target.value));
  };

  const describedBy = [`${id}-range`, help ? `${id}-help` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ");
  const sliderRange = slider === false ? null : (slider ?? { min, max });
  const problem = error;
  const used = formatNumber(value, 4);

  return (
    <div className={`field field--${size}${error ? " field--invalid" : ""}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <div className="field__row">
        <input
          id={id}
          className="field__input"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={text}
          onChange={onTextChange}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
        {unit ? <span className="field__unit">{unit}</span> : null}
      </div>
      {sliderRange ? (
        <input
          className="field__slider"
          type="range"
          min={sliderRange.min}
          max={sliderRange.max}
          step={step}
          value={Math.min(sliderRange.max, Math.max(sliderRange.min, value))}
          onChange={onSliderChange}
          aria-label={t({ message: `${label} (slider)`, comment: "{label} is a field's label, such as “Seats”" })}
          aria-valuetext={`${formatNumber(value, 4)} ${unit}`.trim()}
        />
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          {t({
            message: `${problem}. Still using ${used}.`,
            comment: "{problem} is a sentence saying what is wrong with what was typed, {used} the value still in use",
          })}
        </p>
      ) : null}
      <p className="field__range" id={`${id}-range`}>
        {formatNumber(min, 4)} – {formatNumber(max, 4)}
      </p>
      {help ? (
        <p className="field__help" id={`${id}-help`}>
          {help}
        </p>
      ) : null}
    </div>
  );
}
