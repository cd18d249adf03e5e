import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL } from '../../shared/ipc/origin';
import { onlyWindow, startApp } from './harness';

describe('main process lifecycle', () => {
  it('pins userData under appData before taking the single-instance lock', async () => {
    const { app } = await startApp();
    const pinned = join(app.getPath('appData'), 'Campaign Workbench');
    expect(app.getPath('userData')).toBe(pinned);
    // The lock is keyed on userData: pinning it afterwards would lock the wrong profile.
    expect(app.userDataWhenLocked).toBe(pinned);
  });

  it('registers the app scheme as privileged before ready', async () => {
    const { protocol } = await startApp();
    expect(protocol.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('opens one window on the app origin when ready, shown once painted', async () => {
    const electron = await startApp();
    const window = onlyWindow(electron);
    expect(window.loadedUrl).toBe(APP_ENTRY_URL);
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('focuses the existing window when a second instance starts', async () => {
    const electron = await startApp();
    const window = onlyWindow(electron);
    window.minimize();
    electron.app.emit('second-instance');
    expect(window.isMinimized()).toBe(false);
    expect(electron.BrowserWindow.getFocusedWindow()).toBe(window);
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(1);
  });

  it('quits at once, without a window, when another instance holds the lock', async () => {
    const electron = await startApp(({ app }) => {
      app.singleInstanceLockAvailable = false;
    });
    expect(electron.app.quitRequested).toBe(true);
    expect(electron.BrowserWindow.getAllWindows()).toHaveLength(0);
    expect(electron.ipcMain.handlers.size).toBe(0);
  });

  it('quits when the last window closes (not macOS)', async () => {
    const electron = await startApp();
    onlyWindow(electron).close();
    expect(electron.app.quitRequested).toBe(process.platform !== 'darwin');
  });
});
