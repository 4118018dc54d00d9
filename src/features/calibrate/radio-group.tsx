/** One question with a few answers, as radio buttons under a legend. */
import { useId } from "react";
import { i18n, type MessageDescriptor } from "@lingui/core";

type RadioGroupProps<Value extends string> = {
  legend: string;
  /** Each answer and the words it is shown with, in order. */
  options: Readonly<Record<Value, MessageDescriptor>>;
  value: Value;
  onChange: (value: Value) => void;
};

export function RadioGroup<Value extends string>({ legend, options, value, onChange }: RadioGroupProps<Value>) {
  const name = useId();
  return (
    <fieldset className="calibrate__group">
      <legend>{legend}</legend>
      {(Object.keys(options) as Value[]).map((option) => (
        <label key={option} className="calibrate__choice">
          <input type="radio" name={name} checked={value === option} onChange={() => onChange(option)} />
          {i18n._(options[option])}
        </label>
      ))}
    </fieldset>
  );
}
