/**
 * The embed configurator: choose the scenario to prefill, the look and the call to action, see
 * the embed live as a host page would show it, and copy the snippet.
 */
import { useState } from "react";
import { t } from "@lingui/core/macro";
import { InputPanel } from "../features/inputs/input-panel.tsx";
import { CurrencySelect } from "../features/share/currency-select.tsx";
import { UrlNotice } from "../features/share/url-notice.tsx";
import { EmbedSettingsForm } from "../features/embed/settings-form.tsx";
import { EmbedPreview } from "../features/embed/embed-preview.tsx";
import { SnippetBox } from "../features/embed/snippet-box.tsx";
import { DEFAULT_SETTINGS, previewAddress, snippetAttributes, snippetHtml } from "../features/embed/snippet.ts";
import { useFullAppHref } from "../features/embed/embed-links.tsx";
import { useCalculator } from "../state/store.ts";
import { slot, withElements } from "../i18n/with-elements.tsx";
import "./configure-page.css";

// Where the snippet's notes put their code: each sentence is translated whole around it.
const divElement = slot(0);
const dataPrefix = slot(1);
const siteOrigin = slot(0);
const scriptSrc = slot(1);
const frameSrc = slot(2);

export default function ConfigurePage() {
  const scenario = useCalculator((state) => state.scenario);
  const display = useCalculator((state) => state.display);
  const [settings, setSettings] = useState(DEFAULT_SETTINGS);
  const fullApp = useFullAppHref();

  const origin = window.location.origin;
  const attributes = snippetAttributes({ scenario, display }, settings);
  const snippet = snippetHtml(`${origin}/embed.js`, attributes);

  return (
    <>
      <header className="configure__header">
        <h1 className="configure__title">{t`Put the calculator on your website`}</h1>
        <p>
          {t`Choose what it starts with and how it looks, then paste one line into your page. It sizes itself, takes your colours, and sends nothing anywhere but your page.`}{" "}
          <a href={fullApp}>{t`Back to the calculator`}</a>
        </p>
      </header>
      <main className="configure" aria-label={t`Embed configurator`}>
        <UrlNotice />
        <div className="configure__layout">
          <div className="configure__settings">
            <section aria-labelledby="configure-look">
              <h2 id="configure-look" className="section-title">
                {t`How it looks`}
              </h2>
              <EmbedSettingsForm settings={settings} onChange={setSettings} />
            </section>
            <section aria-labelledby="configure-prefill">
              <h2 id="configure-prefill" className="section-title">
                {t`What it starts with`}
              </h2>
              <p className="muted">{t`Visitors can change every figure; these are the values they see first.`}</p>
              <CurrencySelect />
              <InputPanel showPresets title={t`Starting figures`} />
            </section>
          </div>
          <div className="configure__output">
            <section aria-labelledby="configure-snippet">
              <h2 id="configure-snippet" className="section-title">
                {t`Your snippet`}
              </h2>
              <SnippetBox snippet={snippet} />
              <p className="muted">
                {withElements(
                  t`To place it elsewhere on the page, put ${divElement} where it should appear: the calculator fills each such element, and any ${dataPrefix} setting on the element overrides the script's.`,
                  <code>&lt;div data-itcost&gt;&lt;/div&gt;</code>,
                  <code>data-</code>,
                )}{" "}
                {withElements(
                  t`If your site sends a Content-Security-Policy, add ${siteOrigin} to its ${scriptSrc} and ${frameSrc}.`,
                  <code>{origin}</code>,
                  <code>script-src</code>,
                  <code>frame-src</code>,
                )}
              </p>
            </section>
            <section aria-labelledby="configure-preview">
              <h2 id="configure-preview" className="section-title">
                {t`Live preview`}
              </h2>
              <EmbedPreview address={previewAddress(attributes, origin)} />
            </section>
          </div>
        </div>
      </main>
    </>
  );
}
