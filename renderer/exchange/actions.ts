import i18next from 'i18next';
import type { Change, FieldEdit } from '../../shared/changes/change';
import { FILE_TYPES, safeFileName } from '../../shared/ipc/files';
import { newId } from '../../shared/model/ids';
import { statusEdits } from '../../shared/review/edits';
import { navigate, parseRoute, planHash } from '../app/router';
import type { Session } from '../app/session';
import { flush, receiveChanges, useEditor } from '../canvas/store';
import { commitEdits } from '../db';
import { reloadLibrary } from '../library/store';
import { FileAccessError } from '../platform';
import { authorId, loadProfiles, useProfile } from '../profile/store';
import { setPlanStatus } from '../review/actions';
import { announceChanges, announceLibrary } from '../sync/channel';
import { ExchangeClient } from './client';
import type { Applied, ExportKind, Prepared } from './jobs';
import { isBusy, setJob, setStage, showToast, useExchange } from './store';

/**
 * What the exchange commands do: import a file (from the picker or a drop) through its
 * preview, and export the open plan as a plan, a review package or a field return. The
 * heavy steps run in the exchange worker (client.ts); this module moves the UI along and,
 * once an import is written, brings every window up to date.
 */

const t = (key: string, options?: Record<string, unknown>) => i18next.t(key, options ?? {});

/** The job in progress and its worker; null between jobs. */
let client: ExchangeClient | null = null;

function endClient() {
  client?.dispose();
  client = null;
}

/** Import from the file picker. Called straight from a click or a key, so the browser lets the picker open. */
export function importFromPicker(session: Session): void {
  if (isBusy()) return;
  session.platform.openFile({ kinds: ['plan'] }).then(
    (file) => {
      if (file) void importBytes(session, file.name, file.bytes);
    },
    (error: unknown) => failed('import', error),
  );
}

/** Import a file dropped on the window. */
export async function importDropped(session: Session, file: File): Promise<void> {
  if (isBusy()) return;
  const { maxBytes } = FILE_TYPES.plan;
  if (file.size > maxBytes) {
    setJob({ phase: 'refused', fileName: file.name, refusal: { code: 'tooLarge', detail: `${file.size} bytes; the limit is ${maxBytes}` } });
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    failed('import', new FileAccessError('notFound', file.name, error instanceof Error ? error.message : String(error)));
    return;
  }
  await importBytes(session, file.name, bytes);
}

async function importBytes(session: Session, fileName: string, bytes: Uint8Array): Promise<void> {
  if (isBusy()) return;
  setJob({ phase: 'working', action: 'import', fileName, stage: 'reading' });
  try {
    // Edits still queued in this window land first: the merge compares with what is stored.
    await flush();
    const job = (client = new ExchangeClient(session.db));
    const prepared = await job.prepare(bytes, setStage);
    // Cancelled while it was reading: the answer is for nobody.
    if (client === job) await advance(session, fileName, prepared);
  } catch (error) {
    failed('import', error, fileName);
  }
}

async function advance(session: Session, fileName: string, result: Prepared | Applied): Promise<void> {
  if (!('mode' in result)) return finish(session, fileName, result);
  if (result.mode === 'refused') {
    endClient();
    setJob({ phase: 'refused', fileName, refusal: result.refusal });
  } else if (result.mode === 'new') {
    // A plan not in the library yet: nothing to compare, so nothing to preview.
    setJob({ phase: 'working', action: 'import', fileName, stage: 'saving' });
    await advance(session, fileName, await client!.apply(setStage));
  } else {
    setJob({ phase: 'preview', fileName, preview: result.preview, stale: result.stale });
  }
}

/** Apply the previewed merge. A preview with nothing new just closes. */
export async function applyPreview(session: Session): Promise<void> {
  const job = useExchange.getState().job;
  if (job?.phase !== 'preview' || !client) return;
  if (job.preview.unchanged) {
    cancelJob();
    showToast(t('exchange.done.unchanged', { title: job.preview.planTitle, name: job.fileName }), 'info');
    return;
  }
  setJob({ phase: 'working', action: 'import', fileName: job.fileName, stage: 'saving' });
  try {
    await advance(session, job.fileName, await client.apply(setStage));
  } catch (error) {
    failed('import', error, job.fileName);
  }
}

/** Cancel the preview, a refusal, or an import still reading or comparing: nothing has been written. */
export function cancelJob(): void {
  endClient();
  setJob(null);
}

/** The import is written: fold it into this window and tell the others, then show the plan. */
async function finish(session: Session, fileName: string, applied: Applied): Promise<void> {
  endClient();
  const { planId } = applied;
  // Later edits on this device must sort after everything just imported.
  if (applied.latestStamp) session.clock.observe(applied.latestStamp);
  const shown = describedAsChanges(session, planId, applied.edits, applied.latestStamp);
  if (shown.length > 0) {
    receiveChanges(planId, shown);
    announceChanges(planId, shown);
  } else {
    announceLibrary();
  }
  if (applied.status) {
    // Sign-offs that came in completed (or no longer hold) an agreement: an ordinary edit, after the import.
    try {
      const changes = await commitEdits(session.db, { planId, author: authorId(), clock: session.clock }, statusEdits(applied.status.plan, applied.status.next), { kind: 'none' });
      receiveChanges(planId, changes);
      announceChanges(planId, changes);
    } catch (error) {
      // The import itself is saved; the status can still be set by hand.
      console.error('Status after the import not saved', error);
    }
  }
  await Promise.all([loadProfiles(session.db), reloadLibrary(session.db)]);
  setJob(null);
  const title = applied.title || t('canvas.node.untitled');
  showToast(t(applied.isNew ? 'exchange.done.opened' : 'exchange.done.merged', { title, name: fileName }));
  const route = parseRoute(window.location.hash);
  if (!(route.screen !== 'library' && route.planId === planId)) navigate(planHash(planId));
}

/**
 * The merge's per-field edits in the shape the sync channel and the stores take. They are
 * not records (the imported changes are, already stored): stamped with the latest imported
 * stamp, which every window must observe anyway.
 */
function describedAsChanges(session: Session, planId: string, edits: readonly FieldEdit[], stamp: string): Change[] {
  if (edits.length === 0) return [];
  const txId = newId();
  const hlc = stamp || session.clock.tick();
  return edits.map((edit) => ({ ...edit, id: newId(), planId, txId, author: authorId(), deviceId: session.clock.deviceId, hlc }));
}

/**
 * Export the open plan: the whole plan, a package for reps (which puts a draft in field
 * review), or this person's field return.
 */
export async function exportOpenPlan(session: Session, kind: ExportKind): Promise<void> {
  if (isBusy()) return;
  const { planId, plan } = useEditor.getState();
  const profile = useProfile.getState().profile;
  if (!plan || !profile) return;
  const title = plan.title || t('canvas.node.untitled');
  setJob({ phase: 'working', action: 'export', title, stage: 'reading' });
  try {
    if (kind === 'package' && plan.status === 'draft') await setPlanStatus('inFieldReview');
    await flush();
    client = new ExchangeClient(session.db);
    const exporter = { profileId: profile.id, name: profile.name, role: profile.role, deviceId: session.clock.deviceId };
    const result = await client.export({ planId, kind, exporter, now: Date.now() }, setStage);
    endClient();
    setJob(null);
    if (!result.ok) {
      if (result.reason === 'nothingToReturn') showToast(t('exchange.done.nothingToReturn'), 'info');
      else setJob({ phase: 'failed', action: 'export', message: t('exchange.failed.missing'), detail: `plan ${planId}` });
      return;
    }
    const name = safeFileName(t(`exchange.fileName.${kind}`, { title: result.title || title, name: profile.name }), 'plan');
    const outcome = await session.platform.saveFile({ suggestedName: name, bytes: result.bytes, kind: 'plan' });
    if (outcome === 'cancelled') return;
    if (kind === 'package') showToast(t('exchange.done.sent', { name }));
    else showToast(t(session.platform.kind === 'browser' ? 'exchange.done.downloaded' : 'exchange.done.saved', { name }));
  } catch (error) {
    endClient();
    failed('export', error);
  }
}

/** A file that could not be read or written, or something unforeseen: said in words, with the details kept. */
function failed(action: 'import' | 'export', error: unknown, fileName = ''): void {
  endClient();
  if (error instanceof FileAccessError) {
    setJob({ phase: 'failed', action, message: t(`exchange.fileError.${error.code}`, { name: error.fileName }), detail: error.detail });
    return;
  }
  console.error(`Exchange ${action} failed`, error);
  const detail = error instanceof Error ? error.message : String(error);
  if (action === 'import') setJob({ phase: 'refused', fileName, refusal: { code: 'failed', detail } });
  else setJob({ phase: 'failed', action, message: t('exchange.failed.export'), detail });
}
