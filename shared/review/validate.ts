import { fieldsOf } from '../model/kinds';
import type { FieldValue, PlanElement } from '../model/element';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES, VERDICTS, type Review, type Verdict } from '../model/review';

/**
 * The review rules a person can break, each with a message key (`review.error.*`). The UI
 * shows the message and writes nothing.
 */
export type ReviewProblem =
  | 'verdictMissing'
  | 'confidenceOutOfRange'
  | 'attachmentTooLarge'
  | 'attachmentType'
  | 'attachmentEmpty'
  | 'suggestionField'
  | 'suggestionUnchanged'
  | 'suggestionNotNumber'
  | 'replyEmpty'
  | 'reviewGone'
  | 'rejectionReasonMissing'
  | 'suggestionDecided';

export interface ReviewDraft {
  verdict: Verdict | null;
  confidence: number;
}

export function checkReviewDraft(draft: ReviewDraft): ReviewProblem | null {
  if (!draft.verdict || !(VERDICTS as readonly string[]).includes(draft.verdict)) return 'verdictMissing';
  if (!Number.isInteger(draft.confidence) || draft.confidence < 1 || draft.confidence > 5) return 'confidenceOutOfRange';
  return null;
}

export function checkAttachment(file: { type: string; size: number }): ReviewProblem | null {
  if (!(ATTACHMENT_TYPES as readonly string[]).includes(file.type)) return 'attachmentType';
  if (file.size <= 0) return 'attachmentEmpty';
  if (file.size > ATTACHMENT_MAX_BYTES) return 'attachmentTooLarge';
  return null;
}

/** The fields of an element a suggestion may name: its title, its description and its kind's structured fields. */
export function suggestableFields(element: Pick<PlanElement, 'kind'>): Array<{ field: string; type: 'text' | 'number' }> {
  return [
    { field: 'title', type: 'text' },
    { field: 'body', type: 'text' },
    ...fieldsOf(element.kind).map((f) => ({
      field: `fields.${f.key}`,
      type: f.type === 'text' || f.type === 'date' ? ('text' as const) : ('number' as const),
    })),
  ];
}

/** The value an element holds in a suggestable field. */
export function currentValue(element: PlanElement, field: string): FieldValue {
  if (field === 'title') return element.title;
  if (field === 'body') return element.body;
  return element.fields[field.slice('fields.'.length)] ?? null;
}

export function checkSuggestion(element: PlanElement, field: string, value: FieldValue): ReviewProblem | null {
  const target = suggestableFields(element).find((f) => f.field === field);
  if (!target) return 'suggestionField';
  if (target.type === 'number' && value !== null && typeof value !== 'number') return 'suggestionNotNumber';
  if (currentValue(element, field) === value) return 'suggestionUnchanged';
  return null;
}

export function checkReply(review: Review | undefined, body: string): ReviewProblem | null {
  if (!review || review.deleted) return 'reviewGone';
  if (body.trim().length === 0) return 'replyEmpty';
  return null;
}
