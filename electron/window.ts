import { join } from 'node:path';
import { app, BrowserWindow, screen } from 'electron';
import { APP_ENTRY_URL } from '../shared/ipc/origin';
import { PRELOAD_PATH } from './paths';
import { secureWebPreferences } from './security';
import { MIN_WINDOW_SIZE, placeWindow, readWindowState, writeWindowState, type WindowState } from './windowState';

const TITLE = 'Campaign Workbench';
/** Painted before the page is, so a new window never flashes a different colour. */
const BACKGROUND_COLOR = '#f7f7f5';
/** A window opened from another is offset, so it doesn't hide exactly on top of it. */
const CASCADE_OFFSET = 32;

/**
 * Opens a workbench window on the app origin, at a hash route if given (already
 * validated by the IPC contract). Every window is the same app; several may be open.
 */
export function openWindow(hash = ''): BrowserWindow {
  const { maximized, ...bounds } = initialPlacement();
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: TITLE,
    backgroundColor: BACKGROUND_COLOR,
    // Shown once painted, so the user never sees an empty frame.
    show: false,
    webPreferences: secureWebPreferences(PRELOAD_PATH),
  });
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  window.on('close', () => rememberPlacement(window));
  window.loadURL(`${APP_ENTRY_URL}${hash}`).catch((error: unknown) => {
    console.error('The workbench page failed to load', error);
  });
  return window;
}

/** Brings an existing window forward (e.g. when the app is launched a second time). */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.focus();
}

/** Next to the focused window if there is one, else where the last window was closed. */
function initialPlacement(): WindowState {
  const focused = BrowserWindow.getFocusedWindow();
  const saved = focused ? cascadeFrom(focused) : readWindowState(stateFile());
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  return placeWindow(saved, workAreas, screen.getPrimaryDisplay().workArea);
}

function cascadeFrom(window: BrowserWindow): WindowState {
  const bounds = window.getNormalBounds();
  return { ...bounds, x: bounds.x + CASCADE_OFFSET, y: bounds.y + CASCADE_OFFSET, maximized: false };
}

function rememberPlacement(window: BrowserWindow): void {
  try {
    writeWindowState(stateFile(), { ...window.getNormalBounds(), maximized: window.isMaximized() });
  } catch (error) {
    // A forgotten window position is harmless; failing to close the window is not.
    console.error('Could not save the window position', error);
  }
}

function stateFile(): string {
  return join(app.getPath('userData'), 'window-state.json');
}
