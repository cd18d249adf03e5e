import { conflictId } from '../model/conflict';
import type { ReadError } from './errors';
import { fieldValueSchemaOf } from './fields';
import type { Manifest } from './format';
import { COLLECTIONS, COLLECTION_TYPES, entityKey, type AnyEntity } from './state';

/**
 * What the schema cannot say about a manifest: ids are unique, every record belongs to the
 * file's plan, and every change names a record the file holds, a real field, and a value
 * that field accepts (so folding changes can never produce an invalid record).
 */
export function checkManifest(manifest: Manifest): ReadError | undefined {
  return checkIds(manifest) ?? checkPlanIds(manifest) ?? checkConflictIds(manifest) ?? checkChanges(manifest);
}

function checkIds(manifest: Manifest): ReadError | undefined {
  const lists: Array<[string, readonly { id: string }[]]> = [
    ...COLLECTION_TYPES.map((type): [string, readonly { id: string }[]] => [COLLECTIONS[type], manifest[COLLECTIONS[type]]]),
    ['profiles', manifest.profiles],
    ['changes', manifest.changes],
  ];
  for (const [name, records] of lists) {
    const seen = new Set<string>();
    for (const { id } of records) {
      if (seen.has(id)) return { code: 'duplicateIds', detail: `${name} lists id "${id}" more than once` };
      seen.add(id);
    }
  }
  return undefined;
}

function checkPlanIds(manifest: Manifest): ReadError | undefined {
  const planId = manifest.plan.id;
  for (const type of COLLECTION_TYPES) {
    const stranger = manifest[COLLECTIONS[type]].find((record) => record.planId !== planId);
    if (stranger) return { code: 'planMismatch', detail: `${type} "${stranger.id}" belongs to plan "${stranger.planId}", not "${planId}"` };
  }
  const change = manifest.changes.find((c) => c.planId !== planId);
  if (change) return { code: 'planMismatch', detail: `change "${change.id}" belongs to plan "${change.planId}", not "${planId}"` };
  return undefined;
}

/** A conflict is named after its field, so two laptops can never disagree about which record it is. */
function checkConflictIds(manifest: Manifest): ReadError | undefined {
  const index = manifest.conflicts.findIndex((c) => c.id !== conflictId(c.entity, c.entityId, c.field));
  if (index < 0) return undefined;
  return { code: 'invalid', detail: 'a conflict record is not named after its field', path: `conflicts.${index}.id` };
}

function checkChanges(manifest: Manifest): ReadError | undefined {
  const present = new Set<string>([entityKey('plan', manifest.plan.id)]);
  for (const type of COLLECTION_TYPES) {
    for (const record of manifest[COLLECTIONS[type]] as readonly AnyEntity[]) present.add(entityKey(type, record.id));
  }
  for (const [i, change] of manifest.changes.entries()) {
    const at = (field: string, detail: string): ReadError => ({ code: 'invalid', detail, path: `changes.${i}.${field}` });
    if (!present.has(entityKey(change.entity, change.entityId))) {
      return at('entityId', `change "${change.id}" is about ${change.entity} "${change.entityId}", which the file does not hold`);
    }
    const schema = fieldValueSchemaOf(change.entity, change.field);
    if (!schema) return at('field', `${change.entity} has no field "${change.field}"`);
    if (!schema.safeParse(change.newValue).success) return at('newValue', `not a valid value for ${change.entity}.${change.field}`);
    if (change.field === 'id' && change.newValue !== change.entityId) return at('newValue', 'a change cannot rename a record');
    if (change.field === 'planId' && change.newValue !== manifest.plan.id) {
      return { code: 'planMismatch', detail: `change "${change.id}" moves a record to another plan` };
    }
  }
  return undefined;
}
