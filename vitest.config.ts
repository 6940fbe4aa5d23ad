import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: "openapi", include: ["openapi/test/**/*.test.ts"] } },
      { extends: true, test: { name: "sdk", root: "packages/sdk", include: ["test/**/*.test.ts"] } },
      { extends: true, test: { name: "cli", root: "packages/cli", include: ["test/**/*.test.{ts,tsx}"] } },
      { extends: true, test: { name: "server", root: "packages/server", include: ["test/**/*.test.ts"] } },
    ],
    // The JSON report feeds the one-line summary that .ci/run prints last.
    reporters: ["default", ["json", { outputFile: ".vitest/results.json" }]],
    // Two cores: run test files in two workers at most.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
