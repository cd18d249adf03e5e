import type { FieldEdit, FieldJson } from '../changes/change';
import type { Conflict } from '../model/conflict';
import type { AnyEntity } from './state';

/** Keep what the field shows, take one of the other versions, or write a new text. */
export type ConflictChoice = { kind: 'current' } | { kind: 'version'; changeId: string } | { kind: 'edit'; value: string };

/** A field's value: top-level, or `fields.<key>` one level down. */
export function fieldValue(entity: AnyEntity, field: string): FieldJson {
  const dot = field.indexOf('.');
  if (dot < 0) return (entity[field] as FieldJson | undefined) ?? null;
  const nested = entity[field.slice(0, dot)] as Record<string, FieldJson> | undefined;
  return nested?.[field.slice(dot + 1)] ?? null;
}

/**
 * The edits that resolve a conflict, as one attributed, undoable action: the field set to
 * the chosen text, and the conflict closed. The field is written even when the choice is
 * what it already shows: that edit, stamped after every version, is what tells other
 * laptops the conflict was decided (concurrency.ts).
 */
export function resolveConflict(conflict: Conflict, target: AnyEntity, choice: ConflictChoice): FieldEdit[] {
  if (conflict.deleted || conflict.versions.length === 0) throw new Error(`conflict ${conflict.id} is not open`);
  if (target.id !== conflict.entityId) throw new Error(`conflict ${conflict.id} is not about ${target.id}`);
  const current = fieldValue(target, conflict.field);
  const chosen = chosenValue(conflict, current, choice);
  return [
    { entity: conflict.entity, entityId: conflict.entityId, field: conflict.field, oldValue: current, newValue: chosen },
    { entity: 'conflict', entityId: conflict.id, field: 'versions', oldValue: conflict.versions, newValue: [] },
    { entity: 'conflict', entityId: conflict.id, field: 'deleted', oldValue: false, newValue: true },
  ];
}

function chosenValue(conflict: Conflict, current: FieldJson, choice: ConflictChoice): FieldJson {
  if (choice.kind === 'current') return current;
  if (choice.kind === 'edit') return choice.value;
  const version = conflict.versions.find((v) => v.changeId === choice.changeId);
  if (!version) throw new Error(`conflict ${conflict.id} has no version ${choice.changeId}`);
  return version.value;
}
