/** The embed's language, look, parts and call to action, as the configurator edits them. */
import { useId } from "react";
import { i18n, type MessageDescriptor } from "@lingui/core";
import { msg, t } from "@lingui/core/macro";
import { SECTIONS, THEMES, checkAccent, checkHttpsUrl, type Section, type Theme } from "../../embed-loader/settings.ts";
import { LANGUAGE_NAMES, isLocale, type Locale } from "../../i18n/locales.ts";
import { useCalculator } from "../../state/store.ts";
import type { EmbedSettings } from "./snippet.ts";

const THEME_NAMES: Readonly<Record<Theme, MessageDescriptor>> = {
  auto: msg`Follow the visitor's system`,
  light: msg({ message: "Light", comment: "A colour theme" }),
  dark: msg({ message: "Dark", comment: "A colour theme" }),
};

const SECTION_NAMES: Readonly<Record<Section, MessageDescriptor>> = {
  inputs: msg`The five key inputs`,
  verdict: msg`The verdict`,
  chart: msg`The monthly chart`,
};

/** Each language in its own words, in the order of those words, as the page's language choice lists them. */
const LANGUAGES = Object.keys(LANGUAGE_NAMES) as Locale[];

type Props = { settings: EmbedSettings; onChange: (settings: EmbedSettings) => void };

export function EmbedSettingsForm({ settings, onChange }: Props) {
  const id = useId();
  const brand = useCalculator((state) => state.display.brand);
  const setBrand = useCalculator((state) => state.setBrand);
  const set = <K extends keyof EmbedSettings>(key: K, value: EmbedSettings[K]) => onChange({ ...settings, [key]: value });

  const accent = settings.accent.trim();
  const accentCheck = accent ? checkAccent(accent) : null;
  const ctaUrl = settings.ctaUrl.trim();
  const ctaCheck = ctaUrl ? checkHttpsUrl(ctaUrl) : null;

  const toggleSection = (section: Section, on: boolean) =>
    set("sections", SECTIONS.filter((name) => (name === section ? on : settings.sections.includes(name))));

  return (
    <div className="embed-settings">
      <fieldset className="embed-settings__group">
        <legend>{t({ message: "Look", comment: "Heading of the embed's theme and colour settings" })}</legend>
        <div className="embed-settings__field">
          <label htmlFor={`${id}-theme`}>{t`Theme`}</label>
          <select id={`${id}-theme`} value={settings.theme} onChange={(event) => set("theme", event.target.value as Theme)}>
            {THEMES.map((theme) => (
              <option key={theme} value={theme}>
                {i18n._(THEME_NAMES[theme])}
              </option>
            ))}
          </select>
        </div>
        <div className="embed-settings__field">
          <label htmlFor={`${id}-accent`}>{t`Accent colour`}</label>
          <div className="embed-settings__row">
            <input
              id={`${id}-accent`}
              type="text"
              value={settings.accent}
              placeholder="#0b5d4b"
              spellCheck={false}
              autoComplete="off"
              aria-invalid={accentCheck && !accentCheck.ok ? true : undefined}
              aria-describedby={`${id}-accent-help`}
              onChange={(event) => set("accent", event.target.value)}
            />
            <input
              type="color"
              aria-label={t`Pick the accent colour`}
              value={accentCheck?.ok && accent.length === 7 ? accent.toLowerCase() : "#0b5d4b"}
              onChange={(event) => set("accent", event.target.value)}
            />
          </div>
          <p id={`${id}-accent-help`} className={accentCheck && !accentCheck.ok ? "embed-settings__error" : "embed-settings__help"}>
            {/* The embed's checks each refuse for one reason only, said here in a whole sentence. */}
            {accentCheck && !accentCheck.ok ? t`The accent must be a hex colour like #0a7d5a.` : t`A hex colour; leave empty for the calculator's own.`}
          </p>
        </div>
        <label className="toggle">
          <input type="checkbox" checked={settings.transparent} onChange={(event) => set("transparent", event.target.checked)} />
          <span>{t`Transparent background (your page shows through)`}</span>
        </label>
      </fieldset>

      <fieldset className="embed-settings__group">
        <legend>{t`What it shows`}</legend>
        <div className="embed-settings__field">
          <label htmlFor={`${id}-lang`}>{t`Language`}</label>
          <select
            id={`${id}-lang`}
            value={settings.lang}
            aria-describedby={`${id}-lang-help`}
            onChange={(event) => set("lang", isLocale(event.target.value) ? event.target.value : "")}
          >
            <option value="">{t({ message: "Your page's own language", comment: "The embed's language choice: the language of the page it is put on" })}</option>
            {LANGUAGES.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {LANGUAGE_NAMES[locale]}
              </option>
            ))}
          </select>
          <p id={`${id}-lang-help`} className="embed-settings__help">
            {t`Your page's own language is the one your page declares, when the calculator speaks it; otherwise English.`}
          </p>
        </div>
        {SECTIONS.map((section) => (
          <label key={section} className="toggle">
            <input
              type="checkbox"
              checked={settings.sections.includes(section)}
              disabled={settings.sections.length === 1 && settings.sections.includes(section)}
              onChange={(event) => toggleSection(section, event.target.checked)}
            />
            <span>{i18n._(SECTION_NAMES[section])}</span>
          </label>
        ))}
      </fieldset>

      <fieldset className="embed-settings__group">
        <legend>{t`Your name and call to action`}</legend>
        <div className="embed-settings__field">
          <label htmlFor={`${id}-brand`}>{t`Your business name (shown as plain text)`}</label>
          <input id={`${id}-brand`} type="text" value={brand} maxLength={60} onChange={(event) => setBrand(event.target.value)} />
        </div>
        <div className="embed-settings__field">
          <label htmlFor={`${id}-cta-label`}>{t`Button label`}</label>
          <input
            id={`${id}-cta-label`}
            type="text"
            value={settings.ctaLabel}
            maxLength={40}
            placeholder={t`Book a free review`}
            onChange={(event) => set("ctaLabel", event.target.value)}
          />
        </div>
        <div className="embed-settings__field">
          <label htmlFor={`${id}-cta-url`}>{t`Button address`}</label>
          <input
            id={`${id}-cta-url`}
            type="url"
            inputMode="url"
            value={settings.ctaUrl}
            placeholder="https://www.example.com/contact"
            spellCheck={false}
            autoComplete="off"
            aria-invalid={ctaCheck && !ctaCheck.ok ? true : undefined}
            aria-describedby={`${id}-cta-url-help`}
            onChange={(event) => set("ctaUrl", event.target.value)}
          />
          <p id={`${id}-cta-url-help`} className={ctaCheck && !ctaCheck.ok ? "embed-settings__error" : "embed-settings__help"}>
            {ctaCheck && !ctaCheck.ok
              ? t`The button address must be a full https:// address; no button is shown until it is.`
              : t`An https:// address, opened in a new tab. Leave empty for no button.`}
          </p>
        </div>
      </fieldset>
    </div>
  );
}
