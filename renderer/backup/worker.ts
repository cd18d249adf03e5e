import { readBackupFile, writeBackupFile } from '../../shared/backup';
import { buffersOf, type CodecRequest, type CodecResponse, type CodecResult } from './protocol';

/**
 * The backup worker: zips and unzips whole libraries off the window's thread, so backing up
 * or checking a big library never freezes the UI. Pure: it never touches the database.
 */
const scope = self as unknown as {
  postMessage(message: CodecResponse, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<CodecRequest>) => void) | null;
};

scope.onmessage = (event) => {
  const request = event.data;
  const progress = (done: number, total: number) => scope.postMessage({ id: request.id, type: 'progress', done, total }, []);
  try {
    const result: CodecResult =
      request.type === 'encode'
        ? writeBackupFile(request.library, { ...request.options, createdAt: new Date(request.options.createdAt), onProgress: progress })
        : readBackupFile(request.bytes, {}, progress);
    const transfer = result instanceof Uint8Array ? [result.buffer as ArrayBuffer] : result.ok ? buffersOf(result.backup.library) : [];
    scope.postMessage({ id: request.id, type: 'done', result }, transfer);
  } catch (error) {
    scope.postMessage({ id: request.id, type: 'error', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }, []);
  }
};
