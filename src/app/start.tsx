/**
 * Starts the page: reads the address, then hydrates the prerendered HTML or renders afresh.
 * Each step runs in a task of its own, so no step holds the page (and a tap on it) for long.
 */
import { pageStarted } from "./mark-ready.tsx";
import { replayEarlyEdits, takeEarlyEdits } from "./early-edits.ts";
import { loadEmbedPage } from "./page-mode.tsx";
import { readPageMode } from "./read-page-mode.ts";
import { matchesPrerenderedPage } from "./prerender-match.ts";
import { calculatorStore } from "../state/store.ts";
import { loadFromUrl, startUrlSync } from "../state/url-sync.ts";
import { readUrl } from "../state/url-state.ts";
import { loadPresenterBar, loadUrlNotice } from "./link-parts.ts";
import { formatMoney } from "../lib/format.ts";
import { computeCostViews, computeShownCosts } from "../state/use-costs.ts";
import { startAnalysisWorker } from "../state/use-analysis.ts";
import { yieldToMain } from "../lib/yield-to-main.ts";
import { activatePageLocale, loadRestMessages, prefetchRestMessages } from "../i18n/messages.ts";

/** The longest start-up waits for the analysis worker before it goes on without it. */
const WORKER_START_WAIT_MS = 500;

const nextTask = yieldToMain;

async function start(): Promise<void> {
  // React DOM is fetched while start-up goes on, and evaluated in a task of its own once it has
  // arrived; the page's components after it, in another (evaluating both was one long task).
  const rendering = import("react-dom/client")
    .then(() => nextTask())
    .then(() => import("./render-page.tsx"));
  // Not in the task that evaluated the start-up code, which is long enough on its own.
  await nextTask();
  const container = document.getElementById("root")!;
  const mode = readPageMode(container, window.location);
  // The page's language, with the words start-up needs; fetched while the worker starts. The
  // embed and the configurator show inputs and charts at once, whose words are in the rest of
  // the catalog: it is fetched alongside rather than when their modules ask for it.
  const languageReady = activatePageLocale();
  if (mode !== "app") {
    prefetchRestMessages();
    void languageReady.then(loadRestMessages);
  }
  // The embed's own page is fetched while the worker starts, not after; once React DOM and the
  // components are in, as it imports them and would otherwise evaluate them all in one task.
  if (mode === "embed") void rendering.then(() => loadEmbedPage());

  // The browser's first number format loads its locale data, a long step: the analysis worker
  // does it off the main thread as it starts, so the page waits (briefly) for the worker before
  // it formats anything, including the ranges in what a link's settings are checked against.
  if (mode === "configure") await nextTask();
  else await startAnalysisWorker(WORKER_START_WAIT_MS);
  await languageReady;
  // Reading the address runs the checks' code for the first time: in a task of its own, not in
  // the one that heard from the worker.
  await nextTask();
  const prerendered = container.firstElementChild !== null;
  const matches = matchesPrerenderedPage(mode, window.location.search);
  // The parts a link asks for load now, and before the link is applied (see link-parts.ts).
  const read = readUrl(window.location.search);
  await nextTask();
  await Promise.all([
    mode === "app" && read.problems.length > 0 ? loadUrlNotice() : null,
    mode === "app" && read.display.present ? loadPresenterBar() : null,
  ]);
  loadFromUrl(calculatorStore, window.location, read);
  // The embed and the configurator keep settings of their own in the address: it stays as it came.
  if (mode === "app") startUrlSync(calculatorStore, window);
  formatMoney(0, calculatorStore.getState().display.currency);
  await nextTask();
  // The first figures, in tasks of their own rather than inside hydration's (kept for it).
  if (mode !== "configure") {
    computeShownCosts(calculatorStore.getState().scenario);
    await nextTask();
    computeCostViews(calculatorStore.getState().scenario);
    await nextTask();
  }

  const { renderPage } = await rendering;
  // Anything typed into the prerendered fields so far is entered again once the page has started.
  const earlyEdits = takeEarlyEdits(container);
  if (earlyEdits.length > 0) void pageStarted.then(() => replayEarlyEdits(earlyEdits));
  renderPage(container, mode, calculatorStore, prerendered && matches);

  // Offline use of the full calculator, in production builds; never in the embed. Its module is
  // loaded after start-up: nothing before the verdict needs it.
  void import("../features/offline/register-service-worker.ts").then((module) => module.registerServiceWorker());
}

void start();
