import { defineConfig } from "@lingui/cli";
import { formatter } from "@lingui/format-po";

/**
 * The languages and their catalogs (docs/translating.md). English is the source; each other
 * language has one gettext PO file, src/locales/<locale>/messages.po. The build compiles them
 * itself (src/build/catalogs-plugin.ts), split into what start-up needs and the rest.
 */
export default defineConfig({
  sourceLocale: "en",
  locales: ["en", "de", "fr", "es", "nl"],
  catalogs: [
    {
      path: "<rootDir>/src/locales/{locale}/messages",
      include: ["<rootDir>/src"],
      exclude: ["**/*.test.ts", "**/*.test.tsx", "<rootDir>/src/build/**", "<rootDir>/src/model/**"],
    },
  ],
  format: formatter({ lineNumbers: false }),
  orderBy: "origin",
});
