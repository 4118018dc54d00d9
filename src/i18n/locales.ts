/**
 * The page's languages: which exist, what each is called in its own words, and where its page
 * lives. Pure data, read by the app, the build and the embed loader alike.
 */

/** English is the source language and lives at "/"; every other language at "/<locale>/". */
export const LOCALES = ["en", "de", "fr", "es", "nl"] as const;
export type Locale = (typeof LOCALES)[number];

/**
 * A locale for tests only: accented and about a third longer than English, so a string left out of
 * translation, or one that overflows, shows. Built and served at /pseudo/ but never offered.
 */
export const PSEUDO_LOCALE = "pseudo";
export type PageLocale = Locale | typeof PSEUDO_LOCALE;
// Pure, so that a bundle which never reads it (embed.js) keeps none of it.
export const PAGE_LOCALES: readonly PageLocale[] = /* @__PURE__ */ (LOCALES as readonly PageLocale[]).concat(PSEUDO_LOCALE);

export const SOURCE_LOCALE: Locale = "en";

/** Each language named in its own words, in the order the language choice lists them. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  de: "Deutsch",
  en: "English",
  es: "Español",
  fr: "Français",
  nl: "Nederlands",
};

/** The BCP 47 tag Intl formats numbers, money and plurals with; the pseudo-locale writes as English. */
export function intlLocale(locale: PageLocale): string {
  return locale === PSEUDO_LOCALE ? "en" : locale;
}

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

export function isPageLocale(value: string): value is PageLocale {
  return value === PSEUDO_LOCALE || isLocale(value);
}

/** The language a path is in: its first segment when that names one ("/de/…"), otherwise English. */
export function localeOfPath(pathname: string): PageLocale {
  const first = /^\/([a-z]+)(?:\/|$)/.exec(pathname)?.[1] ?? "";
  return isPageLocale(first) ? first : SOURCE_LOCALE;
}

/** The folder a language's pages live in: "/" for English, "/de/" for German. */
export function localeBase(locale: PageLocale): string {
  return locale === SOURCE_LOCALE ? "/" : `/${locale}/`;
}

/** The language of a BCP 47 tag when its primary subtag is one of ours: "de", "DE" and "de-AT" are German. */
export function localeOfTag(tag: string): Locale | undefined {
  const primary = tag.trim().toLowerCase().split("-")[0]!;
  return isLocale(primary) ? primary : undefined;
}

/**
 * The language a visitor's browser prefers, among ours, when it is not the page's: the first of
 * navigator.languages whose primary subtag is one of ours ("de-AT" is German).
 */
export function preferredOtherLocale(preferences: readonly string[], pageLocale: PageLocale): Locale | undefined {
  for (const tag of preferences) {
    const locale = localeOfTag(tag);
    if (locale) return locale === pageLocale ? undefined : locale;
  }
  return undefined;
}
