import { app, session, type WebContents, type WebPreferences } from 'electron';
import { isAppOrigin } from '../shared/ipc/origin';

/**
 * The renderer is treated as untrusted web content: no Node, isolated preload world,
 * OS sandbox, and no way to leave the app origin, open windows, embed webviews or get
 * device permissions. Applied to every webContents, not only the ones we create.
 */

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    webSecurity: true,
    preload: preloadPath,
  };
}

/** Call once before the first window: hardens every webContents and the default session. */
export function installSecurityPolicy(): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  denyAllPermissions();
}

function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!isAppOrigin(event.url)) event.preventDefault();
  });
  // New windows are opened by main only (the 'window:open' channel), never by the page.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * The app needs no camera, location, notifications, clipboard reads or devices. Only its own
 * pages may take the window full screen (presentation mode uses the Fullscreen API).
 */
function denyAllPermissions(): void {
  const { defaultSession } = session;
  defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permission === 'fullscreen' && isAppOrigin(details?.requestingUrl)),
  );
  defaultSession.setPermissionCheckHandler(() => false);
}
