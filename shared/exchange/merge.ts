import type { Change, EntityType, FieldEdit } from '../changes/change';
import { diffEntity } from '../changes/diff';
import { conflictId, type Conflict } from '../model/conflict';
import { ENTITY_SCHEMAS, isContentEdit } from '../model/entities';
import type { Plan } from '../model/plan';
import type { Profile } from '../model/profile';
import { survivingVersions, type FieldSide } from './concurrency';
import { isTextField } from './fields';
import { byClock, combineStates, foldChanges, sameRecord } from './fold';
import { previewMerge, type MergePreview } from './preview';
import { COLLECTIONS, COLLECTION_TYPES, EntityIndex, entitiesOf, entityKey, type AnyEntity, type PlanState } from './state';

/** What the importing device writes, in one transaction, to take a merge in. */
export interface LocalApply {
  /** Change records new to this device: add them to its log as they are, never re-stamped. */
  changes: Change[];
  /** Records whose state the merge changes, as they are to be stored. */
  entities: Array<{ entity: EntityType; value: AnyEntity }>;
  /**
   * The same as per-field edits from the local state, for folding into open windows. They
   * describe the merge; `changes` are its record, so these are not stamped or logged.
   */
  edits: FieldEdit[];
  /** Bytes of attachments new to this device. */
  blobs: Map<string, Uint8Array>;
  /** People new to this device. */
  profiles: Profile[];
}

export interface MergeResult {
  merged: PlanState;
  apply: LocalApply;
  preview: MergePreview;
}

export type MergeOutcome = ({ ok: true } & MergeResult) | { ok: false; error: { code: 'planMismatch'; detail: string } };

/**
 * Merges another copy of a plan (a file, a return) into the local one, per field:
 * - the merged change record is the union of both, by change id;
 * - each record's fields take the latest change (hybrid logical clock; the id breaks ties),
 *   so edits to different fields merge silently and structured fields go to the latest edit;
 * - a deletion is a change like any other, so it outlives every older file;
 * - two concurrent edits of a text field (see concurrency.ts) keep both: the field shows
 *   the later, a conflict record keeps the other until someone resolves it;
 * - records nobody changed are kept from whichever side has them: nothing is dropped;
 * - the plan's revision is the latest content change's stamp.
 * The result depends only on the two states, never on which is local (see merge.test.ts).
 */
export function mergePlans(local: PlanState, incoming: PlanState): MergeOutcome {
  if (local.plan.id !== incoming.plan.id) {
    return { ok: false, error: { code: 'planMismatch', detail: `plan "${incoming.plan.id}" cannot merge into plan "${local.plan.id}"` } };
  }
  const mine = new EntityIndex(local);
  const theirs = new EntityIndex(incoming);
  const scope = mergeScope(local, incoming, mine);
  const decided = new Map<string, { entity: EntityType; value: AnyEntity }>();
  for (const { entity, id } of scope.recompute) {
    const value = foldEntity(entity, id, mine.get(entity, id), theirs.get(entity, id), scope.changesOf(entity, id));
    if (value) decided.set(entityKey(entity, id), { entity, value });
  }
  for (const conflict of mergeConflicts(local, incoming, scope)) decided.set(entityKey('conflict', conflict.id), { entity: 'conflict', value: conflict });
  const folded = (decided.get(entityKey('plan', local.plan.id))?.value as Plan | undefined) ?? local.plan;
  const plan = withRevision(folded, latestContentStamp([scope.localRevision, local.plan.revision, incoming.plan.revision], scope.fresh));
  decided.set(entityKey('plan', plan.id), { entity: 'plan', value: plan });

  const updates = [...decided.values()].filter(({ entity, value }) => !sameRecord(value, mine.get(entity, value.id)));
  const { fresh } = scope;
  const merged = assemble(local, incoming, updates, fresh.length > 0 ? local.changes.concat(fresh) : local.changes);
  const apply: LocalApply = {
    changes: fresh,
    entities: updates,
    edits: updates.flatMap(({ entity, value }) => diffEntity(entity, mine.get(entity, value.id), value)),
    blobs: newBlobs(local, incoming),
    profiles: newProfiles(local, incoming),
  };
  return { ok: true, merged, apply, preview: previewMerge(merged.plan, mine, updates, fresh) };
}

type EntityRef = { entity: EntityType; id: string };
type FieldRef = EntityRef & { field: string };

/**
 * What a merge has to look at, found without touching the rest of a big plan: the changes
 * new to this side, the records to recompute, the text fields whose conflicts to decide,
 * and the changes of those records from both logs.
 */
function mergeScope(local: PlanState, incoming: PlanState, mine: EntityIndex) {
  const incomingIds = new Set(incoming.changes.map((c) => c.id));
  const differing = differingRecords(mine, incoming);
  const conflicted = [...local.conflicts, ...incoming.conflicts].map((c) => c.entityId);
  const focus = new Set([...incoming.changes.map((c) => c.entityId), ...[...differing.values()].map((r) => r.id), ...conflicted]);
  const scan = scanLocalLog(local, incomingIds, focus);
  const fresh = incoming.changes.filter((c) => !scan.shared.has(c.id));
  const recompute = recordsToRecompute(differing, fresh);
  const fields = textFieldsToCheck(local, incoming, fresh);
  const needed = new Set([...recompute.map((r) => r.id), ...[...fields.values()].map((f) => f.id)]);
  const grouped = byEntity([...scan.focused, ...fresh].filter((c) => needed.has(c.entityId)));
  const localIds = new Set(scan.focused.map((c) => c.id));
  return {
    fresh,
    recompute,
    fields,
    localRevision: scan.revision,
    changesOf: (entity: EntityType, id: string): Change[] => grouped.get(entityKey(entity, id)) ?? [],
    /** Whether a change of a record in scope is in the local log, or in the incoming one. */
    localKnows: (changeId: string) => localIds.has(changeId),
    incomingKnows: (changeId: string) => incomingIds.has(changeId),
  };
}

/** Records the other side holds in another state than this one (conflicts are recomputed apart). */
function differingRecords(mine: EntityIndex, incoming: PlanState): Map<string, EntityRef> {
  const differing = new Map<string, EntityRef>();
  for (const entity of ['plan', ...COLLECTION_TYPES] as const) {
    if (entity === 'conflict') continue;
    for (const value of entitiesOf(incoming, entity)) {
      if (!sameRecord(value, mine.get(entity, value.id))) differing.set(entityKey(entity, value.id), { entity, id: value.id });
    }
  }
  return differing;
}

/**
 * Records whose merged state can differ from the local one: those the other side holds in
 * another state and those its new changes touch. Every other record stays as it is
 * locally (records always agree with their own change log).
 */
function recordsToRecompute(differing: ReadonlyMap<string, EntityRef>, fresh: readonly Change[]): EntityRef[] {
  const refs = new Map(differing);
  for (const c of fresh) if (c.entity !== 'conflict') refs.set(entityKey(c.entity, c.entityId), { entity: c.entity, id: c.entityId });
  return [...refs.values()];
}

/**
 * The text fields whose conflicts the merge decides: those the other side brings new
 * changes to, and every field with a conflict record. Elsewhere the other side holds no
 * version this one has not seen (a side's latest change is its latest stamp), so the local
 * versions stand.
 */
function textFieldsToCheck(local: PlanState, incoming: PlanState, fresh: readonly Change[]): Map<string, FieldRef> {
  const keys = new Map<string, FieldRef>();
  const add = (c: { entity: EntityType; entityId: string; field: string }) =>
    keys.set(conflictId(c.entity, c.entityId, c.field), { entity: c.entity, id: c.entityId, field: c.field });
  for (const c of fresh) if (isTextField(c.entity, c.field)) add(c);
  for (const c of [...local.conflicts, ...incoming.conflicts]) add(c);
  return keys;
}

/**
 * The one pass over the local log, which holds a whole plan's history: which incoming
 * changes it already has, the changes of the records the merge looks at, and the stamp of
 * its latest content change.
 */
function scanLocalLog(local: PlanState, incomingIds: ReadonlySet<string>, focus: ReadonlySet<string>) {
  const shared = new Set<string>();
  const focused: Change[] = [];
  let revision = '';
  for (const change of local.changes) {
    if (incomingIds.has(change.id)) shared.add(change.id);
    if (focus.has(change.entityId)) focused.push(change);
    if (change.hlc > revision && isContentEdit(change)) revision = change.hlc;
  }
  return { shared, focused, revision };
}

function byEntity(changes: readonly Change[]): Map<string, Change[]> {
  const grouped = new Map<string, Change[]>();
  for (const change of changes) {
    const key = entityKey(change.entity, change.entityId);
    const list = grouped.get(key);
    if (list) list.push(change);
    else grouped.set(key, [change]);
  }
  return grouped;
}

/** Both states combined, then every change replayed in clock order. Undefined if that is not a valid record (a log without its record). */
function foldEntity(entity: EntityType, id: string, mine: AnyEntity | undefined, theirs: AnyEntity | undefined, changes: readonly Change[]): AnyEntity | undefined {
  const value = foldChanges(combineStates(mine, theirs) ?? { id }, changes);
  return ENTITY_SCHEMAS[entity].safeParse(value).success ? value : undefined;
}

/** Each text field in scope, decided by concurrency.ts: an open conflict, a closed one, or nothing to record. */
function mergeConflicts(local: PlanState, incoming: PlanState, scope: ReturnType<typeof mergeScope>): Conflict[] {
  const localConflicts = new Map(local.conflicts.map((c) => [c.id, c]));
  const incomingConflicts = new Map(incoming.conflicts.map((c) => [c.id, c]));
  const merged: Conflict[] = [];
  for (const [id, { entity, id: entityId, field }] of scope.fields) {
    const changes = scope.changesOf(entity, entityId).filter((c) => c.field === field);
    const side = (conflict: Conflict | undefined, knows: (id: string) => boolean): FieldSide => ({
      head: latest(changes.filter((c) => knows(c.id))),
      others: conflict && !conflict.deleted ? conflict.versions : [],
      knows,
    });
    const versions = survivingVersions(side(localConflicts.get(id), scope.localKnows), side(incomingConflicts.get(id), scope.incomingKnows));
    const others = versions.slice(0, -1);
    if (others.length === 0 && !localConflicts.has(id) && !incomingConflicts.has(id)) continue;
    merged.push({ id, planId: local.plan.id, entity: entity as Conflict['entity'], entityId, field, versions: others, deleted: others.length === 0 });
  }
  return merged;
}

function latest(changes: readonly Change[]): Change | undefined {
  let best: Change | undefined;
  for (const c of changes) if (!best || byClock(c, best) > 0) best = c;
  return best;
}

/** The latest of some stamps and of the content changes among `changes`. */
function latestContentStamp(stamps: readonly string[], changes: readonly Change[]): string {
  let latest = '';
  for (const stamp of stamps) if (stamp > latest) latest = stamp;
  for (const change of changes) if (change.hlc > latest && isContentEdit(change)) latest = change.hlc;
  return latest;
}

/** The plan's revision is the stamp of the latest content change either side has seen. */
function withRevision(plan: Plan, revision: string): Plan {
  return revision === plan.revision ? plan : { ...plan, revision };
}

/** The merged state: local records with the updates in place, then records new to this device. */
function assemble(local: PlanState, incoming: PlanState, updates: ReadonlyArray<{ entity: EntityType; value: AnyEntity }>, log: Change[]): PlanState {
  const merged: PlanState = { ...local, changes: log, blobs: new Map([...incoming.blobs, ...local.blobs]) };
  merged.plan = (updates.find((u) => u.entity === 'plan')?.value as Plan | undefined) ?? local.plan;
  for (const type of COLLECTION_TYPES) {
    const updated = new Map(updates.filter((u) => u.entity === type).map((u) => [u.value.id, u.value]));
    if (updated.size === 0) continue;
    const rows = (local[COLLECTIONS[type]] as AnyEntity[]).map((row) => {
      const next = updated.get(row.id);
      updated.delete(row.id);
      return next ?? row;
    });
    (merged as unknown as Record<string, AnyEntity[]>)[COLLECTIONS[type]] = [...rows, ...updated.values()];
  }
  merged.profiles = mergeProfiles(local.profiles, incoming.profiles);
  return merged;
}

/** Profiles are not in the change record: a person named differently on two laptops keeps one name, the same whatever the merge order. */
function mergeProfiles(local: readonly Profile[], incoming: readonly Profile[]): Profile[] {
  const byId = new Map(local.map((p) => [p.id, p]));
  for (const profile of incoming) {
    const known = byId.get(profile.id);
    if (!known || JSON.stringify(profile) > JSON.stringify(known)) byId.set(profile.id, profile);
  }
  return [...byId.values()];
}

/** People the other side names that this device does not know yet (it keeps its own record of those it knows). */
function newProfiles(local: PlanState, incoming: PlanState): Profile[] {
  const known = new Set(local.profiles.map((p) => p.id));
  return incoming.profiles.filter((p) => !known.has(p.id));
}

function newBlobs(local: PlanState, incoming: PlanState): Map<string, Uint8Array> {
  const known = new Set(local.attachments.map((a) => a.id));
  return new Map([...incoming.blobs].filter(([id]) => !known.has(id)));
}
