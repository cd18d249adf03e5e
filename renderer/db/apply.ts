import { applyField } from '../../shared/changes/diff';
import type { Change, EntityType, FieldEdit } from '../../shared/changes/change';
import { ENTITY_SCHEMAS } from '../../shared/model/entities';

type AnyEntity = { id: string } & Record<string, unknown>;

export function entityKey(entity: EntityType, id: string): string {
  return `${entity}:${id}`;
}

/**
 * Folds edits into entity states, per field. `current` holds the entities as they are
 * (missing ones are being created). The result is validated: an edit that would make an
 * entity invalid throws, so the transaction around it writes nothing.
 */
export function foldEdits(
  current: ReadonlyMap<string, AnyEntity>,
  edits: readonly (FieldEdit | Change)[],
): Map<string, { entity: EntityType; value: AnyEntity }> {
  const next = new Map<string, { entity: EntityType; value: AnyEntity }>();
  for (const edit of edits) {
    const key = entityKey(edit.entity, edit.entityId);
    const base = next.get(key)?.value ?? current.get(key) ?? { id: edit.entityId };
    next.set(key, { entity: edit.entity, value: applyField(base, edit.field, edit.newValue) });
  }
  for (const [key, { entity, value }] of next) {
    const parsed = ENTITY_SCHEMAS[entity].safeParse(value);
    if (!parsed.success) {
      throw new InvalidEditError(`${key}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
    }
    next.set(key, { entity, value: parsed.data as AnyEntity });
  }
  return next;
}

export class InvalidEditError extends Error {
  override name = 'InvalidEditError';
}
