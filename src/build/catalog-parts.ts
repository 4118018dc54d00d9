/** Build-time only (Node): never imported by the app. */

/**
 * The source files whose messages the page needs before its verdict: the start chunk's modules
 * (src/build/start-chunk.ts), the embed's page and the notice of a link's ignored settings. Their
 * messages form each language's "start" catalog, loaded with the start chunk; every other message
 * is in the "rest" catalog, which the modules that use it wait for when they load. The build fails
 * when a start-up module with messages is missing here, since its words would otherwise wait for
 * the rest catalog.
 */
export const START_MESSAGE_SOURCES: readonly string[] = [
  "src/app/app.tsx",
  "src/app/embed-page.tsx",
  "src/app/feature-guard.tsx",
  "src/app/mark-ready.tsx",
  "src/app/page-mode.tsx",
  "src/components/catching-up.tsx",
  "src/components/error-boundary.tsx",
  "src/components/figure-button.tsx",
  "src/components/when-visible.tsx",
  "src/features/embed/configurator-link.tsx",
  "src/features/presenter/present-button.tsx",
  "src/features/presenter/use-presenter.ts",
  "src/features/print/print-request.ts",
  "src/features/share/copy-link-button.tsx",
  "src/features/share/currency-select.tsx",
  "src/features/share/language-choice.tsx",
  // Loaded before a link with bad settings is applied, and drawn with its first figures.
  "src/features/share/url-notice.tsx",
  "src/features/verdict/verdict-text.ts",
  "src/features/verdict/verdict.tsx",
  "src/i18n/plan-names.ts",
  "src/lib/format.ts",
  "src/state/use-analysis.ts",
];
