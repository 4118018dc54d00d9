/**
 * The cross-engine journeys (tests/engines): Firefox ESR and WebKitGTK against the production
 * build. Both engines at once (each is idle about half the time, waiting on its driver), each
 * with its own browser and server, its journeys in order.
 * `npm run test:engines -- firefox` (or webkit) runs one engine alone.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/engines/*.test.ts"],
    environment: "node",
    maxWorkers: 2,
    // Generous: a 2-core machine busy with other work slows WebKit's WebDriver down several times.
    testTimeout: 120_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
  },
});
