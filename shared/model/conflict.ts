import { z } from 'zod';
import { changeSchema, entityTypeSchema, type EntityType } from '../changes/change';

/** A version of a text field that lost the clock race but was written without seeing the winner. */
export const conflictVersionSchema = z.object({
  /** The change that wrote this version: its identity across laptops. */
  changeId: changeSchema.shape.id,
  hlc: changeSchema.shape.hlc,
  author: changeSchema.shape.author,
  deviceId: changeSchema.shape.deviceId,
  value: z.union([z.string().max(20000), z.null()]),
});
export type ConflictVersion = z.infer<typeof conflictVersionSchema>;

/**
 * Two or more people changed the same text field concurrently. The field shows the latest
 * version; the others wait here until someone resolves the conflict. One record per field,
 * named after it (`conflictId`), so every laptop that meets the same conflict records it
 * alike. Merging recomputes these records; a resolution empties `versions` and sets
 * `deleted`, both as ordinary, undoable edits.
 */
export const conflictSchema = z.object({
  id: z.string().min(1).max(400),
  planId: z.string().min(1).max(100),
  entity: entityTypeSchema.exclude(['conflict']),
  entityId: z.string().min(1).max(100),
  /** `title`, `body`, `fields.<key>`, …: the text field in conflict. */
  field: z.string().min(1).max(120),
  /** The concurrent versions other than the one the field shows, oldest first. */
  versions: z.array(conflictVersionSchema).max(100),
  deleted: z.boolean(),
});
export type Conflict = z.infer<typeof conflictSchema>;

export function conflictId(entity: EntityType, entityId: string, field: string): string {
  return `${entity}/${entityId}/${field}`;
}
