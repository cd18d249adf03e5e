import { readBackupFile, writeBackupFile, type BackupReadResult, type Library } from '../../shared/backup';
import { buffersOf, type CodecRequest, type CodecResponse, type CodecResult, type EncodeOptions } from './protocol';

type Progress = (done: number, total: number) => void;
type Body = { type: 'encode'; library: Library; options: EncodeOptions } | { type: 'decode'; bytes: Uint8Array };

/**
 * Writing and reading backup files in a Web Worker (worker.ts), so the window stays
 * responsive. If no worker can start (no Worker, a blocked script), the same code runs in
 * the window instead: slower to the eye, never lost. One worker per job, ended after it.
 */
function run(body: Body, progress: Progress): Promise<CodecResult> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'backup' });
  } catch {
    return inThread(body, progress);
  }
  return new Promise<CodecResult>((resolve, reject) => {
    let answered = false;
    const finish = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<CodecResponse>) => {
      answered = true;
      const message = event.data;
      if (message.type === 'progress') return progress(message.done, message.total);
      finish();
      if (message.type === 'done') resolve(message.result);
      else reject(new Error(message.message));
    };
    worker.onerror = (event) => {
      finish();
      // A worker that never answered did not start: do the job here. One that died mid-job failed it.
      if (!answered) inThread(body, progress).then(resolve, reject);
      else reject(new Error(event.message || 'the backup worker failed'));
    };
    const request = { ...body, id: 1 } as CodecRequest;
    worker.postMessage(request, body.type === 'encode' ? buffersOf(body.library) : buffersOf(undefined, body.bytes));
  });
}

async function inThread(body: Body, progress: Progress): Promise<CodecResult> {
  // Let the progress dialog paint before the thread is busy.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return body.type === 'encode'
    ? writeBackupFile(body.library, { ...body.options, createdAt: new Date(body.options.createdAt), onProgress: progress })
    : readBackupFile(body.bytes, {}, progress);
}

/** The library as a `.cwbackup` file's bytes. The library's bytes are handed to the worker: don't use it afterwards. */
export async function encodeBackup(library: Library, options: EncodeOptions, progress: Progress): Promise<Uint8Array> {
  return (await run({ type: 'encode', library, options }, progress)) as Uint8Array;
}

/** A `.cwbackup` file read and checked; never throws for a bad file (the result says why). The bytes are handed over. */
export async function decodeBackup(bytes: Uint8Array, progress: Progress): Promise<BackupReadResult> {
  return (await run({ type: 'decode', bytes }, progress)) as BackupReadResult;
}
