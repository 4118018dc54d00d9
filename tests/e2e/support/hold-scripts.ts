import type { Page } from "@playwright/test";

/** The app's start-up code (src/app/start.tsx and what it imports), which runs once the page is painted. */
export const START_CODE = /\/assets\/start-[^/]+\.js$/;

/** Holds back these scripts (the app's start-up code unless told) until the returned function is called. */
export async function holdScripts(page: Page, scripts: RegExp = START_CODE): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(scripts, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
