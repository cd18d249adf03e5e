import type { FieldValue, PlanElement } from '../../shared/model/element';
import { fieldsOf } from '../../shared/model/kinds';
import { ATTACHMENT_MAX_BYTES, type Comment, type Review } from '../../shared/model/review';
import { currentReviews, reviewsOf } from '../../shared/review/reviews';
import { checkAttachment, type ReviewProblem } from '../../shared/review/validate';
import type { ReviewDraft } from './store';

/**
 * Pure helpers behind the review panel: which reviews count, how a field is named and a
 * value shown, which chosen files may be attached. The components stay about layout.
 */

/** An element's reviews, newest first: each reviewer's current one, and the ones they replaced. */
export function splitReviews(reviews: readonly Review[], elementId: string): { current: Review[]; earlier: Review[] } {
  const all = reviewsOf(reviews, elementId);
  const current = new Set(currentReviews(all).map((r) => r.id));
  return { current: all.filter((r) => current.has(r.id)), earlier: all.filter((r) => !current.has(r.id)) };
}

/** Live rows that hang off one review (suggestions, attachments), in a stable order. */
export function rowsOf<T extends { id: string; reviewId: string; deleted: boolean }>(rows: Record<string, T>, reviewId: string): T[] {
  return Object.values(rows)
    .filter((r) => r.reviewId === reviewId && !r.deleted)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A review's thread, oldest reply first. */
export function threadOf(comments: Record<string, Comment>, reviewId: string): Comment[] {
  return rowsOf(comments, reviewId).sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : 1));
}

/** The message key naming a suggestable field: the inspector's own labels. */
export function fieldLabelKey(field: string): string {
  if (field === 'title') return 'canvas.inspector.title';
  if (field === 'body') return 'canvas.inspector.body';
  return `kinds.field.${field.slice('fields.'.length)}`;
}

export type FieldInput = 'line' | 'text' | 'number' | 'date';

/** The control a proposed value is typed into, from the field's kind. */
export function fieldInput(element: Pick<PlanElement, 'kind'>, field: string): FieldInput {
  if (field === 'title') return 'line';
  if (field === 'body') return 'text';
  const spec = fieldsOf(element.kind).find((f) => `fields.${f.key}` === field);
  if (!spec || spec.type === 'text') return 'line';
  return spec.type === 'date' ? 'date' : 'number';
}

/** Whether the field holds an amount in the plan's currency (its label says which). */
export function isMoneyField(element: Pick<PlanElement, 'kind'>, field: string): boolean {
  return fieldsOf(element.kind).some((f) => `fields.${f.key}` === field && f.type === 'money');
}

/** A field value as text for an input or a line of the card; empty stays empty. */
export function valueText(value: FieldValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** A file size for people: "10 MB", "850 kB", in the reader's locale. */
export function formatSize(bytes: number, locale: string): string {
  const [unit, size] = bytes >= 1024 * 1024 ? (['megabyte', bytes / (1024 * 1024)] as const) : (['kilobyte', Math.max(1, bytes / 1024)] as const);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: size < 10 ? 1 : 0 }).format(size);
}

export interface FileRefusal {
  problem: ReviewProblem;
  name: string;
}

/**
 * Adds chosen files to a draft's attachments. A file that breaks a rule is left out, and
 * the first such file is named so the form can say why at once; the same file chosen
 * twice is attached once.
 */
export function addFiles<F extends { name: string; type: string; size: number }>(
  files: readonly F[],
  incoming: readonly F[],
): { files: F[]; refusal: FileRefusal | null } {
  const next = [...files];
  let refusal: FileRefusal | null = null;
  for (const file of incoming) {
    const problem = checkAttachment(file);
    if (problem) {
      refusal ??= { problem, name: file.name };
      continue;
    }
    if (!next.some((f) => f.name === file.name && f.size === file.size && f.type === file.type)) next.push(file);
  }
  return { files: next, refusal };
}

/** The words of a refused action: the rule's message, with the file's name and the size limit. */
export function refusalMessage(
  t: (key: string, options?: Record<string, unknown>) => string,
  refusal: { problem: string; name?: string },
  locale: string,
): string {
  return t(`review.error.${refusal.problem}`, { name: refusal.name ?? '', limit: formatSize(ATTACHMENT_MAX_BYTES, locale) });
}

/** A reviewer's say copied into a new draft: the evidence carries over, files and suggestions do not. */
export function draftFromReview(review: Review): Partial<ReviewDraft> {
  return {
    verdict: review.verdict,
    confidence: review.confidence,
    effort: review.effort,
    risks: review.risks,
    objections: review.objections,
    competitorEvidence: review.competitorEvidence,
    comment: review.comment,
  };
}

/** Ctrl+Enter (⌘+Enter on a Mac) saves, from any field of the form. */
export function isSubmitShortcut(event: { key: string; ctrlKey: boolean; metaKey: boolean; isComposing?: boolean }): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !event.isComposing;
}

/** The evidence fields of a review, in the order the form asks for them. */
export const EVIDENCE_FIELDS = ['effort', 'risks', 'objections', 'competitorEvidence', 'comment'] as const satisfies ReadonlyArray<keyof Review & keyof ReviewDraft>;
