import { rmSync } from 'node:fs';
import { afterEach, vi } from 'vitest';

export type FakeElectron = typeof import('../fakes/electron');

const appDataFolders: string[] = [];

afterEach(() => {
  for (const folder of appDataFolders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/**
 * A fresh fake Electron (no windows, handlers or menu; not ready yet) and fresh app
 * modules: main has side effects on import, so every test loads everything anew.
 */
export async function freshElectron(): Promise<FakeElectron> {
  vi.resetModules();
  const electron = await import('../fakes/electron');
  appDataFolders.push(electron.app.getPath('appData'));
  return electron;
}

/** Runs electron/main.ts against a fresh fake; `prepare` sets the scene before it loads. */
export async function startApp(prepare?: (electron: FakeElectron) => void): Promise<FakeElectron> {
  const electron = await freshElectron();
  prepare?.(electron);
  await import('../../electron/main');
  await electron.app.becomeReady();
  return electron;
}

/** The only window open, failing the test if there isn't exactly one. */
export function onlyWindow(electron: FakeElectron) {
  const windows = electron.BrowserWindow.getAllWindows();
  if (windows.length !== 1) throw new Error(`expected one window, found ${windows.length}`);
  return windows[0]!;
}
