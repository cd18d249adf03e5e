import type { Table } from 'dexie';
import type { Change, EntityType } from '../../shared/changes/change';
import { ENTITY_TYPES } from '../../shared/changes/change';
import type { VersionVector } from '../../shared/exchange';
import { COLLECTION_TYPES, COLLECTIONS, emptyState, type PlanState } from '../../shared/exchange/state';
import type { Profile } from '../../shared/model/profile';
import { entityTable } from './commit';
import { getSetting, setSetting } from './settings';
import type { StoredBlob, WorkbenchDatabase } from './schema';

/**
 * Plans coming in from files and going out to them (issue 4): a plan's whole state as the
 * merge and the file writer see it, and the one transaction that takes an import in.
 */

/** What the local copy of a plan was when a merge was computed: if it moved, the merge is stale. */
export interface PlanFingerprint {
  changes: number;
  latest: string;
}

export interface LoadedPlanState {
  state: PlanState;
  fingerprint: PlanFingerprint;
}

/** Which attachment bytes to read: none (a merge only needs the records), all (an export), or some. */
export type BlobChoice = 'none' | 'all' | readonly string[];

type PlanRows = Table<{ id: string; planId: string }, string>;

/**
 * A plan as the exchange code sees it: the plan record (even a tombstone), every record of
 * every type with tombstones, the change record in clock order, the people known on this
 * device, and the chosen attachment bytes. Undefined when this device has never had the plan.
 */
export async function loadPlanState(db: WorkbenchDatabase, planId: string, blobs: BlobChoice = 'none'): Promise<LoadedPlanState | undefined> {
  const collections = COLLECTION_TYPES;
  const loaded = await db.transaction('r', [...ENTITY_TYPES.map((t) => entityTable(db, t)), db.changes, db.profiles, db.blobs], async () => {
    const plan = await db.plans.get(planId);
    if (!plan) return undefined;
    const [rows, changes, profiles, stored] = await Promise.all([
      Promise.all(collections.map((type) => (entityTable(db, type) as unknown as PlanRows).where('planId').equals(planId).toArray())),
      planLog(db, planId).toArray(),
      db.profiles.toArray(),
      readBlobs(db, planId, blobs),
    ]);
    return { plan, rows, changes, profiles, stored };
  });
  if (!loaded) return undefined;
  const { plan, rows, changes, profiles, stored } = loaded;
  // Blob bytes are read outside the transaction: awaiting anything but IndexedDB inside it would end it.
  const bytes = await Promise.all(stored.map(async (b) => [b.id, new Uint8Array(await b.data.arrayBuffer())] as const));
  const state = { ...emptyState(plan), changes, profiles, blobs: new Map(bytes) };
  collections.forEach((type, i) => {
    (state as unknown as Record<string, unknown[]>)[COLLECTIONS[type]] = rows[i]!;
  });
  return { state, fingerprint: { changes: changes.length, latest: changes.at(-1)?.hlc ?? '' } };
}

function planLog(db: WorkbenchDatabase, planId: string) {
  return db.changes.where('[planId+hlc]').between([planId, ''], [planId, '\uffff']);
}

function readBlobs(db: WorkbenchDatabase, planId: string, choice: BlobChoice): Promise<StoredBlob[]> {
  if (choice === 'none') return Promise.resolve([]);
  if (choice === 'all') return db.blobs.where('planId').equals(planId).toArray();
  return db.blobs.bulkGet([...choice]).then((rows) => rows.filter((row): row is StoredBlob => !!row && row.planId === planId));
}

async function fingerprintOf(db: WorkbenchDatabase, planId: string): Promise<PlanFingerprint> {
  const [changes, last] = await Promise.all([db.changes.where('planId').equals(planId).count(), planLog(db, planId).last()]);
  return { changes, latest: last?.hlc ?? '' };
}

/** What an import writes: the merge's `apply` (or a whole new plan), as it is. */
export interface ImportWrite {
  planId: string;
  /**
   * 'absent': the plan must not be on this device yet (a plan opened from a file). Otherwise
   * the fingerprint of the local copy the merge was computed from.
   */
  expect: PlanFingerprint | 'absent';
  /** Change records new to this device: stored exactly as they are, never re-stamped. */
  changes: readonly Change[];
  /** Records as they are to be stored (tombstones included). */
  entities: ReadonlyArray<{ entity: EntityType; value: { id: string } & Record<string, unknown> }>;
  /** Bytes (and thumbnails) of attachments new to this device. */
  blobs: readonly StoredBlob[];
  /** People the file names; the ones this device already knows keep their local record. */
  profiles: readonly Profile[];
  /** A plan's or package's version vector: what this device's field return will be made against. */
  base?: VersionVector;
}

export type ImportWriteResult = { ok: true } | { ok: false; reason: 'stale' };

/**
 * Takes an import in with one read-write transaction: all of it or, if anything fails,
 * nothing. When the local copy moved since the merge was computed (an edit in another
 * window, another import), nothing is written and the caller merges again.
 */
export async function applyImport(db: WorkbenchDatabase, write: ImportWrite): Promise<ImportWriteResult> {
  const tables = [...ENTITY_TYPES.map((t) => entityTable(db, t)), db.changes, db.blobs, db.profiles, db.settings];
  return db.transaction('rw', tables, async () => {
    if (write.expect === 'absent' ? (await db.plans.get(write.planId)) !== undefined : !sameFingerprint(await fingerprintOf(db, write.planId), write.expect)) {
      return { ok: false, reason: 'stale' } as const;
    }
    const byType = new Map<EntityType, Array<{ id: string }>>();
    for (const { entity, value } of write.entities) {
      if (entity === 'plan' ? value.id !== write.planId : value.planId !== write.planId) throw new Error(`${entity} ${value.id} is not of plan ${write.planId}`);
      byType.set(entity, [...(byType.get(entity) ?? []), value]);
    }
    if (write.changes.some((c) => c.planId !== write.planId)) throw new Error(`a change is not of plan ${write.planId}`);
    if (write.blobs.some((b) => b.planId !== write.planId)) throw new Error(`an attachment is not of plan ${write.planId}`);
    const known = new Set((await db.profiles.bulkGet(write.profiles.map((p) => p.id))).flatMap((p) => (p ? [p.id] : [])));
    const newPeople = write.profiles.filter((p) => !known.has(p.id));
    await Promise.all([
      ...[...byType].map(([type, rows]) => entityTable(db, type).bulkPut(rows)),
      write.changes.length ? db.changes.bulkPut([...write.changes]) : undefined,
      write.blobs.length ? db.blobs.bulkPut([...write.blobs]) : undefined,
      newPeople.length ? db.profiles.bulkAdd(newPeople) : undefined,
      write.base ? setSetting(db, baseKey(write.planId), write.base) : undefined,
    ]);
    return { ok: true } as const;
  });
}

function sameFingerprint(a: PlanFingerprint, b: PlanFingerprint): boolean {
  return a.changes === b.changes && a.latest === b.latest;
}

const baseKey = (planId: string) => `exchange.base.${planId}`;

/** The version vector of the last plan or package imported for this plan (empty: none). */
export async function loadReturnBase(db: WorkbenchDatabase, planId: string): Promise<VersionVector> {
  return (await getSetting<VersionVector>(db, baseKey(planId))) ?? {};
}
