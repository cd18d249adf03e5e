import { z } from 'zod';
import { fieldValueSchema } from './element';
import { roleSchema } from './profile';

/**
 * Sales' feasibility review and everything hanging off it: suggested changes, thread
 * replies, attachments and plan sign-offs. Each is its own entity in the per-field change
 * record, so reviews by different people never touch the same record and merge cleanly.
 */
export const VERDICTS = ['feasible', 'feasibleWithChanges', 'notFeasible', 'cantJudge'] as const;
export const verdictSchema = z.enum(VERDICTS);
export type Verdict = z.infer<typeof verdictSchema>;

const id = z.string().min(1).max(100);
const note = z.string().max(5000);
/** Who wrote it, as they were named then: the name travels with the record to other laptops. */
const authorship = {
  author: id,
  authorName: z.string().max(200),
  authorRole: roleSchema,
  createdAt: z.number().int().nonnegative(),
};

export const reviewSchema = z.object({
  id,
  planId: id,
  elementId: id,
  ...authorship,
  verdict: verdictSchema,
  confidence: z.number().int().min(1).max(5),
  /** Effort and resources the element would need in the field. */
  effort: note,
  risks: note,
  objections: note,
  competitorEvidence: note,
  comment: note,
  /** The thread's state: a resolved review carries the decision taken. */
  resolved: z.boolean(),
  decisionNote: note,
  deleted: z.boolean(),
});
export type Review = z.infer<typeof reviewSchema>;

export const SUGGESTION_STATES = ['pending', 'accepted', 'rejected'] as const;
export type SuggestionState = (typeof SUGGESTION_STATES)[number];

/** A proposed value for one field of an element: sales suggests, marketing accepts or rejects. */
export const suggestionSchema = z.object({
  id,
  planId: id,
  elementId: id,
  reviewId: id,
  ...authorship,
  /** `title`, `body` or `fields.<key>`. */
  field: z.string().min(1).max(120),
  value: fieldValueSchema,
  state: z.enum(SUGGESTION_STATES),
  /** Why it was rejected (required then), or a note on acceptance. */
  reason: note,
  decidedBy: z.string().max(200),
  deleted: z.boolean(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

/** A reply in a review's thread. */
export const commentSchema = z.object({
  id,
  planId: id,
  reviewId: id,
  ...authorship,
  body: z.string().trim().min(1).max(5000),
  deleted: z.boolean(),
});
export type Comment = z.infer<typeof commentSchema>;

export const ATTACHMENT_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif', 'application/pdf'] as const;
/** Per file: a phone photo or a scanned flyer fits; a video does not. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** Evidence on a review. The bytes live beside the record (by the same id), never inside it. */
export const attachmentSchema = z.object({
  id,
  planId: id,
  reviewId: id,
  name: z.string().min(1).max(300),
  type: z.enum(ATTACHMENT_TYPES),
  size: z.number().int().positive().max(ATTACHMENT_MAX_BYTES),
  deleted: z.boolean(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** A person's sign-off on one revision of the plan's content. */
export const signoffSchema = z.object({
  id,
  planId: id,
  ...authorship,
  /** The plan's content revision signed: a later content edit leaves this sign-off void. */
  revision: z.string().max(100),
  deleted: z.boolean(),
});
export type Signoff = z.infer<typeof signoffSchema>;
