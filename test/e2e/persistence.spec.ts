import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable, WEB_ORIGIN } from '../chromium';
import { clickNode, createPlan, expectEditorReady, expectSaved, inspector, nodeByTitle, openLibrary, paletteButton, planRow } from './support/app';

/**
 * A killed browser loses nothing the UI showed as saved. Chromium is started by hand on a
 * profile directory of our own, so the test can SIGKILL it (no graceful shutdown, no flush
 * on exit) and start a new one on the same profile.
 */

interface Running {
  process: ChildProcess;
  browser: Browser;
}

async function waitFor<T>(what: string, probe: () => T | undefined, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Starts Chromium on `profile` with a DevTools port it picks itself, and connects over CDP. */
async function launch(executable: string, profile: string): Promise<Running> {
  const portFile = join(profile, 'DevToolsActivePort');
  rmSync(portFile, { force: true });
  const child = spawn(
    executable,
    [...CHROMIUM_ARGS, '--headless=new', `--user-data-dir=${profile}`, '--remote-debugging-port=0', '--window-size=1366,768', 'about:blank'],
    // Its own process group, so the kill reaches the renderer and storage processes too.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  try {
    const port = await waitFor('Chromium to open its DevTools port', () => {
      if (child.exitCode !== null) throw new Error(`Chromium exited with ${child.exitCode}: ${stderr}`);
      if (!existsSync(portFile)) return undefined;
      const [line] = readFileSync(portFile, 'utf8').split('\n');
      return line && /^\d+$/.test(line) ? Number(line) : undefined;
    });
    const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    return { process: child, browser };
  } catch (error) {
    killHard(child);
    throw error;
  }
}

/** SIGKILL to Chromium's whole process group: what a crash or `kill -9` does. */
function killHard(child: ChildProcess) {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

async function exited(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise((resolve) => child.once('exit', resolve));
}

async function firstPage(browser: Browser): Promise<Page> {
  const context = browser.contexts()[0];
  if (!context) throw new Error('The browser has no default context');
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1366, height: 768 });
  return page;
}

test.describe('persistence', () => {
  let profile = '';
  let running: Running | undefined;

  test.beforeEach(() => {
    profile = mkdtempSync(join(tmpdir(), 'workbench-profile-'));
  });

  test.afterEach(async () => {
    if (running) {
      await running.browser.close().catch(() => undefined);
      killHard(running.process);
      await exited(running.process);
      running = undefined;
    }
    rmSync(profile, { recursive: true, force: true });
  });

  test('a killed browser loses nothing the UI showed as saved', async () => {
    const executable = chromiumExecutable();
    expect(
      executable,
      'No Chromium found: set CHROMIUM_PATH or install chromium (/usr/bin/chromium). This test must kill a real browser process.',
    ).toBeTruthy();

    const title = 'Khuyến mãi Tết 春節 — crash test';
    const renamed = '顧客價值 Giá trị khách hàng';
    const body = 'Đã lưu trước khi trình duyệt bị tắt đột ngột；當機前已儲存。';

    running = await launch(executable!, profile);
    let page = await firstPage(running.browser);
    await openLibrary(page);
    const planId = await createPlan(page, title);
    await clickNode(page, nodeByTitle(page, 'Customer value'));
    await inspector(page).getByRole('textbox', { name: 'Title' }).fill(renamed);
    await paletteButton(page, 'Note').click();
    await expect(nodeByTitle(page, 'Note')).toBeVisible();
    await inspector(page).getByRole('textbox', { name: 'Content' }).pressSequentially(body);
    await expect(nodeByTitle(page, 'Note').locator('.element-node__body')).toHaveText(body);
    // The moment the UI says so, the last keystroke is on disk: kill right then.
    await expectSaved(page);
    const child = running.process;
    killHard(child);
    await exited(child);
    running = undefined;

    running = await launch(executable!, profile);
    page = await firstPage(running.browser);
    await openLibrary(page);
    await expect(planRow(page, title).getByRole('link', { name: title })).toBeVisible();
    await page.goto(`${WEB_ORIGIN}/#/plan/${planId}`);
    await expectEditorReady(page, title);
    await expect(nodeByTitle(page, renamed)).toBeVisible();
    await expect(nodeByTitle(page, 'Customer value')).toHaveCount(0);
    await expect(nodeByTitle(page, 'Note').locator('.element-node__body')).toHaveText(body);
    await expect(page.locator('.react-flow__node-element')).toHaveCount(9);
  });
});
