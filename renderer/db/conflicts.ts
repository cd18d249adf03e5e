import type { Change } from '../../shared/changes/change';
import { byClock } from '../../shared/exchange/fold';
import type { WorkbenchDatabase } from './schema';

/**
 * Who wrote what a field shows now, and when: the latest change to each field asked for.
 * A conflict names the versions it keeps; the one on show is the field's latest change.
 */
export async function loadLatestFieldChanges(
  db: WorkbenchDatabase,
  fields: ReadonlyArray<{ entityId: string; field: string }>,
): Promise<Map<string, Change>> {
  const latest = new Map<string, Change>();
  if (fields.length === 0) return latest;
  const wanted = new Set(fields.map((f) => fieldKey(f.entityId, f.field)));
  const rows = await db.changes.where('entityId').anyOf([...new Set(fields.map((f) => f.entityId))]).toArray();
  const consider = (key: string, change: Change) => {
    if (!wanted.has(key)) return;
    const known = latest.get(key);
    if (!known || byClock(known, change) < 0) latest.set(key, change);
  };
  for (const change of rows) {
    if (change.field === 'fields' && change.newValue && typeof change.newValue === 'object') {
      // A creation records `fields` whole: it wrote each of its keys.
      for (const key of Object.keys(change.newValue)) consider(fieldKey(change.entityId, `fields.${key}`), change);
    } else consider(fieldKey(change.entityId, change.field), change);
  }
  return latest;
}

export function fieldKey(entityId: string, field: string): string {
  return `${entityId}\u0000${field}`;
}
