/** Build-time only (Node): never imported by the app. */
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { localeBase, type PageLocale } from "../i18n/locales.ts";

/** What the installed app is called and says of itself, in one language. */
export type AppWords = { name: string; shortName: string; description: string };

const FILE = "manifest.webmanifest";

/**
 * Writes each language's web app manifest beside its page (dist/de/manifest.webmanifest), from
 * public/manifest.webmanifest with its words in that language: the name a browser offers to
 * install and an installed app shows is the reader's own. Each opens its own language's page.
 */
export async function writeWebManifest(root: string, dir: string, locale: PageLocale, words: AppWords): Promise<void> {
  const manifest = JSON.parse(await readFile(resolve(root, "public", FILE), "utf8")) as Record<string, unknown>;
  const localized = {
    ...manifest,
    lang: locale === "pseudo" ? "en-XA" : locale,
    name: words.name,
    short_name: words.shortName,
    description: words.description,
    start_url: localeBase(locale),
  };
  await writeFile(resolve(dir, FILE), `${JSON.stringify(localized, null, 2)}\n`);
}

/** The page's link to its own language's manifest. */
export function manifestLink(template: string, locale: PageLocale): string {
  const link = `<link rel="manifest" href="/${FILE}" />`;
  if (!template.includes(link)) throw new Error(`index.html has no ${link} to point at its language's manifest`);
  return template.replace(link, `<link rel="manifest" href="${localeBase(locale)}${FILE}" />`);
}
