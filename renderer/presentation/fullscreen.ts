/**
 * The Fullscreen API, for the whole page. In Electron the window itself goes full screen
 * (main grants the 'fullscreen' permission to the app's own pages only). A request needs a
 * user's gesture: the editor's Present command asks while handling the click or key.
 */
export function isFullscreen(): boolean {
  return !!document.fullscreenElement;
}

export function enterFullscreen(): Promise<void> {
  if (isFullscreen() || !document.documentElement.requestFullscreen) return Promise.resolve();
  return document.documentElement.requestFullscreen({ navigationUI: 'hide' }).catch(() => undefined);
}

export function exitFullscreen(): Promise<void> {
  if (!isFullscreen() || !document.exitFullscreen) return Promise.resolve();
  return document.exitFullscreen().catch(() => undefined);
}
