/**
 * The real servers (tests/servers): nginx, Caddy and Apache serving the production build with the
 * configurations the build wrote, one after another, each on a free port of its own.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/servers/*.test.ts"],
    environment: "node",
    // Generous: a 2-core machine busy with other work slows Chromium and the servers down.
    testTimeout: 60_000,
    hookTimeout: 30_000,
  },
});
