import { useId, useState } from "react";
import { t } from "@lingui/core/macro";
import { useCalculator } from "../../state/store.ts";
import { cleanBrand } from "../../state/url-state.ts";

/**
 * The provider's name for the page and the printout. The text is kept as typed (a trailing space
 * is half a word), and its cleaned form goes to the store and the link.
 */
export function BrandField() {
  const id = useId();
  const brand = useCalculator((state) => state.display.brand);
  const setBrand = useCalculator((state) => state.setBrand);
  const [text, setText] = useState(brand);
  const [shownBrand, setShownBrand] = useState(brand);
  // Changed from outside (a swap, a reset): show it, unless the text already says it.
  if (brand !== shownBrand) {
    setShownBrand(brand);
    if (cleanBrand(text) !== brand) setText(brand);
  }
  return (
    <div className="toolkit__row">
      <label htmlFor={id} className="toolkit__label">
        {t`Your company name`}
      </label>
      <input
        id={id}
        className="toolkit__input"
        value={text}
        maxLength={60}
        autoComplete="organization"
        placeholder={t`Shown as “Prepared by …”`}
        onChange={(event) => {
          setText(event.target.value);
          setBrand(event.target.value);
        }}
      />
    </div>
  );
}
