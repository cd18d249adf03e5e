import type { TFunction } from 'i18next';
import { newId } from '../../shared/model/ids';
import { summarizeBackup, type BackupFile, type BackupReadError, type Library } from '../../shared/backup';
import { version as APP_VERSION } from '../../package.json';
import type { Session } from '../app/session';
import { openPlan, useEditor } from '../canvas/store';
import {
  MissingAttachmentBytesError,
  readLibrary,
  restoreIntoFreshDatabase,
  restoreLibrary,
  RestoreCollisionError,
  type RestoreResult,
} from '../db';
import { reloadLibrary } from '../library/store';
import type { Platform } from '../platform';
import { FileAccessError } from '../platform/platform';
import { authorId, loadProfiles, useProfile } from '../profile/store';
import { openReviews } from '../review/store';
import { makeThumbnail } from '../review/thumbnail';
import { announceChanges, announceLibrary } from '../sync/channel';
import { decodeBackup, encodeBackup } from './codec';
import { isBusy, setTask, showBackupNotice, showDialog } from './store';

/**
 * Backing up the whole library to one file, and restoring one: each step shows progress,
 * every failure says what happened in words, and a refused backup changes nothing.
 */

/** `campaign-workbench-backup-2026-01-12.cwbackup`, in this laptop's local date. */
export function backupFileName(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `campaign-workbench-backup-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function describeError(error: unknown, t: TFunction): string {
  if (error instanceof FileAccessError) return t(`exchange.fileError.${error.code}`, { name: error.fileName, defaultValue: t('backup.error.saveFailed', { message: error.detail }) });
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return t('backup.error.storageFull');
  if (error instanceof Error && /QuotaExceeded/.test(`${error.name} ${error.message}`)) return t('backup.error.storageFull');
  if (error instanceof RestoreCollisionError) return t('backup.error.collision');
  return t('backup.error.unknown', { message: error instanceof Error ? error.message : String(error) });
}

const technical = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error));

/** A refused backup in words: what is wrong, where, and that nothing changed. */
export function refusalMessage(error: BackupReadError, t: TFunction): string {
  return [
    t(`backup.error.code.${error.code}`),
    error.plan ? t('backup.error.inPlan', { entry: error.plan.entry, id: error.plan.id }) : null,
    t('backup.error.nothingChanged'),
  ]
    .filter(Boolean)
    .join(' ');
}

export function refusalDetail(error: BackupReadError): string {
  return `${error.code}: ${error.detail}${error.path ? ` (at ${error.path})` : ''}`;
}

/** What a library holds, in counts a person reads ("3 plans", "2 people", "1 attachment"). */
function counts(library: Library, t: TFunction) {
  const visible = library.plans.filter((s) => !s.plan.deleted);
  return {
    plans: t('backup.counts.plans', { count: visible.length }),
    people: t('backup.counts.people', { count: library.profiles.length }),
    attachments: t('backup.counts.attachments', { count: visible.reduce((n, s) => n + s.attachments.filter((a) => !a.deleted).length, 0) }),
  };
}

/** Backs up every plan (the trash and deleted plans' tombstones too), the people and who is working. */
export async function backUpAll(session: Session, t: TFunction): Promise<void> {
  if (isBusy()) return;
  showBackupNotice(null);
  setTask({ kind: 'backup', step: 'reading', done: 0, total: 0 });
  try {
    const library = await readLibrary(session.db);
    const said = counts(library, t);
    const profile = useProfile.getState().profile;
    const now = new Date();
    const bytes = await encodeBackup(
      library,
      { appVersion: APP_VERSION, createdAt: now.getTime(), createdBy: profile ? { profileId: profile.id, name: profile.name, role: profile.role } : null },
      (done, total) => setTask({ kind: 'backup', step: 'writing', done, total }),
    );
    setTask({ kind: 'backup', step: 'saving', done: 0, total: 0 });
    const outcome = await session.platform.saveFile({ suggestedName: backupFileName(now), bytes, kind: 'backup' });
    showBackupNotice(outcome === 'saved' ? t('backup.saved', said) : t('backup.notSaved'));
  } catch (error) {
    console.error('Backup failed', error);
    const message = error instanceof MissingAttachmentBytesError ? t('backup.error.missingBytes', { name: error.attachmentName, plan: error.planTitle }) : describeError(error, t);
    showDialog({ kind: 'error', about: 'backup', message, detail: technical(error) });
  } finally {
    setTask(null);
  }
}

/**
 * Lets the person pick a backup, reads and checks it (in the worker) and shows what it
 * holds. Nothing is written until they confirm. `libraryEmpty` picks the explanation.
 */
export async function chooseBackup(platform: Platform, t: TFunction, libraryEmpty: boolean): Promise<void> {
  if (isBusy()) return;
  showBackupNotice(null);
  let file: { name: string; bytes: Uint8Array } | null;
  try {
    file = await platform.openFile({ kinds: ['backup'] });
  } catch (error) {
    showDialog({ kind: 'error', about: 'restore', message: `${describeError(error, t)} ${t('backup.error.nothingChanged')}`, detail: technical(error) });
    return;
  }
  if (!file) return;
  const fileBytes = file.bytes.length;
  setTask({ kind: 'restore', step: 'opening', done: 0, total: 0 });
  try {
    const read = await decodeBackup(file.bytes, (done, total) => setTask({ kind: 'restore', step: 'checking', done, total }));
    if (!read.ok) {
      showDialog({ kind: 'error', about: 'restore', message: refusalMessage(read.error, t), detail: refusalDetail(read.error) });
      return;
    }
    showDialog({ kind: 'preview', backup: read.backup, summary: summarizeBackup(read.backup), fileBytes, libraryEmpty });
  } catch (error) {
    showDialog({ kind: 'error', about: 'restore', message: `${describeError(error, t)} ${t('backup.error.nothingChanged')}`, detail: technical(error) });
  } finally {
    setTask(null);
  }
}

export function restoredMessage(result: RestoreResult, t: TFunction): string {
  const count = (outcome: string) => result.plans.filter((p) => p.outcome === outcome).length;
  return t('backup.restore.done', { added: count('added'), merged: count('merged'), unchanged: count('unchanged') });
}

/** Restores the backup the person confirmed, into this laptop's database, in one transaction. */
export async function restoreConfirmed(session: Session, backup: BackupFile, t: TFunction): Promise<void> {
  showDialog(null);
  setTask({ kind: 'restore', step: 'restoring', done: 0, total: 0 });
  try {
    const result = await restoreLibrary(session.db, backup.library, makeThumbnail);
    // Edits made here from now on must sort after everything the backup brought.
    if (result.latestStamp) session.clock.observe(result.latestStamp);
    await afterRestore(session, result);
    showBackupNotice(restoredMessage(result, t));
  } catch (error) {
    console.error('Restore failed', error);
    const message = describeError(error, t);
    showDialog({ kind: 'error', about: 'restore', message: `${message} ${t('backup.error.nothingChanged')}`, detail: technical(error) });
  } finally {
    setTask(null);
  }
}

/** Everyone sees the restored library: this window's lists and open plan, and the other windows. */
async function afterRestore(session: Session, result: RestoreResult) {
  // Other windows fold a merged plan's edits in as changes (described, not stored: the log has the real ones).
  for (const plan of result.plans) {
    if (plan.outcome !== 'merged' || plan.edits.length === 0) continue;
    const txId = newId();
    const hlc = result.latestStamp ?? session.clock.tick();
    announceChanges(plan.id, plan.edits.map((edit) => ({ ...edit, id: newId(), planId: plan.id, txId, author: authorId(), deviceId: session.clock.deviceId, hlc })));
  }
  announceLibrary();
  await Promise.all([loadProfiles(session.db), reloadLibrary(session.db)]);
  const open = useEditor.getState().planId;
  if (open && result.plans.some((p) => p.id === open && p.outcome !== 'unchanged')) {
    await Promise.all([openPlan(session, open), openReviews(session, open)]);
  }
}

/**
 * From the screen shown when the database can't be opened: restores into a new, empty
 * database (the old one is kept), then reloads the app onto it.
 */
export async function restoreIntoNewDatabase(backup: BackupFile, t: TFunction): Promise<{ ok: true; message: string } | { ok: false; message: string; detail: string }> {
  try {
    const restored = await restoreIntoFreshDatabase(backup.library, makeThumbnail);
    if (!restored.ok) return { ok: false, message: t(`backup.rescue.${restored.reason}`), detail: restored.detail };
    return { ok: true, message: t('backup.rescue.done', { plans: t('backup.counts.plans', { count: backup.library.plans.filter((s) => !s.plan.deleted).length }) }) };
  } catch (error) {
    return { ok: false, message: `${describeError(error, t)} ${t('backup.error.nothingChanged')}`, detail: technical(error) };
  }
}

