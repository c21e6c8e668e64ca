import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "integration",
          include: [
            "common/**/*.test.ts",
            "server/**/*.test.ts",
            "seed/**/*.test.ts",
            "web/src/**/*.test.ts",
          ],
          globalSetup: ["server/test/global-setup.ts"],
          setupFiles: ["server/test/fast-check-setup.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Two cores: files run in parallel processes, each on its own database.
          pool: "forks",
          maxWorkers: 2,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["e2e/**/*.test.ts"],
          globalSetup: ["e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // The journeys share one app and its data: one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
