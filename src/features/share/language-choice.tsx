import { useId } from "react";
import { i18n } from "@lingui/core";
import { t } from "@lingui/core/macro";
import { LANGUAGE_NAMES, isLocale, localeBase, type Locale } from "../../i18n/locales.ts";

/** In the order of their own names: Deutsch, English, Español, Français, Nederlands. */
const CHOICES = Object.keys(LANGUAGE_NAMES) as Locale[];

/** Opens the page in another language, with the same settings: each language's page is its own. */
export function LanguageChoice() {
  const id = useId();
  const current = i18n.locale;
  return (
    <div className="currency">
      <label htmlFor={id}>{t({ message: "Language", comment: "The choice of the page's language" })}</label>
      <select
        id={id}
        value={current}
        onChange={(event) => {
          const next = event.target.value;
          if (isLocale(next)) window.location.assign(`${localeBase(next)}${window.location.search}${window.location.hash}`);
        }}
      >
        {CHOICES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {LANGUAGE_NAMES[locale]}
          </option>
        ))}
      </select>
    </div>
  );
}
