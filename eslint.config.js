import js from "@eslint/js";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist", "dist-naive", "node_modules", "coverage", "test-results", "tests/e2e/artifacts"] },
  {
    files: ["**/*.{ts,tsx,js}"],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // The model is a pure library: no React, no DOM, no Vite-only features.
    files: ["src/model/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["react", "react-dom", "*?worker", "*?url", "zustand", "recharts"] }],
      "no-restricted-globals": ["error", "window", "document", "localStorage", "navigator"],
      "no-restricted-syntax": ["error", { selector: "MetaProperty", message: "import.meta is Vite-only; the model must load in plain Node." }],
    },
  },
);
