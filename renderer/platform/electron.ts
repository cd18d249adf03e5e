import type { WorkbenchBridge } from '../../shared/ipc/contract';
import { FILE_TYPES, safeFileName } from '../../shared/ipc/files';
import { FileAccessError, type Platform } from './platform';

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
    async saveFile({ suggestedName, bytes, kind }) {
      const name = safeFileName(suggestedName, kind);
      const { maxBytes } = FILE_TYPES[kind];
      // Checked here too, so an oversized file gets its message instead of a refused IPC call.
      if (bytes.byteLength > maxBytes) throw new FileAccessError('tooLarge', name, `${bytes.byteLength} bytes; the limit is ${maxBytes}`);
      const answer = await bridge.saveFile({ suggestedName: name, bytes, kind });
      if (answer.status === 'failed') throw new FileAccessError(answer.code, answer.name, answer.detail);
      return answer.status;
    },
    printToPdf: (request) => bridge.printToPdf(request),
    async openFile({ kinds }) {
      const answer = await bridge.openFile({ kinds });
      if (answer.status === 'failed') throw new FileAccessError(answer.code, answer.name, answer.detail);
      return answer.status === 'opened' ? { name: answer.name, bytes: answer.bytes } : null;
    },
  };
}
