import { isAbsolute } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../shared/ipc/origin';
import { onlyWindow, startApp } from './harness';

describe('window security', () => {
  it('isolates the renderer: no Node, sandboxed, context-isolated, with our preload', async () => {
    const { webPreferences } = onlyWindow(await startApp()).options;
    expect(webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    const preload = String(webPreferences?.preload);
    expect(isAbsolute(preload)).toBe(true);
    expect(preload).toMatch(/preload\.cjs$/);
  });

  it('allows navigation within the app origin only', async () => {
    const { webContents } = onlyWindow(await startApp());
    expect(webContents.navigate(`${APP_ORIGIN}/index.html#/plan/abc`)).toBe(false);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'app://other/index.html', 'not a url']) {
      expect(webContents.navigate(url), url).toBe(true);
    }
  });

  it('denies window.open and refuses to attach webviews', async () => {
    const { webContents } = onlyWindow(await startApp());
    expect(webContents.windowOpenHandler?.({ url: `${APP_ORIGIN}/index.html` })).toEqual({ action: 'deny' });
    expect(webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const event = new (await import('../fakes/electron')).FakeEvent();
    webContents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('hardens every webContents, including ones main did not create', async () => {
    const electron = await startApp();
    const stray = new electron.FakeWebContents();
    electron.app.emit('web-contents-created', new electron.FakeEvent(), stray);
    expect(stray.navigate('https://example.com/')).toBe(true);
    expect(stray.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', async () => {
    const { session } = await startApp();
    const { permissionRequestHandler, permissionCheckHandler } = session.defaultSession;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let granted: boolean | undefined;
      permissionRequestHandler?.({}, permission, (answer) => (granted = answer));
      expect(granted, permission).toBe(false);
      expect(permissionCheckHandler?.({}, permission, APP_ORIGIN), permission).toBe(false);
    }
  });

  it('lets only the app itself take the window full screen (presentation mode)', async () => {
    const { session } = await startApp();
    const ask = (requestingUrl: string) => {
      let granted: boolean | undefined;
      session.defaultSession.permissionRequestHandler?.({}, 'fullscreen', (answer) => (granted = answer), { requestingUrl });
      return granted;
    };
    expect(ask(`${APP_ORIGIN}/index.html#/plan/p/present`)).toBe(true);
    expect(ask('https://example.com/')).toBe(false);
  });
});
