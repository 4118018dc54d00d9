/** One question with a few answers, as radio buttons under a legend. */
import { useId } from "react";

type RadioGroupProps<Value extends string> = {
  legend: string;
  /** Each answer and the words it is shown with, in order. */
  options: Readonly<Record<Value, string>>;
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
          {options[option]}
        </label>
      ))}
    </fieldset>
  );
}
