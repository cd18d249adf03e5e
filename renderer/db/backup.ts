import type { Table } from 'dexie';
import type { Change, EntityType, FieldEdit } from '../../shared/changes/change';
import type { Library } from '../../shared/backup';
import { mergePlans } from '../../shared/exchange';
import { byClock, sameRecord } from '../../shared/exchange/fold';
import { COLLECTIONS, COLLECTION_TYPES, emptyState, type AnyEntity, type PlanState } from '../../shared/exchange/state';
import type { Attachment } from '../../shared/model/review';
import type { Plan } from '../../shared/model/plan';
import { entityTable } from './commit';
import { openDatabase } from './open';
import { DB_NAME, type StoredBlob, type WorkbenchDatabase } from './schema';
import { deviceId, getSetting, setSetting } from './settings';

/**
 * The whole library in and out of the database, for backups (shared/backup). Reading takes
 * one consistent snapshot; restoring writes in one transaction, all or nothing:
 * - a plan the library lacks is added whole (its records, tombstones, change record, bytes);
 * - a plan it has is merged with the backup's copy (shared/exchange mergePlans), exactly as
 *   importing that plan's file would: per field, latest edit wins, concurrent text edits
 *   become conflicts, deletions stick. Nothing on either side is lost, and restoring the
 *   same backup twice changes nothing the second time;
 * - plans the library has and the backup lacks are left alone;
 * - people the library lacks are added; those it has keep their local name and role;
 * - the current profile is taken from the backup only where nobody is set up yet.
 * The device id is never restored: this laptop keeps its own, so its edits stay its own.
 */

const CURRENT_PROFILE = 'profileId';

type Rows = Map<string, AnyEntity[]>;

function byPlan(rows: readonly AnyEntity[]): Rows {
  const grouped: Rows = new Map();
  for (const row of rows) {
    const planId = row.planId as string;
    const list = grouped.get(planId);
    if (list) list.push(row);
    else grouped.set(planId, [row]);
  }
  return grouped;
}

/** An attachment whose bytes the database does not hold: a backup can't be made without them. */
export class MissingAttachmentBytesError extends Error {
  override name = 'MissingAttachmentBytesError';
  constructor(
    readonly planTitle: string,
    readonly attachmentName: string,
  ) {
    super(`attachment "${attachmentName}" of plan "${planTitle}" has no bytes`);
  }
}

/** Every plan (with the trash and deleted plans' tombstones), every person, and the current profile. */
export async function readLibrary(db: WorkbenchDatabase): Promise<Library> {
  const tables = COLLECTION_TYPES.map((type) => entityTable(db, type));
  const snapshot = await db.transaction('r', [db.plans, ...tables, db.changes, db.blobs, db.profiles, db.settings], async () => {
    const [plans, collections, changes, blobs, profiles, current] = await Promise.all([
      db.plans.toArray(),
      Promise.all(tables.map((table) => table.toArray())),
      db.changes.toArray(),
      db.blobs.toArray(),
      db.profiles.toArray(),
      getSetting<string>(db, CURRENT_PROFILE),
    ]);
    return { plans, collections: collections.map((rows) => byPlan(rows as AnyEntity[])), changes: byPlan(changes as unknown as AnyEntity[]), blobs, profiles, current };
  });
  // Bytes are read after the transaction: awaiting a Blob inside one would let it close.
  const blobs = new Map(snapshot.blobs.map((b) => [b.id, b]));
  const plans: PlanState[] = [];
  for (const plan of [...snapshot.plans].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1))) {
    const state = emptyState(plan);
    COLLECTION_TYPES.forEach((type, i) => {
      (state[COLLECTIONS[type]] as AnyEntity[]) = snapshot.collections[i]!.get(plan.id) ?? [];
    });
    state.changes = ((snapshot.changes.get(plan.id) ?? []) as unknown as Change[]).sort(byClock);
    const bytes = new Map<string, Uint8Array>();
    for (const attachment of state.attachments) {
      const stored = blobs.get(attachment.id);
      if (stored) bytes.set(attachment.id, new Uint8Array(await stored.data.arrayBuffer()));
      else if (!attachment.deleted) throw new MissingAttachmentBytesError(plan.title, attachment.name);
    }
    state.blobs = bytes;
    plans.push(state);
  }
  const profiles = [...snapshot.profiles].sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
  const current = snapshot.current && profiles.some((p) => p.id === snapshot.current) ? snapshot.current : null;
  return { plans, profiles, settings: { currentProfileId: current } };
}

/** What a restore did to one plan of the backup. */
export interface RestoredPlan {
  id: string;
  title: string;
  outcome: 'added' | 'merged' | 'unchanged';
  /** For a merged plan, what the merge changed as per-field edits: open windows fold them in (not stamped, not logged). */
  edits: FieldEdit[];
}

export interface RestoreResult {
  plans: RestoredPlan[];
  profilesAdded: number;
  /** The latest clock stamp written: the device's clock must observe it. */
  latestStamp: string | null;
}

/** A backup record whose id another plan of this library already uses: restoring it would overwrite that plan's record. */
export class RestoreCollisionError extends Error {
  override name = 'RestoreCollisionError';
}

/** Makes a thumbnail for an image attachment's bytes (the review feature's, injected to keep db/ free of canvases). */
export type Thumbnailer = (data: Blob) => Promise<Blob | null>;

/**
 * Restores a backup into the database in one transaction (see the rules at the top). Bytes
 * become Blobs, and images get their thumbnails, before it starts.
 */
export async function restoreLibrary(db: WorkbenchDatabase, library: Library, thumbnail?: Thumbnailer): Promise<RestoreResult> {
  const prepared = await prepareBlobs(db, library, thumbnail);
  const tables = COLLECTION_TYPES.map((type) => entityTable(db, type));
  return db.transaction('rw', [db.plans, ...tables, db.changes, db.blobs, db.profiles, db.settings], async () => {
    const writes = new Map<EntityType, AnyEntity[]>();
    const add = (type: EntityType, rows: readonly AnyEntity[]) => writes.set(type, [...(writes.get(type) ?? []), ...rows]);
    const changes: Change[] = [];
    const plans: RestoredPlan[] = [];
    const local = await db.plans.bulkGet(library.plans.map((s) => s.plan.id));
    for (const [i, incoming] of library.plans.entries()) {
      const existing = local[i];
      if (!existing) {
        add('plan', [incoming.plan]);
        for (const type of COLLECTION_TYPES) add(type, incoming[COLLECTIONS[type]] as AnyEntity[]);
        changes.push(...incoming.changes);
        plans.push({ id: incoming.plan.id, title: incoming.plan.title, outcome: 'added', edits: [] });
        continue;
      }
      const outcome = mergePlans(await loadPlanState(db, existing), incoming);
      if (!outcome.ok) throw new RestoreCollisionError(outcome.error.detail);
      const entities = outcome.apply.entities.map(({ entity, value }) => ({ entity, value: entity === 'plan' ? keepLastEdited(value, existing, incoming.plan) : value }));
      const updates = entities.filter(({ entity, value }) => !(entity === 'plan' && sameRecord(value, existing as unknown as AnyEntity)));
      for (const { entity, value } of updates) add(entity, [value]);
      changes.push(...outcome.apply.changes);
      const title = (outcome.merged.plan.title || existing.title) as string;
      const touched = updates.length > 0 || outcome.apply.changes.length > 0;
      plans.push({ id: incoming.plan.id, title, outcome: touched ? 'merged' : 'unchanged',
        // "Last edited" is kept as the latest either side knew (keepLastEdited), not as the merge replayed it.
        edits: outcome.apply.edits.filter((e) => !(e.entity === 'plan' && e.field === 'updatedAt')),
      });
    }
    await checkCollisions(db, writes, changes);
    const present = new Set((await db.blobs.bulkGet(prepared.map((b) => b.id))).filter((b) => !!b).map((b) => b!.id));
    const profiles = await db.profiles.bulkGet(library.profiles.map((p) => p.id));
    const newProfiles = library.profiles.filter((_, i) => !profiles[i]);
    const current = await getSetting<string>(db, CURRENT_PROFILE);
    await Promise.all([
      ...[...writes].map(([type, rows]) => entityTable(db, type).bulkPut(rows)),
      changes.length ? db.changes.bulkPut(changes) : undefined,
      db.blobs.bulkPut(prepared.filter((b) => !present.has(b.id))),
      newProfiles.length ? db.profiles.bulkPut(newProfiles) : undefined,
      !current && library.settings.currentProfileId ? setSetting(db, CURRENT_PROFILE, library.settings.currentProfileId) : undefined,
    ]);
    const latestStamp = changes.reduce<string | null>((latest, c) => (latest === null || c.hlc > latest ? c.hlc : latest), null);
    return { plans, profilesAdded: newProfiles.length, latestStamp };
  });
}

/**
 * "Last edited" is stamped by the store, not recorded as a change after the plan's creation,
 * so a merge replaying the creation would take it back to the day the plan was made: keep
 * the latest either side knew.
 */
function keepLastEdited(merged: AnyEntity, local: Plan, incoming: Plan): AnyEntity {
  return { ...merged, updatedAt: Math.max(merged.updatedAt as number, local.updatedAt, incoming.updatedAt) };
}

/** A plan as the merge sees it, read inside the caller's transaction (attachment bytes are not needed: only which exist). */
async function loadPlanState(db: WorkbenchDatabase, plan: Plan): Promise<PlanState> {
  const of = (table: Table<AnyEntity, string>) => table.where('planId').equals(plan.id).toArray();
  const [collections, changes] = await Promise.all([
    Promise.all(COLLECTION_TYPES.map((type) => of(entityTable(db, type) as unknown as Table<AnyEntity, string>))),
    db.changes.where('planId').equals(plan.id).toArray(),
  ]);
  const state = emptyState(plan);
  COLLECTION_TYPES.forEach((type, i) => {
    (state[COLLECTIONS[type]] as AnyEntity[]) = collections[i]!;
  });
  state.changes = changes.sort(byClock);
  return state;
}

/**
 * Records are keyed by id across the whole database: a backup record whose id belongs to
 * another plan here would overwrite it. Only a crafted or damaged file can do that; it is
 * refused whole.
 */
async function checkCollisions(db: WorkbenchDatabase, writes: ReadonlyMap<EntityType, AnyEntity[]>, changes: readonly Change[]) {
  const checks = [...writes].filter(([type]) => type !== 'plan').map(async ([type, rows]) => {
    const found = await entityTable(db, type).bulkGet(rows.map((r) => r.id));
    const clash = found.findIndex((row, i) => row && (row as AnyEntity).planId !== rows[i]!.planId);
    if (clash >= 0) throw new RestoreCollisionError(`${type} "${rows[clash]!.id}" belongs to another plan on this laptop`);
  });
  const changeCheck = (async () => {
    const found = await db.changes.bulkGet(changes.map((c) => c.id));
    const clash = found.findIndex((row, i) => row && row.planId !== changes[i]!.planId);
    if (clash >= 0) throw new RestoreCollisionError(`change "${changes[clash]!.id}" belongs to another plan on this laptop`);
  })();
  await Promise.all([...checks, changeCheck]);
}

/** The backup's attachment bytes this database lacks, as the Blobs it stores (with thumbnails). */
async function prepareBlobs(db: WorkbenchDatabase, library: Library, thumbnail?: Thumbnailer): Promise<StoredBlob[]> {
  const wanted: Array<{ attachment: Attachment; bytes: Uint8Array }> = [];
  for (const state of library.plans) {
    for (const attachment of state.attachments) {
      const bytes = state.blobs.get(attachment.id);
      if (bytes) wanted.push({ attachment, bytes });
    }
  }
  const present = await db.blobs.bulkGet(wanted.map((w) => w.attachment.id));
  const missing = wanted.filter((_, i) => !present[i]);
  const blobs: StoredBlob[] = [];
  for (const { attachment, bytes } of missing) {
    const data = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: attachment.type });
    blobs.push({ id: attachment.id, planId: attachment.planId, data, thumbnail: thumbnail ? await thumbnail(data) : null });
  }
  return blobs;
}

/**
 * Where the app keeps its plans. Normally the one database; after a restore into a fresh
 * database (when the usual one could not be opened) this remembers the new one, so the
 * app opens it from then on. The database that failed is left as it was, never deleted.
 */
const ACTIVE_DATABASE_KEY = 'campaign-workbench:database';

export function activeDatabaseName(): string {
  try {
    return localStorage.getItem(ACTIVE_DATABASE_KEY) ?? DB_NAME;
  } catch {
    return DB_NAME;
  }
}

export type FreshRestore = { ok: true; name: string; result: RestoreResult } | { ok: false; reason: 'storageUnavailable' | 'cannotRemember'; detail: string };

/**
 * Restores a backup into a new, empty database beside the one that can't be opened, and
 * makes it the one the app opens. If IndexedDB itself is unusable nothing can be stored, and
 * this says so (`storageUnavailable`) without touching anything. A failed restore leaves no
 * half-filled database behind.
 */
export async function restoreIntoFreshDatabase(library: Library, thumbnail?: Thumbnailer, now = Date.now()): Promise<FreshRestore> {
  const name = `${DB_NAME}-restored-${now}`;
  const opened = await openDatabase(name);
  if (!opened.ok) return { ok: false, reason: 'storageUnavailable', detail: opened.failure.detail };
  const { db } = opened;
  const discard = async () => {
    db.close();
    await db.delete().catch(() => undefined);
  };
  let result: RestoreResult;
  try {
    await deviceId(db);
    result = await restoreLibrary(db, library, thumbnail);
  } catch (error) {
    await discard();
    throw error;
  }
  try {
    localStorage.setItem(ACTIVE_DATABASE_KEY, name);
  } catch (error) {
    // Without the pointer the app would never open the restored database: don't leave it behind.
    await discard();
    return { ok: false, reason: 'cannotRemember', detail: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
  db.close();
  return { ok: true, name, result };
}
