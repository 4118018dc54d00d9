/// <reference types="vitest/config" />
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  build: {
    target: "es2022",
    // The default page's first paint must not wait for charts: keep chunks small and separate.
    modulePreload: { polyfill: false },
  },
  worker: { format: "es" },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "model", environment: "node", include: ["src/model/**/*.test.ts", "tests/unit/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "ui",
          environment: "jsdom",
          include: ["src/**/*.test.tsx", "src/{app,state,features,components,lib}/**/*.test.ts"],
          setupFiles: ["tests/setup/dom.ts"],
        },
      },
    ],
  },
});
