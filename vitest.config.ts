import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      { test: { name: "openapi", include: ["openapi/test/**/*.test.ts"] } },
      { test: { name: "sdk", root: "packages/sdk", include: ["test/**/*.test.ts"] } },
      { test: { name: "cli", root: "packages/cli", include: ["test/**/*.test.{ts,tsx}"] } },
      { test: { name: "server", root: "packages/server", include: ["test/**/*.test.ts"] } },
    ],
    // Two cores: run test files in two workers at most.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
