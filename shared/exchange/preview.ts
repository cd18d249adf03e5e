import type { Change, EntityType } from '../changes/change';
import { ENTITY_TYPES } from '../changes/change';
import type { Conflict } from '../model/conflict';
import type { Plan } from '../model/plan';
import { sameRecord } from './fold';
import type { AnyEntity, EntityIndex } from './state';

/** Ids of records the merge adds, changes or deletes (a record deleted on arrival, never seen here, is none of these). */
export interface EntityDelta {
  added: string[];
  changed: string[];
  deleted: string[];
}

/** What an import will do, shown before it is applied. */
export interface MergePreview {
  /** Nothing to apply: the file holds nothing this device lacks. */
  unchanged: boolean;
  /** The plan was deleted for good (here or there): the import should be refused. */
  planDeleted: boolean;
  byType: Record<Exclude<EntityType, 'conflict'>, EntityDelta>;
  /** Conflicts the merge opens or adds versions to. */
  conflicts: Conflict[];
  /** Ids of conflicts the merge closes (someone resolved them elsewhere). */
  resolvedConflicts: string[];
  /** Change records new to this device, and who made them (profile ids). */
  newChanges: number;
  authors: string[];
}

const isLive = (entity: AnyEntity | undefined): boolean => entity !== undefined && entity.deleted !== true;

export function previewMerge(
  mergedPlan: Plan,
  local: EntityIndex,
  updates: ReadonlyArray<{ entity: EntityType; value: AnyEntity }>,
  fresh: readonly Change[],
): MergePreview {
  const byType = Object.fromEntries(
    ENTITY_TYPES.filter((t) => t !== 'conflict').map((t) => [t, { added: [], changed: [], deleted: [] }]),
  ) as unknown as MergePreview['byType'];
  const conflicts: Conflict[] = [];
  const resolvedConflicts: string[] = [];
  for (const { entity, value } of updates) {
    const before = local.get(entity, value.id);
    if (entity === 'conflict') {
      if (isLive(value)) conflicts.push(value as Conflict);
      else if (isLive(before)) resolvedConflicts.push(value.id);
      continue;
    }
    const delta = byType[entity];
    if (!isLive(before)) {
      if (isLive(value)) delta.added.push(value.id);
    } else if (!isLive(value)) delta.deleted.push(value.id);
    else if (!sameRecord(value, before)) delta.changed.push(value.id);
  }
  return {
    unchanged: updates.length === 0 && fresh.length === 0,
    planDeleted: mergedPlan.deleted,
    byType,
    conflicts,
    resolvedConflicts,
    newChanges: fresh.length,
    authors: [...new Set(fresh.map((c) => c.author))].sort(),
  };
}
