import Dexie from 'dexie';
import { WorkbenchDatabase } from './schema';

export type OpenFailure =
  | { reason: 'newerVersion'; detail: string }
  | { reason: 'blocked'; detail: string }
  | { reason: 'unavailable'; detail: string };

export type OpenResult = { ok: true; db: WorkbenchDatabase } | { ok: false; failure: OpenFailure };

/**
 * Opens the database and sorts failures into the three a person can act on: written by a
 * newer app (update), held by another window mid-upgrade (close it), or unusable (storage
 * off, disk full, corrupt). The caller shows a screen for each, never a blank window.
 */
export async function openDatabase(name?: string): Promise<OpenResult> {
  const db = new WorkbenchDatabase(name);
  let blocked = false;
  db.on('blocked', () => {
    blocked = true;
  });
  // Another window upgrading the schema asks us to let go; close so it can proceed.
  db.on('versionchange', () => {
    db.close();
    return false;
  });
  try {
    const installed = await installedVersion(db.name);
    if (installed > expectedVersion(db)) {
      return { ok: false, failure: { reason: 'newerVersion', detail: `database version ${installed} > ${expectedVersion(db)}` } };
    }
    await db.open();
    return { ok: true, db };
  } catch (error) {
    db.close();
    return { ok: false, failure: classify(error, blocked) };
  }
}

function classify(error: unknown, blocked: boolean): OpenFailure {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (error instanceof Dexie.VersionError || /VersionError/.test(detail)) return { reason: 'newerVersion', detail };
  if (blocked || error instanceof Dexie.DatabaseClosedError) return { reason: 'blocked', detail };
  return { reason: 'unavailable', detail };
}

/** Dexie stores schema version n as IndexedDB version n × 10. */
function expectedVersion(db: WorkbenchDatabase): number {
  return Math.round(db.verno * 10);
}

/**
 * The version already on disk. Asked before opening because Dexie, faced with a newer
 * database, quietly opens it at that version and adds its own tables: a newer app's data
 * would be altered instead of refused.
 */
async function installedVersion(name: string): Promise<number> {
  if (typeof indexedDB.databases !== 'function') return 0;
  const found = (await indexedDB.databases()).find((info) => info.name === name);
  return found?.version ?? 0;
}
