import type { WorkbenchBridge } from '../../shared/ipc/contract';
import type { Platform } from './platform';

declare global {
  interface Window {
    /** Exposed by electron/preload.ts through contextBridge; absent in a plain browser. */
    workbench?: WorkbenchBridge;
  }
}

export function electronPlatform(): Platform | undefined {
  const bridge = window.workbench;
  if (!bridge) return undefined;
  return {
    kind: 'electron',
    hasNativeMenu: true,
    setLanguage: (language) => bridge.setLanguage(language),
    openWindow: (hash) => bridge.openWindow(hash),
    onCommand: (listener) => bridge.onCommand(listener),
  };
}
