import { z } from 'zod';

/**
 * The per-field change record: every edit becomes one or more of these, grouped by
 * transaction (one user action = one txId). History, undo, review threads and merging
 * between laptops are all built on this log. Entities also store their current state,
 * so reading a plan never replays the log.
 */
export const ENTITY_TYPES = [
  'plan',
  'element',
  'link',
  'review',
  'suggestion',
  'comment',
  'attachment',
  'signoff',
  /** Concurrent text edits kept for someone to resolve (shared/model/conflict.ts). */
  'conflict',
  /** Workshop dot voting (shared/model/vote.ts): a session with its participants, and each dot. */
  'voteSession',
  'vote',
] as const;
export const entityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof entityTypeSchema>;

/** JSON-safe values a field can hold. */
export type FieldJson = string | number | boolean | null | { [key: string]: FieldJson } | FieldJson[];
export const fieldJsonSchema: z.ZodType<FieldJson> = z.lazy(() =>
  z.union([
    z.string(),
    z.number().finite(),
    z.boolean(),
    z.null(),
    z.array(fieldJsonSchema),
    z.record(z.string(), fieldJsonSchema),
  ]),
);

/**
 * Bounded like the records a change ends up in (a conflict keeps its author, device and
 * clock), so a file that passes this schema can always be applied.
 */
export const changeSchema = z.object({
  id: z.string().min(1).max(200),
  planId: z.string().min(1).max(100),
  /** Groups the changes of one user action: undo and redo work per transaction. */
  txId: z.string().min(1).max(200),
  entity: entityTypeSchema,
  entityId: z.string().min(1).max(100),
  /** A top-level field name, or `fields.<key>` for an element's structured field. */
  field: z.string().min(1).max(120),
  /** Absent (undefined) when the entity did not exist before this change. */
  oldValue: fieldJsonSchema.optional(),
  newValue: fieldJsonSchema,
  author: z.string().max(100),
  deviceId: z.string().min(1).max(100),
  /** Hybrid logical clock stamp: orders changes across devices. */
  hlc: z.string().min(1).max(200),
});
export type Change = z.infer<typeof changeSchema>;

/** What an edit says before the store stamps it with ids, author and clock. */
export interface FieldEdit {
  entity: EntityType;
  entityId: string;
  field: string;
  oldValue?: FieldJson;
  newValue: FieldJson;
}
