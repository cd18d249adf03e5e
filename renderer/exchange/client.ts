import { activeDatabaseName } from '../db';
import type { WorkbenchDatabase } from '../db';
import type { Applied, Exported, ExportRequest, Prepared, Stage } from './jobs';
import type { WorkerRequest, WorkerResponse, WorkerResult } from './protocol';

type Progress = (stage: Stage) => void;
type JobRequest = Extract<WorkerRequest, { job: number }>;
type Body = JobRequest extends infer R ? (R extends JobRequest ? Omit<R, 'id' | 'job'> : never) : never;

interface Call {
  resolve: (result: WorkerResult) => void;
  reject: (error: Error) => void;
  progress: Progress;
  run: () => Promise<WorkerResult>;
}

/**
 * The window's exchange worker, started when the window opens (warmUp): a rep who goes
 * offline later still has it, where a worker started on demand would need its script from
 * the network. Should it fail to start (no Worker, a blocked script), jobs run in the
 * window instead, on code loaded at the same time: slower to the eye, never lost.
 */
let worker: Worker | null = null;
/** The worker answered once: it runs. Until then a failure means it never started. */
let alive = false;
let nextId = 1;
const calls = new Map<number, Call>();
let inThread: Promise<typeof import('./jobs')> | null = null;

/** Starts the worker (once per window) and loads the in-window fallback should it fail. */
export function warmUp(): void {
  if (worker || inThread) return;
  try {
    // The worker's name carries the database it must open: after a rescue restore that is not the default one.
    worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: activeDatabaseName() });
  } catch {
    fallBack();
    return;
  }
  worker.onmessage = (event: MessageEvent<WorkerResponse>) => receive(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    workerFailed(event.message || 'the exchange worker stopped');
  };
  post({ id: nextId++, type: 'ping' });
}

function fallBack() {
  worker = null;
  inThread ??= import('./jobs');
}

function post(request: WorkerRequest) {
  worker!.postMessage(request);
}

function receive(message: WorkerResponse) {
  alive = true;
  const call = calls.get(message.id);
  if (!call) return;
  if (message.type === 'progress') return call.progress(message.stage);
  calls.delete(message.id);
  if (message.type === 'done') call.resolve(message.result);
  else call.reject(new Error(message.message));
}

/** A worker that never answered did not start: its calls run in the window. One that died mid-job fails them. */
function workerFailed(reason: string) {
  const started = alive;
  worker?.terminate();
  worker = null;
  alive = false;
  const pending = [...calls.values()];
  calls.clear();
  if (!started) fallBack();
  for (const call of pending) {
    if (started) call.reject(new Error(reason));
    else call.run().then(call.resolve, call.reject);
  }
}

let nextJob = 1;

/** One exchange job: an import from read to apply, or an export. */
export class ExchangeClient {
  private readonly job = nextJob++;
  private local: import('./jobs').ImportJob | null = null;

  constructor(private readonly db: WorkbenchDatabase) {
    warmUp();
  }

  prepare(bytes: Uint8Array, progress: Progress): Promise<Prepared> {
    return this.call({ type: 'prepare', bytes }, progress) as Promise<Prepared>;
  }

  apply(progress: Progress): Promise<Applied | Prepared> {
    return this.call({ type: 'apply' }, progress) as Promise<Applied | Prepared>;
  }

  export(request: ExportRequest, progress: Progress): Promise<Exported> {
    return this.call({ type: 'export', request }, progress) as Promise<Exported>;
  }

  /** Lets the worker forget this job (an import kept between its preview and Apply). */
  dispose() {
    this.local = null;
    if (worker) post({ id: nextId++, job: this.job, type: 'dispose' });
  }

  private call(body: Body, progress: Progress): Promise<WorkerResult> {
    const run = () => this.runInThread(body, progress);
    if (!worker) return run();
    const id = nextId++;
    return new Promise((resolve, reject) => {
      calls.set(id, { resolve, reject, progress, run });
      post({ ...body, id, job: this.job } as WorkerRequest);
    });
  }

  private async runInThread(body: Body, progress: Progress): Promise<WorkerResult> {
    const { ImportJob, exportPlan } = await (inThread ??= import('./jobs'));
    if (body.type === 'prepare') {
      this.local = new ImportJob(this.db);
      return this.local.prepare(body.bytes, progress);
    }
    if (body.type === 'apply') {
      if (!this.local) throw new Error('No import to apply');
      return this.local.apply(progress);
    }
    if (body.type === 'export') return exportPlan(this.db, body.request, progress);
    return null;
  }
}
