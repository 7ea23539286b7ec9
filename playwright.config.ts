import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3210);
// The app under test runs on its own throwaway database at this port; tests read the mail
// outbox from it, as a person would read their inbox.
export const E2E_DB_PORT = Number(process.env.E2E_DB_PORT ?? 55439);
const baseURL = `http://localhost:${PORT}`;

// Debian's Chromium where it is installed (Playwright's own download is not reachable everywhere);
// otherwise Playwright's bundled browser.
const chromiumPath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH ??
  (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const launchOptions = {
  executablePath: chromiumPath,
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [["list"]],
  use: { baseURL, trace: "retain-on-failure", launchOptions },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"], launchOptions }, grepInvert: /@phone/ },
    { name: "phone", use: { ...devices["Pixel 7"], launchOptions }, grep: /@phone/ },
  ],
  webServer: {
    // A production build against a throwaway embedded database, migrated and seeded.
    command: `node scripts/run-app.mjs start --ephemeral --port ${PORT} --db-port ${E2E_DB_PORT}`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      DATABASE_URL: "",
      // The suite's one browser does the work of many people from one address: per-client
      // limits are raised here. tests/e2e/abuse-limits.spec.ts checks the defaults on servers of
      // its own, from addresses of their own.
      RATE_LIMIT_SIGN_IN_PER_CLIENT: "1000/15m",
      RATE_LIMIT_DIAGNOSTIC_PER_CLIENT: "1000/10m",
      // Warnings and errors only: a line per request would bury the test output.
      LOG_LEVEL: "warn",
    },
  },
});
