import type { Applied, Exported, ExportRequest, Prepared, Stage } from './jobs';

/**
 * Messages between the window (client.ts) and its exchange worker (worker.ts). One worker
 * serves a window for its whole life; each import or export is a job with its own number.
 */
export type WorkerRequest =
  | { id: number; type: 'ping' }
  | { id: number; job: number; type: 'prepare'; bytes: Uint8Array }
  | { id: number; job: number; type: 'apply' }
  | { id: number; job: number; type: 'export'; request: ExportRequest }
  | { id: number; job: number; type: 'dispose' };

export type WorkerResult = Prepared | Applied | Exported | null;

export type WorkerResponse =
  | { id: number; type: 'progress'; stage: Stage }
  | { id: number; type: 'done'; result: WorkerResult }
  | { id: number; type: 'error'; message: string };
