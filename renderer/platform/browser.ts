import type { Platform } from './platform';

export const browserPlatform: Platform = {
  kind: 'browser',
  hasNativeMenu: false,
  async setLanguage() {},
  async openWindow(hash) {
    const url = new URL(window.location.href);
    url.hash = hash ?? '';
    window.open(url.toString(), '_blank', 'noopener');
  },
  onCommand() {
    return () => {};
  },
};
