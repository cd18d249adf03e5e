import type { z } from 'zod';
import type { EntityType } from '../changes/change';
import { conflictSchema } from './conflict';
import { elementSchema } from './element';
import { linkSchema } from './link';
import { planSchema } from './plan';
import { attachmentSchema, commentSchema, reviewSchema, signoffSchema, suggestionSchema } from './review';
import { voteSchema, voteSessionSchema } from './vote';

/** The schema every entity in the change record must satisfy after an edit is folded in. */
export const ENTITY_SCHEMAS = {
  plan: planSchema,
  element: elementSchema,
  link: linkSchema,
  review: reviewSchema,
  suggestion: suggestionSchema,
  comment: commentSchema,
  attachment: attachmentSchema,
  signoff: signoffSchema,
  conflict: conflictSchema,
  voteSession: voteSessionSchema,
  vote: voteSchema,
} as const satisfies Record<EntityType, z.ZodType>;

/** Plan fields that are its content: editing them voids sign-offs. Status and filing are not content. */
export const PLAN_CONTENT_FIELDS: ReadonlySet<string> = new Set(['title', 'brand', 'market', 'periodStart', 'periodEnd', 'currency']);

/** Whether an edit changes what the plan says (and so what anyone signed). Reviews and threads do not. */
export function isContentEdit(edit: { entity: EntityType; field: string }): boolean {
  if (edit.entity === 'element' || edit.entity === 'link') return true;
  return edit.entity === 'plan' && PLAN_CONTENT_FIELDS.has(edit.field);
}
