/**
 * The page's language at run time: Lingui's i18n, activated once before the first render with the
 * messages start-up needs; the rest of the language's messages follow when the first module that
 * needs them loads (src/build/catalogs-plugin.ts). The language never changes while a page is open:
 * choosing another one opens that language's page.
 */
import { i18n, type Messages } from "@lingui/core";
import { intlLocale, localeOfPath, type PageLocale } from "./locales.ts";

type Catalog = Promise<{ messages: Messages }>;

const START: Readonly<Record<PageLocale, () => Catalog>> = {
  en: () => import("virtual:catalog/en/start"),
  de: () => import("virtual:catalog/de/start"),
  fr: () => import("virtual:catalog/fr/start"),
  es: () => import("virtual:catalog/es/start"),
  nl: () => import("virtual:catalog/nl/start"),
  pseudo: () => import("virtual:catalog/pseudo/start"),
};

const REST: Readonly<Record<PageLocale, () => Catalog>> = {
  en: () => import("virtual:catalog/en/rest"),
  de: () => import("virtual:catalog/de/rest"),
  fr: () => import("virtual:catalog/fr/rest"),
  es: () => import("virtual:catalog/es/rest"),
  nl: () => import("virtual:catalog/nl/rest"),
  pseudo: () => import("virtual:catalog/pseudo/rest"),
};

let activation: Promise<void> | undefined;

/** The language of the page at this path, with what start-up needs of its messages. */
export function activatePageLocale(locale: PageLocale = localeOfPath(window.location.pathname)): Promise<void> {
  activation = START[locale]().then(({ messages }) => {
    i18n.loadAndActivate({ locale, locales: [intlLocale(locale)], messages });
  });
  return activation;
}

let rest: Promise<void> | undefined;
let restFetched: Catalog | undefined;

/** Starts fetching the rest of the page language's messages now; loadRestMessages adds them when asked. */
export function prefetchRestMessages(locale: PageLocale = localeOfPath(window.location.pathname)): void {
  restFetched ??= REST[locale]();
}

/**
 * The rest of the page language's messages, once. They join the active catalog quietly: Lingui's
 * `load` would tell every rendered message to render again, though none of them has changed. A
 * module that asks for them before the start-up messages are active (the embed's page, fetched
 * early) waits for those, which would otherwise replace them.
 */
export function loadRestMessages(): Promise<void> {
  const locale = (i18n.locale || localeOfPath(window.location.pathname)) as PageLocale;
  restFetched ??= REST[locale]();
  rest ??= Promise.all([restFetched, activation]).then(([{ messages }]) => {
    if (i18n.locale) Object.assign(i18n.messages, messages);
    else i18n.loadAndActivate({ locale, locales: [intlLocale(locale)], messages });
  });
  return rest;
}

/** The page's language, for Intl: "de", or "en" for English and the pseudo-locale. */
export function pageIntlLocale(): string {
  return intlLocale((i18n.locale || "en") as PageLocale);
}

export { i18n };
