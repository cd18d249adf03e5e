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
