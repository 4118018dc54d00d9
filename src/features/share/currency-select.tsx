import { useId } from "react";
import { i18n, type MessageDescriptor } from "@lingui/core";
import { msg, t } from "@lingui/core/macro";
import { CURRENCIES, isCurrency } from "../../lib/format.ts";
import { useCalculator } from "../../state/store.ts";

const NAMES: Readonly<Record<(typeof CURRENCIES)[number], MessageDescriptor>> = {
  USD: msg`US dollar`,
  AUD: msg`Australian dollar`,
  GBP: msg`British pound`,
  EUR: msg`Euro`,
  CAD: msg`Canadian dollar`,
  NZD: msg`New Zealand dollar`,
};

/** Changes how money is written; the figures themselves never change. */
export function CurrencySelect() {
  const id = useId();
  const currency = useCalculator((state) => state.display.currency);
  const setCurrency = useCalculator((state) => state.setCurrency);
  return (
    <div className="currency">
      <label htmlFor={id}>{t`Currency`}</label>
      <select
        id={id}
        value={currency}
        onChange={(event) => {
          if (isCurrency(event.target.value)) setCurrency(event.target.value);
        }}
      >
        {CURRENCIES.map((code) => (
          <option key={code} value={code}>
            {code} – {i18n._(NAMES[code])}
          </option>
        ))}
      </select>
    </div>
  );
}
