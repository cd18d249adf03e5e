import type { FieldEdit } from '../changes/change';
import { diffEntity } from '../changes/diff';
import type { PlanElement } from '../model/element';
import type { Plan, PlanStatus } from '../model/plan';
import type { Attachment, Comment, Review, Signoff, Suggestion } from '../model/review';
import { signoffState, statusAfterSignoffs } from './signoff';
import { currentValue } from './validate';

/**
 * The edits behind each review action, as per-field changes. Pure: the renderer commits
 * them as one transaction (one undo step), and merges see ordinary field changes.
 */
export function created(entity: FieldEdit['entity'], value: { id: string } & object): FieldEdit[] {
  return diffEntity(entity, undefined, value as { id: string } & Record<string, unknown>);
}

function set(entity: FieldEdit['entity'], before: { id: string } & object, patch: Record<string, unknown>): FieldEdit[] {
  const old = before as { id: string } & Record<string, unknown>;
  return diffEntity(entity, old, { ...old, ...patch });
}

/** A review with its evidence and suggested changes, written together. */
export function submitReviewEdits(review: Review, attachments: readonly Attachment[], suggestions: readonly Suggestion[]): FieldEdit[] {
  return [
    ...created('review', review),
    ...attachments.flatMap((a) => created('attachment', a)),
    ...suggestions.flatMap((s) => created('suggestion', s)),
  ];
}

export function replyEdits(comment: Comment): FieldEdit[] {
  return created('comment', comment);
}

export function resolveEdits(review: Review, decisionNote: string): FieldEdit[] {
  return set('review', review, { resolved: true, decisionNote: decisionNote.trim() });
}

export function reopenEdits(review: Review): FieldEdit[] {
  return set('review', review, { resolved: false });
}

/** Accepting applies the suggested value to the element, as an ordinary attributed edit, in the same step. */
export function acceptSuggestionEdits(suggestion: Suggestion, element: PlanElement, decidedBy: string, note = ''): FieldEdit[] {
  const edit: FieldEdit = {
    entity: 'element',
    entityId: element.id,
    field: suggestion.field,
    oldValue: currentValue(element, suggestion.field),
    newValue: suggestion.value,
  };
  return [edit, ...set('suggestion', suggestion, { state: 'accepted', decidedBy, reason: note.trim() })];
}

export function rejectSuggestionEdits(suggestion: Suggestion, decidedBy: string, reason: string): FieldEdit[] {
  return set('suggestion', suggestion, { state: 'rejected', decidedBy, reason: reason.trim() });
}

export function statusEdits(plan: Plan, status: PlanStatus): FieldEdit[] {
  return set('plan', plan, { status });
}

/** A sign-off, and the plan turning Agreed when it completes the required set. */
export function signEdits(plan: Plan, signoff: Signoff, signoffs: readonly Signoff[]): FieldEdit[] {
  const next = statusAfterSignoffs(plan.status, signoffState(plan, [...signoffs, signoff]));
  return [...created('signoff', signoff), ...(next === plan.status ? [] : statusEdits(plan, next))];
}
