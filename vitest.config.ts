import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

// Two kinds of test files (see ARCHITECTURE.md, "Tests"):
//   *.test.ts      pure unit tests, no database;
//   *.int.test.ts  integration tests, each file on its own PostgreSQL database (tests/support/).
// tests/e2e/ belongs to Playwright.
const root = import.meta.dirname;
const excluded = ["**/node_modules/**", "tests/e2e/**", "src/generated/**"];

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${path.join(root, "src")}/` },
      // The real package throws outside React's server build; under vitest the import is only a marker.
      { find: /^server-only$/, replacement: path.join(root, "tests/support/server-only.ts") },
    ],
  },
  test: {
    // One worker per core, at least two (vitest's default would leave a 2-core machine with one).
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "tests/**/*.test.ts"],
          exclude: [...excluded, "**/*.int.test.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["src/**/*.int.test.ts", "tests/**/*.int.test.ts"],
          exclude: excluded,
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/database.setup.ts"],
          // Password hashing (argon2id) and, on the fallback, starting PGlite take a while.
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
