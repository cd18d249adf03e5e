import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { placeWindow, readWindowState, writeWindowState } from '../../electron/windowState';
import { onlyWindow, startApp, type FakeElectron } from './harness';

const FULL_HD = { x: 0, y: 0, width: 1920, height: 1040 };
const LAPTOP = { x: 0, y: 0, width: 1366, height: 728 };

describe('placeWindow', () => {
  it('keeps a saved place that is still on a display', () => {
    const saved = { x: 100, y: 80, width: 1200, height: 700, maximized: true };
    expect(placeWindow(saved, [FULL_HD], FULL_HD)).toEqual(saved);
  });

  it('centres a window whose saved place is off every display', () => {
    const saved = { x: 4000, y: 80, width: 1200, height: 700, maximized: false };
    expect(placeWindow(saved, [FULL_HD], FULL_HD)).toEqual({ width: 1200, height: 700, maximized: false });
  });

  it('fits the default size to a small primary display', () => {
    expect(placeWindow(undefined, [LAPTOP], LAPTOP)).toEqual({ width: 1280, height: 728, maximized: false });
  });
});

describe('window state file', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'cw-window-state-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('round-trips', () => {
    const file = join(folder, 'state.json');
    const state = { x: 10, y: 20, width: 1100, height: 700, maximized: false };
    writeWindowState(file, state);
    expect(readWindowState(file)).toEqual(state);
  });

  it.each([
    ['missing', undefined],
    ['not JSON', '{"x": 1,'],
    ['the wrong shape', '{"width": "wide", "height": 700, "maximized": false}'],
    ['negative size', '{"width": -5, "height": 700, "maximized": false}'],
  ])('is ignored when %s', (_case, contents) => {
    const file = join(folder, 'state.json');
    if (contents !== undefined) writeFileSync(file, contents);
    expect(readWindowState(file)).toBeUndefined();
  });
});

describe('windows remember where they were', () => {
  const stateFile = (electron: FakeElectron) => join(electron.app.getPath('userData'), 'window-state.json');

  it('saves size, position and maximized on close, and the next window opens there', async () => {
    const electron = await startApp();
    const window = onlyWindow(electron);
    window.setBounds({ x: 120, y: 90, width: 1300, height: 760 });
    window.maximize();
    window.close();
    expect(JSON.parse(readFileSync(stateFile(electron), 'utf8'))).toEqual({
      x: 120,
      y: 90,
      width: 1300,
      height: 760,
      maximized: true,
    });

    electron.app.emit('activate');
    const reopened = onlyWindow(electron);
    expect(reopened.options).toMatchObject({ x: 120, y: 90, width: 1300, height: 760 });
    expect(reopened.isMaximized()).toBe(false);
    reopened.emit('ready-to-show');
    expect(reopened.isMaximized()).toBe(true);
  });

  it('falls back to a centred default when the state file is broken', async () => {
    const electron = await startApp(({ app }) => {
      const userData = join(app.getPath('appData'), 'Campaign Workbench');
      mkdirSync(userData);
      writeFileSync(join(userData, 'window-state.json'), '{"x": 12, "y":');
    });
    const { options } = onlyWindow(electron);
    expect(options).toMatchObject({ width: 1280, height: 800, minWidth: 1024, minHeight: 640 });
    expect(options.x).toBeUndefined();
    expect(options.y).toBeUndefined();
  });

  it('opens a second window offset from the focused one', async () => {
    const electron = await startApp();
    const first = onlyWindow(electron);
    first.setBounds({ x: 100, y: 100, width: 1200, height: 700 });
    first.focus();
    await electron.ipcMain.invoke('window:open', 'app://workbench/index.html');
    const second = electron.BrowserWindow.getAllWindows()[1];
    expect(second?.options).toMatchObject({ x: 132, y: 132, width: 1200, height: 700 });
  });
});
