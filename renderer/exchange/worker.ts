import { WorkbenchDatabase } from '../db';
import { exportPlan, ImportJob, type Stage } from './jobs';
import type { WorkerRequest, WorkerResponse, WorkerResult } from './protocol';

/**
 * The exchange worker: reads, merges and writes plan files off the window's thread, so a big
 * file never freezes the UI. It opens its own connection to the same database (db/ is still
 * the only code that talks to it) and holds each import between its preview and Apply.
 */

/** The worker's global scope, typed by hand: the project compiles against the DOM library. */
const scope = self as unknown as {
  postMessage(message: WorkerResponse, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};

let db: WorkbenchDatabase | null = null;
const jobs = new Map<number, ImportJob>();
/** Requests still running. With none and no import waiting, the connection closes: it never holds up another window's upgrade. */
let running = 0;

function database(): WorkbenchDatabase {
  // Workers can't read localStorage: the window names the database in the worker's name.
  db ??= new WorkbenchDatabase(self.name || undefined);
  return db;
}

function post(message: WorkerResponse, transfer: Transferable[] = []) {
  scope.postMessage(message, transfer);
}

scope.onmessage = (event) => {
  const request = event.data;
  const progress = (stage: Stage) => post({ id: request.id, type: 'progress', stage });
  running++;
  run(request, progress)
    .finally(() => {
      running--;
      if (running === 0 && jobs.size === 0 && db) {
        db.close();
        db = null;
      }
    })
    .then(
    (result) => {
      const bytes = result && 'bytes' in result && result.bytes instanceof Uint8Array ? [result.bytes.buffer as ArrayBuffer] : [];
      post({ id: request.id, type: 'done', result }, bytes);
    },
    (error: unknown) => post({ id: request.id, type: 'error', message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }),
  );
};

async function run(request: WorkerRequest, progress: (stage: Stage) => void): Promise<WorkerResult> {
  switch (request.type) {
    case 'ping':
      return null;
    case 'prepare': {
      const job = new ImportJob(database());
      jobs.set(request.job, job);
      return job.prepare(request.bytes, progress);
    }
    case 'apply': {
      const job = jobs.get(request.job);
      if (!job) throw new Error('No import to apply');
      return job.apply(progress);
    }
    case 'export':
      return exportPlan(database(), request.request, progress);
    case 'dispose':
      jobs.delete(request.job);
      return null;
  }
}
