/**
 * The one origin the desktop app is served from. IndexedDB (every plan a user has) is
 * stored per origin, so these values are chosen once and never changed: a different
 * scheme or host would open an empty database.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'workbench';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The page every window loads; a hash route such as '#/plan/<id>' may follow. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True when `url` belongs to APP_ORIGIN. Compares scheme and host by hand because
 * Node's URL gives custom schemes an opaque origin ("null"), unlike Chromium.
 */
export function isAppOrigin(url: string | undefined): boolean {
  if (!url || !URL.canParse(url)) return false;
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN;
}
