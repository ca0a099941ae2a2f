import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };
const exclude = ["node_modules/**", ".next/**", ".next-*/**", "e2e/**", ".data/**"];

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          environment: "node",
          include: ["**/*.test.ts"],
          exclude: [...exclude, "**/*.integration.test.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          environment: "node",
          include: ["**/*.integration.test.ts"],
          exclude,
          globalSetup: ["test/global-setup.ts"],
          setupFiles: ["test/setup-env.ts"],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // Files share one database and one app server; each test makes its own organization.
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
