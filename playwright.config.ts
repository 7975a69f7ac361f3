import { defineConfig } from '@playwright/test';

// E2E_PORT and E2E_DIST let several runs share a machine (each its own build and server).
const PORT = Number(process.env.E2E_PORT ?? 4173);
const DIST = process.env.E2E_DIST ?? 'dist';

// Browser tests drive Debian's Chromium (or CHROMIUM_PATH) against the production build (`vite preview`).
// Nothing is downloaded: never run `playwright install`.
export default defineConfig({
  testDir: 'tests',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/playwright',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // In CI a JSON report lets .ci/run print the test counts.
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'test-results/playwright.json' }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'en-US',
    timezoneId: 'America/New_York',
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    // The test script builds first; this only serves dist/.
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1 --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}`,
    // Never test a server this run did not start: another checkout's preview on the same port would be tested
    // silently. A port in use fails the run at once (set E2E_PORT to a free one).
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
