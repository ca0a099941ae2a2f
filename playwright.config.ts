// End-to-end tests in Debian's Chromium (Playwright cannot download its own browsers here).
// With BENEFACTOR_TEST_URL set (scripts/test-all.sh does), specs run against that server.
// Without it, Playwright starts the production server itself on port 3210 — build it first:
//   NEXT_DIST_DIR=.next-test node_modules/.bin/next build
import { defineConfig, devices } from "@playwright/test";
import { TEST_AUTH_SECRET, TEST_DATABASE_URL } from "./test/test-env";

const PORT = 3210;
const externalUrl = process.env.BENEFACTOR_TEST_URL;
const baseURL = externalUrl ?? `http://127.0.0.1:${PORT}`;

export default defineConfig({
  testDir: "./e2e",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: "list",
  outputDir: "test-results",
  use: {
    baseURL,
    // Every test leaves a screenshot under test-results/ so a person can look at what it saw.
    screenshot: "on",
    trace: "off",
  },
  projects: [
    {
      name: "debian-chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: "/usr/bin/chromium",
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: externalUrl
    ? undefined
    : {
        command: `node_modules/.bin/tsx server/index.ts`,
        url: `${baseURL}/api/auth/csrf`,
        reuseExistingServer: false,
        timeout: 90_000,
        stdout: "ignore",
        stderr: "pipe",
        env: {
          DATABASE_URL: TEST_DATABASE_URL,
          AUTH_SECRET: TEST_AUTH_SECRET,
          APP_URL: baseURL,
          NEXT_DIST_DIR: ".next-test",
          NEXT_TELEMETRY_DISABLED: "1",
          PORT: String(PORT),
          HOSTNAME: "127.0.0.1",
        },
      },
});
