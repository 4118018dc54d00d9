import { defineConfig } from "@playwright/test";

/** Chromium flags for a closed network: no background requests, no first-run work. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** The preview server's port; PREVIEW_PORT lets several checkouts run their tests side by side. */
export const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4173);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  // One file at a time: the browser alone keeps both cores busy, and two workers took as long in
  // all while stretching each test towards its timeout.
  workers: 1,
  // One retry, reported as flaky in the list: a browser on a loaded 2-core machine has off moments.
  retries: 1,
  timeout: 30_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${PREVIEW_PORT}`,
    browserName: "chromium",
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS },
    trace: "off",
  },
  webServer: {
    command: `npx vite preview --port ${PREVIEW_PORT} --strictPort`,
    url: `http://localhost:${PREVIEW_PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
