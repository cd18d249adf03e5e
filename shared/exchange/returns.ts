import type { Change } from '../changes/change';
import { conflictId } from '../model/conflict';
import type { VersionVector } from './format';
import { isTextField } from './fields';
import { COLLECTIONS, COLLECTION_TYPES, entityKey, type AnyEntity, type PlanState } from './state';
import { isCovered } from './versionVector';

const fieldKey = (c: Change) => conflictId(c.entity, c.entityId, c.field);

/**
 * A rep's field return: only what they changed since the package (`base`, see
 * versionVector), so it stays small whatever the size of the plan. It holds:
 * - their changes after the base;
 * - for each text field they changed, every change to it they knew of, so the receiving
 *   merge can tell an edit over someone's text from a concurrent one (concurrency.ts);
 * - the current state of every record those changes touch (their reviews, comments,
 *   attachments with bytes, sign-offs…), conflicts on those fields, and the plan record;
 * - the people those records name.
 */
export function makeReturn(local: PlanState, base: VersionVector, reviewerProfileId: string): PlanState {
  const mine = local.changes.filter((c) => c.author === reviewerProfileId && !isCovered(base, c));
  const mineIds = new Set(mine.map((c) => c.id));
  const textFields = new Set(mine.filter((c) => isTextField(c.entity, c.field)).map(fieldKey));
  const changes = local.changes.filter((c) => mineIds.has(c.id) || textFields.has(fieldKey(c)));
  const touched = new Set(changes.map((c) => entityKey(c.entity, c.entityId)));
  const keep = (type: keyof typeof COLLECTIONS) => (row: AnyEntity) =>
    touched.has(entityKey(type, row.id)) || (type === 'conflict' && textFields.has(row.id));

  const partial: PlanState = { ...local, changes, blobs: new Map() };
  for (const type of COLLECTION_TYPES) {
    const name = COLLECTIONS[type];
    (partial as unknown as Record<string, AnyEntity[]>)[name] = (local[name] as AnyEntity[]).filter(keep(type));
  }
  const attachments = new Set(partial.attachments.map((a) => a.id));
  partial.blobs = new Map([...local.blobs].filter(([id]) => attachments.has(id)));
  const named = new Set<string>([reviewerProfileId, ...changes.map((c) => c.author)]);
  for (const type of COLLECTION_TYPES) {
    for (const row of partial[COLLECTIONS[type]] as AnyEntity[]) if (typeof row.author === 'string') named.add(row.author);
  }
  partial.profiles = local.profiles.filter((p) => named.has(p.id));
  return partial;
}
