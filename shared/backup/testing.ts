import fc from 'fast-check';
import type { Change, FieldJson } from '../changes/change';
import { conflictId, type Conflict } from '../model/conflict';
import { newPlan } from '../model/plan';
import type { Profile } from '../model/profile';
import { COLLECTIONS, COLLECTION_TYPES, emptyState, type AnyEntity, type PlanState } from '../exchange/state';
import { LAN, MAI, MINH, person } from '../exchange/testing/fixtures';
import { historyArbitrary, runHistory } from '../exchange/testing/histories';
import type { Library } from './library';

/**
 * Libraries for backup tests: plans played from random edit histories (reviews, replies,
 * attachments, conflicts, tombstones, resolutions), each given ids of its own so several
 * can share one library, plus filed and deleted plans and people with hostile names.
 */

/** Record fields that hold an id (the record's own, or one it points at). */
const REFERENCES = new Set(['id', 'planId', 'elementId', 'reviewId', 'source', 'target', 'parentId', 'entityId']);

/** A copy of a plan with every id prefixed, references and the change record kept consistent. */
export function relabel(state: PlanState, prefix: string): PlanState {
  const id = (value: string) => `${prefix}${value}`;
  const conflict = (value: string) => {
    const [entity, entityId, ...field] = value.split('/');
    return conflictId(entity as Conflict['entity'], id(entityId!), field.join('/'));
  };
  const ref = (key: string, value: unknown, entity?: string): unknown => {
    if (typeof value !== 'string' || !REFERENCES.has(key)) return value;
    return key === 'id' && entity === 'conflict' ? conflict(value) : id(value);
  };
  const record = <T extends AnyEntity>(entity: string, value: T): T => {
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) out[key] = ref(key, field, entity);
    if (entity === 'conflict') out.versions = (value as unknown as Conflict).versions.map((v) => ({ ...v, changeId: id(v.changeId) }));
    return out as T;
  };
  const changeValue = (change: Change, value: FieldJson | undefined): FieldJson | undefined => {
    if (value === undefined) return undefined;
    if (change.entity === 'conflict' && change.field === 'versions' && Array.isArray(value)) {
      return value.map((v) => ({ ...(v as Record<string, FieldJson>), changeId: id(String((v as Record<string, FieldJson>).changeId)) }));
    }
    return ref(change.field, value, change.entity) as FieldJson;
  };
  const change = (c: Change): Change => {
    const out: Change = {
      ...c,
      id: id(c.id),
      planId: id(c.planId),
      txId: id(c.txId),
      entityId: c.entity === 'conflict' ? conflict(c.entityId) : id(c.entityId),
      newValue: changeValue(c, c.newValue)!,
    };
    if (c.oldValue !== undefined) out.oldValue = changeValue(c, c.oldValue)!;
    return out;
  };
  const next: PlanState = { ...state, plan: record('plan', state.plan), changes: state.changes.map(change), blobs: new Map([...state.blobs].map(([k, v]) => [id(k), v])) };
  for (const type of COLLECTION_TYPES) (next[COLLECTIONS[type]] as AnyEntity[]) = (state[COLLECTIONS[type]] as AnyEntity[]).map((r) => record(type, r));
  return next;
}

/** A plan deleted for good: only its tombstone and the change that deleted it remain. */
export function purgedPlan(planId: string, author = MAI.id): PlanState {
  const plan = newPlan({ id: planId, title: 'Đã xoá', deleted: true, trashedAt: 5 }, 1);
  const change: Change = {
    id: `${planId}-gone`,
    planId,
    txId: `${planId}-tx`,
    entity: 'plan',
    entityId: planId,
    field: 'deleted',
    oldValue: false,
    newValue: true,
    author,
    deviceId: MAI.deviceId,
    hlc: '0000mjz4fk8-00000-laptop-mai',
  };
  return { ...emptyState(plan), changes: [change] };
}

export const HOSTILE_NAME = '<img src=x onerror=alert(1)> Nguyễn 林';

export const libraryArbitrary: fc.Arbitrary<Library> = fc
  .record({
    histories: fc.array(historyArbitrary, { maxLength: 3 }),
    trashed: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    purged: fc.boolean(),
    stranger: fc.boolean(),
    current: fc.nat(4),
  })
  .map(({ histories, trashed, purged, stranger, current }) => {
    const plans = histories.map(({ ops, devices }, i) => {
      const state = relabel(runHistory(ops, devices).devices[0]!.state, `p${i}-`);
      return trashed[i] ? { ...state, plan: { ...state.plan, trashedAt: 1_767_600_000_000 } } : state;
    });
    if (purged) plans.push(purgedPlan('gone-plan'));
    const profiles: Profile[] = [MAI, LAN, MINH, ...(stranger ? [person('stranger', 'leadership', HOSTILE_NAME)] : [])];
    return { plans, profiles, settings: { currentProfileId: current < profiles.length ? profiles[current]!.id : null } };
  });
