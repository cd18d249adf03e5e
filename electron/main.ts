import { join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import { matchLanguage } from '../shared/i18n/languages';
import { ipcHandlers } from './handlers';
import { registerIpcHandlers } from './ipc';
import { installApplicationMenu } from './menu';
import { registerAppScheme, serveRenderer } from './protocol';
import { installSecurityPolicy } from './security';
import { focusWindow, openWindow } from './window';

// Every plan lives in IndexedDB under userData. Pin that folder by hand so a renamed
// package or productName can never point the app at an empty profile. It must be set
// before the single-instance lock, which is keyed on this folder.
app.setPath('userData', join(app.getPath('appData'), 'Campaign Workbench'));
registerAppScheme();

if (app.requestSingleInstanceLock()) {
  app.on('second-instance', () => {
    const [existing] = BrowserWindow.getAllWindows();
    if (existing) focusWindow(existing);
  });
  app.on('window-all-closed', () => {
    // macOS apps stay running without windows, until the user quits.
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start).catch(failToStart);
} else {
  // Another instance owns the profile (and its database); it focuses its window instead.
  app.quit();
}

function start(): void {
  installSecurityPolicy();
  serveRenderer();
  registerIpcHandlers(ipcHandlers);
  // The system language until the renderer reports the one the user chose ('app:setLanguage').
  installApplicationMenu(matchLanguage(app.getLocale()));
  openWindow();
  // Clicking the macOS dock icon with no window open opens one.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow();
  });
}

function failToStart(error: unknown): void {
  dialog.showErrorBox('Campaign Workbench could not start', String(error));
  app.quit();
}
