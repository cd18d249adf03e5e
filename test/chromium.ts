import { existsSync } from 'node:fs';

/**
 * Which Chromium drives the browser tests and the benchmark: $CHROMIUM_PATH, else a system
 * Chromium (Debian's /usr/bin/chromium in CI), else undefined so Playwright uses its own
 * downloaded browser (`npx playwright install chromium` on a machine with internet).
 */
export function chromiumExecutable(): string | undefined {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

/** Quiet, offline-friendly flags: these machines have no network, and root needs --no-sandbox. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Fixed (IndexedDB is per origin); E2E_PORT lets a second checkout's tests run beside these. */
export const WEB_PORT = Number(process.env.E2E_PORT ?? 5178);
export const WEB_ORIGIN = `http://127.0.0.1:${WEB_PORT}`;
