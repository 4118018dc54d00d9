import { memo, useState } from "react";
import { i18n } from "@lingui/core";
import { PSEUDO_LOCALE, localeBase, preferredOtherLocale, type Locale } from "../../i18n/locales.ts";
import { readStoredText, writeStoredText } from "../../lib/storage.ts";

/** Each offer in the language it offers: the visitor may not read the page's. */
const OFFERS: Readonly<Record<Locale, { view: string; close: string }>> = {
  de: { view: "Auf Deutsch ansehen", close: "Schließen" },
  en: { view: "View in English", close: "Close" },
  es: { view: "Ver en español", close: "Cerrar" },
  fr: { view: "Voir en français", close: "Fermer" },
  nl: { view: "Bekijken in het Nederlands", close: "Sluiten" },
};

const DISMISSED_KEY = "language-offer-dismissed";

/**
 * When the browser prefers another of the page's languages than this page's, a small note offers
 * it; the page never switches by itself. The note floats in a corner, so nothing on the page moves,
 * and once closed it is not offered again.
 */
export const LanguageOffer = memo(function LanguageOffer() {
  // Drawn only once the page has started (never prerendered): the browser's preferences and
  // storage are read once, not on every keystroke's redraw.
  const [offered, setOffered] = useState(offerForThisBrowser);
  if (!offered) return null;
  const { view, close } = OFFERS[offered];
  return (
    <aside className="language-offer" lang={offered} aria-label={view}>
      <a href={`${localeBase(offered)}${window.location.search}${window.location.hash}`} hrefLang={offered}>
        {view}
      </a>
      <button
        type="button"
        className="button button--link"
        aria-label={close}
        onClick={() => {
          // Where storage is off, it is offered again on the next visit: nothing to tell.
          writeStoredText(DISMISSED_KEY, "1");
          setOffered(undefined);
        }}
      >
        ×
      </button>
    </aside>
  );
});

function offerForThisBrowser(): Locale | undefined {
  const dismissed = readStoredText(DISMISSED_KEY);
  if (dismissed.status === "ok" && dismissed.text === "1") return undefined;
  // The pseudo-locale is for tests, not a language anyone reads: it offers nothing.
  if (i18n.locale === PSEUDO_LOCALE) return undefined;
  return preferredOtherLocale(navigator.languages ?? [navigator.language], i18n.locale as Locale);
}
