import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable, WEB_ORIGIN, WEB_PORT } from './test/chromium';

// End-to-end tests drive the production web build in real Chromium. The port is fixed
// because IndexedDB is per origin: a restarted browser must find the same database.
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: WEB_ORIGIN,
    viewport: { width: 1366, height: 768 },
    locale: 'en-US',
    launchOptions: { executablePath: chromiumExecutable(), args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  webServer: {
    // E2E_OUT_DIR: a build elsewhere than dist/renderer (relative to renderer/, as vite's outDir is).
    command: `npx vite preview --port ${WEB_PORT}${process.env.E2E_OUT_DIR ? ` --outDir ${process.env.E2E_OUT_DIR}` : ''}`,
    url: WEB_ORIGIN,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
