import type { FieldEdit, EntityType, FieldJson } from './change';

/** Fields that never change after creation and so are not diffed. */
const IMMUTABLE = new Set(['id', 'planId', 'createdAt', 'updatedAt']);

type Entity = { id: string } & Record<string, unknown>;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Equal as stored JSON; an absent value counts as null (cleared). */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * Per-field edits that turn `before` into `after`. Nested records (an element's `fields`)
 * are diffed one key deep, as `fields.<key>`, so two people filling different fields merge.
 * `before` undefined means a creation: every field is recorded whole, with no old value,
 * so replaying the creation onto `{ id }` rebuilds the entity (an empty `fields` included).
 * An update always records an old value (null for a field that was absent): a missing old
 * value means "created", and undo would skip it.
 */
export function diffEntity(entity: EntityType, before: Entity | undefined, after: Entity): FieldEdit[] {
  if (before === undefined) {
    return Object.keys(after).map((key) => edit(entity, after.id, key, undefined, after[key]));
  }
  const edits: FieldEdit[] = [];
  for (const key of new Set([...Object.keys(after), ...Object.keys(before)])) {
    if (IMMUTABLE.has(key)) continue;
    const oldValue = before[key];
    const newValue = after[key];
    if (isPlainObject(oldValue) && isPlainObject(newValue)) {
      for (const sub of new Set([...Object.keys(newValue), ...Object.keys(oldValue)])) {
        if (sameJson(oldValue[sub], newValue[sub])) continue;
        edits.push(edit(entity, after.id, `${key}.${sub}`, oldValue[sub] ?? null, newValue[sub]));
      }
      continue;
    }
    if (sameJson(oldValue, newValue)) continue;
    edits.push(edit(entity, after.id, key, oldValue ?? null, newValue));
  }
  return edits;
}

function edit(entity: EntityType, entityId: string, field: string, oldValue: unknown, newValue: unknown): FieldEdit {
  const e: FieldEdit = { entity, entityId, field, newValue: (newValue ?? null) as FieldJson };
  if (oldValue !== undefined) e.oldValue = oldValue as FieldJson;
  return e;
}

/** Set one field (or `fields.<key>`) on a copy of an entity. */
export function applyField<T extends Entity>(entity: T, field: string, value: FieldJson | undefined): T {
  const dot = field.indexOf('.');
  if (dot < 0) return { ...entity, [field]: value };
  const head = field.slice(0, dot);
  const sub = field.slice(dot + 1);
  const nested = { ...((entity[head] as Record<string, unknown> | undefined) ?? {}) };
  if (value === undefined) delete nested[sub];
  else nested[sub] = value;
  return { ...entity, [head]: nested };
}

/** The edits that undo `edits`: each field back to its old value, in reverse order. A creation is undone by deleting. */
export function invertEdits(edits: readonly FieldEdit[]): FieldEdit[] {
  const inverse: FieldEdit[] = [];
  for (const e of [...edits].reverse()) {
    if (e.oldValue === undefined) {
      // The entity was created by this edit: its inverse is the tombstone, recorded once.
      if (e.field === 'deleted') inverse.push({ ...e, oldValue: e.newValue, newValue: true });
      continue;
    }
    inverse.push({ ...e, oldValue: e.newValue, newValue: e.oldValue });
  }
  return inverse;
}
