/** Build-time rendering of the default page, so the verdict is in the HTML before any script runs. */
import { Suspense } from "react";
import { renderToString } from "react-dom/server";
import { App } from "./app.tsx";
import { EmbedPage } from "./embed-page.tsx";
import { DEFAULT_EMBED_OPTIONS } from "../features/embed/embed-options.ts";
import { loadHowCalculatedDetails } from "../features/explain/how-calculated.tsx";
import { i18n, type Messages } from "@lingui/core";
import { msg } from "@lingui/core/macro";
import { messages as en } from "virtual:catalog/en/all";
import { messages as de } from "virtual:catalog/de/all";
import { messages as fr } from "virtual:catalog/fr/all";
import { messages as es } from "virtual:catalog/es/all";
import { messages as nl } from "virtual:catalog/nl/all";
import { messages as pseudo } from "virtual:catalog/pseudo/all";
import { intlLocale, type PageLocale } from "../i18n/locales.ts";
import { calculatorStore } from "../state/store.ts";
import { simulate } from "../model/simulate.ts";
import { provideBuildTimeSimulation } from "../features/verdict/build-time-simulation.ts";

// The pages hold the default scenario's simulated figures, as the browser's worker will find them.
const defaultScenario = calculatorStore.getState().scenario;
provideBuildTimeSimulation(defaultScenario, simulate(defaultScenario));

const CATALOGS: Readonly<Record<PageLocale, Messages>> = { en, de, fr, es, nl, pseudo };

/** Every page that follows is rendered in this language. */
export function setPageLocale(locale: PageLocale): void {
  i18n.loadAndActivate({ locale, locales: [intlLocale(locale)], messages: CATALOGS[locale] });
}

const TITLE = msg`IT support cost calculator: managed flat fee vs break-fix hourly`;
const DESCRIPTION = msg`Compare what IT support really costs under a managed flat-fee agreement and break-fix hourly support, month by month, with every assumption visible and editable.`;
const EMBED_TITLE = msg`IT support cost calculator`;
const CONFIGURE_TITLE = msg`Put the IT support cost calculator on your website`;
const APP_SHORT_NAME = msg({ comment: "The installed app's name under its icon: a few words", message: "IT support costs" });
const APP_DESCRIPTION = msg`Compare what IT support really costs under a managed flat-fee agreement and break-fix hourly support, month by month. Works offline.`;

export type PageHead = {
  title: string;
  description: string;
  embedTitle: string;
  configureTitle: string;
  /** The installed app's name, short name and description (its web app manifest). */
  app: { name: string; shortName: string; description: string };
};

/** The words of each page's head and of its web app manifest, in the active language. */
export function pageHead(): PageHead {
  const title = i18n._(TITLE);
  return {
    title,
    description: i18n._(DESCRIPTION),
    embedTitle: i18n._(EMBED_TITLE),
    configureTitle: i18n._(CONFIGURE_TITLE),
    app: { name: title, shortName: i18n._(APP_SHORT_NAME), description: i18n._(APP_DESCRIPTION) },
  };
}

/** A boundary still waiting, or given up to the browser, would leave its part out of the page. */
const stillLoading = (html: string) => html.includes("<!--$?-->") || html.includes("<!--$!-->");

/**
 * The default page, with the parts that load lazily but belong in its HTML ("How this is calculated"
 * and its folded details).
 */
export async function renderDefaultPage(): Promise<string> {
  let html = "";
  // Each pass asks for the parts its lazy sections hold (a section's folds load once the section
  // has): a few passes render them all.
  for (let pass = 0; pass < 8; pass++) {
    html = renderToString(<App />);
    if (!stillLoading(html)) break;
    await loadHowCalculatedDetails();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  if (stillLoading(html)) throw new Error("the prerendered page has a part still loading");
  return html;
}

/**
 * The embed as dist/embed.html holds it: default scenario and look, no host to talk to yet,
 * inside the Suspense boundary the client renders it in while its chunk loads.
 */
export function renderEmbedPage(): string {
  return renderToString(
    <Suspense fallback={null}>
      <EmbedPage options={DEFAULT_EMBED_OPTIONS} host={null} problems={[]} />
    </Suspense>,
  );
}
