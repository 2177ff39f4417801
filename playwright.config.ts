import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// End-to-end tests: Chromium against the production build (`npm run test:e2e` builds first) on the
// embedded database, exactly as a new user gets it, but in a throwaway data folder that is deleted
// before every run. The app's own start script migrates it and loads the demo data.

// Ports can be moved (E2E_PORT, E2E_MAIL_PORT and the one above it) to run two checkouts side by side.
const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://localhost:${PORT}`;
/** Data folder of the e2e server (its auth secret and pid file land next to it, in .data/e2e/). */
const E2E_DATA_ROOT = ".data/e2e";
const isCI = Boolean(process.env.CI);
export const MAIL_SINK_SMTP_PORT = Number(process.env.E2E_MAIL_PORT ?? 2525);
export const MAIL_SINK_HTTP_PORT = MAIL_SINK_SMTP_PORT + 1;

/**
 * Debian's Chromium when installed (Playwright's browser download does not work on our machines), or
 * one named in CHROMIUM_PATH; else Playwright's own browser (`npx playwright install chromium`).
 */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  outputDir: "test-results",
  // Every test makes the users it changes (fresh e-mail addresses), so tests may run in any order.
  fullyParallel: true,
  // The embedded database is one session and the machine has two cores: two browsers at a time.
  workers: 2,
  // No retries: a test that passes only on the second try hides a bug.
  retries: 0,
  forbidOnly: isCI,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["html", { open: "never", outputFolder: "playwright-report" }]],
  use: {
    baseURL: BASE_URL,
    locale: "cs-CZ",
    timezoneId: "Europe/Prague",
    viewport: { width: 1280, height: 800 },
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: chromiumPath(),
          args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        },
      },
    },
  ],
  webServer: [
    {
      // A real SMTP server that keeps what the app sends (tests read it over HTTP), for distribution.
      command: "npx tsx tests/e2e/support/mail-sink.ts",
      url: `http://127.0.0.1:${MAIL_SINK_HTTP_PORT}/health`,
      reuseExistingServer: !isCI,
      timeout: 60_000,
      env: { MAIL_SINK_SMTP_PORT: String(MAIL_SINK_SMTP_PORT), MAIL_SINK_HTTP_PORT: String(MAIL_SINK_HTTP_PORT) },
    },
    {
      // Delete the previous run's database, then `npm start`: migrate, load the demo data, serve the build
      // (it rebuilds only when a source is newer than .next/BUILD_ID).
      command: `node -e "require('node:fs').rmSync('${E2E_DATA_ROOT}', { recursive: true, force: true })" && npm start`,
      url: `${BASE_URL}/api/health`,
      // Locally a server already on :3100 (started by hand to debug) is used as it is, with its database:
      // the lockout test adds 6 failed logins from 127.0.0.1, and the app locks an address after 30 in
      // 15 minutes — restart such a server every few runs. CI always starts a fresh one.
      reuseExistingServer: !isCI,
      timeout: 300_000,
      stdout: "pipe",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
      env: {
        PORT: String(PORT),
        HERALD_DATA_DIR: `${E2E_DATA_ROOT}/pglite`,
        // Empty: the embedded database even when the shell (or .env) names a real server.
        DATABASE_URL: "",
        NEXTAUTH_URL: BASE_URL,
        HOST: "127.0.0.1",
        SMTP_URL: `smtp://127.0.0.1:${MAIL_SINK_SMTP_PORT}`,
      },
    },
  ],
});
