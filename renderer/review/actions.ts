import type { FieldValue } from '../../shared/model/element';
import { newId } from '../../shared/model/ids';
import type { Attachment, Comment, Review, Signoff, Suggestion } from '../../shared/model/review';
import {
  acceptSuggestionEdits,
  rejectSuggestionEdits,
  reopenEdits,
  replyEdits,
  resolveEdits,
  signEdits,
  statusEdits,
  submitReviewEdits,
} from '../../shared/review/edits';
import { canSign, type SignRefusal } from '../../shared/review/signoff';
import { checkAttachment, checkReply, checkReviewDraft, checkSuggestion, suggestableFields, type ReviewProblem } from '../../shared/review/validate';
import type { PlanStatus } from '../../shared/model/plan';
import { edit, flush, useEditor } from '../canvas/store';
import type { StoredBlob } from '../db';
import { useProfile } from '../profile/store';
import { clearDraft, draftOf, useReviews } from './store';
import { makeThumbnail } from './thumbnail';

/** A rule broken, with what the message needs (the file's name for attachment problems). */
export interface Refusal {
  problem: ReviewProblem | SignRefusal;
  name?: string;
}

function author() {
  const profile = useProfile.getState().profile;
  if (!profile) throw new Error('No profile');
  return { author: profile.id, authorName: profile.name, authorRole: profile.role, createdAt: Date.now() };
}

/** The suggestion form holds text; number fields take it as a number (empty clears). */
function parseSuggested(kind: 'text' | 'number', raw: string): FieldValue {
  if (kind === 'text') return raw;
  const trimmed = raw.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : raw;
}

/**
 * Saves the draft review of an element with its attachments and suggested changes, as one
 * step. Nothing is written when any part breaks a rule: the refusal says which.
 */
export async function submitReview(elementId: string): Promise<Refusal | null> {
  const draft = draftOf(elementId);
  const element = useEditor.getState().elements[elementId];
  const planId = useEditor.getState().planId;
  const draftProblem = checkReviewDraft(draft);
  if (draftProblem) return { problem: draftProblem };
  if (!element) return { problem: 'reviewGone' };
  for (const file of draft.files) {
    const problem = checkAttachment(file);
    if (problem) return { problem, name: file.name };
  }
  const fields = suggestableFields(element);
  const suggested = draft.suggestions
    .filter((s) => s.field)
    .map((s) => ({ field: s.field, value: parseSuggested(fields.find((f) => f.field === s.field)?.type ?? 'text', s.value) }));
  for (const s of suggested) {
    const problem = checkSuggestion(element, s.field, s.value);
    if (problem) return { problem };
  }

  const who = author();
  const review: Review = {
    id: newId(),
    planId,
    elementId,
    ...who,
    verdict: draft.verdict!,
    confidence: draft.confidence,
    effort: draft.effort.trim(),
    risks: draft.risks.trim(),
    objections: draft.objections.trim(),
    competitorEvidence: draft.competitorEvidence.trim(),
    comment: draft.comment.trim(),
    resolved: false,
    decisionNote: '',
    deleted: false,
  };
  const attachments: Attachment[] = draft.files.map((file) => ({
    id: newId(),
    planId,
    reviewId: review.id,
    name: file.name.slice(0, 300) || 'attachment',
    type: file.type as Attachment['type'],
    size: file.size,
    deleted: false,
  }));
  const blobs: StoredBlob[] = await Promise.all(
    draft.files.map(async (file, i) => ({ id: attachments[i]!.id, planId, data: file, thumbnail: await makeThumbnail(file) })),
  );
  const suggestions: Suggestion[] = suggested.map((s) => ({
    id: newId(),
    planId,
    elementId,
    reviewId: review.id,
    ...who,
    field: s.field,
    value: s.value,
    state: 'pending',
    reason: '',
    decidedBy: '',
    deleted: false,
  }));
  clearDraft(elementId);
  await edit(submitReviewEdits(review, attachments, suggestions), { kind: 'record' }, blobs);
  return null;
}

export async function reply(reviewId: string, body: string): Promise<Refusal | null> {
  const review = useReviews.getState().reviews[reviewId];
  const problem = checkReply(review, body);
  if (problem) return { problem };
  const comment: Comment = { id: newId(), planId: review!.planId, reviewId, ...author(), body: body.trim(), deleted: false };
  await edit(replyEdits(comment));
  return null;
}

export async function resolveReview(reviewId: string, decisionNote: string): Promise<Refusal | null> {
  const review = useReviews.getState().reviews[reviewId];
  if (!review || review.deleted) return { problem: 'reviewGone' };
  await edit(resolveEdits(review, decisionNote));
  return null;
}

export async function reopenReview(reviewId: string): Promise<Refusal | null> {
  const review = useReviews.getState().reviews[reviewId];
  if (!review || review.deleted) return { problem: 'reviewGone' };
  await edit(reopenEdits(review));
  return null;
}

function pendingSuggestion(id: string): Suggestion | Refusal {
  const suggestion = useReviews.getState().suggestions[id];
  if (!suggestion || suggestion.deleted) return { problem: 'reviewGone' };
  if (suggestion.state !== 'pending') return { problem: 'suggestionDecided' };
  return suggestion;
}

export async function acceptSuggestion(id: string, note = ''): Promise<Refusal | null> {
  const suggestion = pendingSuggestion(id);
  if ('problem' in suggestion) return suggestion;
  const element = useEditor.getState().elements[suggestion.elementId];
  if (!element) return { problem: 'reviewGone' };
  await edit(acceptSuggestionEdits(suggestion, element, author().authorName, note));
  return null;
}

export async function rejectSuggestion(id: string, reason: string): Promise<Refusal | null> {
  const suggestion = pendingSuggestion(id);
  if ('problem' in suggestion) return suggestion;
  if (!reason.trim()) return { problem: 'rejectionReasonMissing' };
  await edit(rejectSuggestionEdits(suggestion, author().authorName, reason));
  return null;
}

export async function setPlanStatus(status: PlanStatus): Promise<void> {
  const plan = useEditor.getState().plan;
  if (plan && plan.status !== status) await edit(statusEdits(plan, status));
}

/** Signs the plan as it is now. Queued edits land first, so the signature names the latest revision. */
export async function signPlan(): Promise<Refusal | null> {
  await flush();
  const plan = useEditor.getState().plan;
  if (!plan) return { problem: 'notInReview' };
  const signoffs = Object.values(useReviews.getState().signoffs);
  const who = author();
  const refusal = canSign(plan, signoffs, who.author);
  if (refusal) return { problem: refusal };
  const signoff: Signoff = { id: newId(), planId: plan.id, ...who, revision: plan.revision, deleted: false };
  await edit(signEdits(plan, signoff, signoffs), { kind: 'none' });
  return null;
}
