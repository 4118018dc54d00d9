import { useId } from "react";
import { CURRENCIES, isCurrency } from "../../lib/format.ts";
import { useCalculator } from "../../state/store.ts";

const NAMES: Readonly<Record<(typeof CURRENCIES)[number], string>> = {
  USD: "US dollar",
  AUD: "Australian dollar",
  GBP: "British pound",
  EUR: "Euro",
  CAD: "Canadian dollar",
  NZD: "New Zealand dollar",
};

/** Changes how money is written; the figures themselves never change. */
export function CurrencySelect() {
  const id = useId();
  const currency = useCalculator((state) => state.display.currency);
  const setCurrency = useCalculator((state) => state.setCurrency);
  return (
    <div className="currency">
      <label htmlFor={id}>Currency</label>
      <select
        id={id}
        value={currency}
        onChange={(event) => {
          if (isCurrency(event.target.value)) setCurrency(event.target.value);
        }}
      >
        {CURRENCIES.map((code) => (
          <option key={code} value={code}>
            {code} – {NAMES[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
