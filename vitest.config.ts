import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["common/**/*.test.ts", "server/**/*.test.ts", "seed/**/*.test.ts", "web/src/**/*.test.ts"],
    globalSetup: ["server/test/global-setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: files run in parallel processes, each on its own database.
    pool: "forks",
    maxWorkers: 2,
  },
});
