import type { BackupAuthor, BackupReadResult, Library } from '../../shared/backup';

/** Messages between the window and the backup worker (codec.ts, worker.ts). */
export interface EncodeOptions {
  appVersion: string;
  /** ms since 1970: a Date does not survive every structured clone the same way. */
  createdAt: number;
  createdBy: BackupAuthor | null;
}

export type CodecRequest = { id: number; type: 'encode'; library: Library; options: EncodeOptions } | { id: number; type: 'decode'; bytes: Uint8Array };

export type CodecResult = Uint8Array | BackupReadResult;

export type CodecResponse =
  | { id: number; type: 'progress'; done: number; total: number }
  | { id: number; type: 'done'; result: CodecResult }
  | { id: number; type: 'error'; message: string };

/** The buffers behind a library's bytes, each once: handed over to the other thread instead of copied. */
export function buffersOf(library: Library | undefined, extra?: Uint8Array): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const state of library?.plans ?? []) for (const bytes of state.blobs.values()) buffers.add(bytes.buffer as ArrayBuffer);
  if (extra) buffers.add(extra.buffer as ArrayBuffer);
  return [...buffers];
}
