import type { Conflict } from '../../shared/model/conflict';
import type { PlanElement } from '../../shared/model/element';
import type { PlanLink } from '../../shared/model/link';
import type { Comment, Review, Suggestion, Attachment } from '../../shared/model/review';

/**
 * Which conflicts are open and what they are about: pure, so the canvas marker, the
 * inspector and the plan's list agree, and tests need no React.
 */

/** A conflict someone still has to decide: not closed, and with at least one other version kept. */
export function isOpen(conflict: Conflict | undefined): conflict is Conflict {
  return !!conflict && !conflict.deleted && conflict.versions.length > 0;
}

/** The open conflicts, in a stable order (by record, then field). */
export function openConflicts(records: Readonly<Record<string, Conflict>>): Conflict[] {
  return Object.values(records)
    .filter(isOpen)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The review-side records a conflict may be about, to find the element it belongs to. */
export interface ReviewSide {
  reviews: Readonly<Record<string, Review>>;
  suggestions: Readonly<Record<string, Suggestion>>;
  comments: Readonly<Record<string, Comment>>;
  attachments: Readonly<Record<string, Attachment>>;
}

/**
 * The element a conflict shows on: its own record's, or the element a review, suggestion,
 * reply or attachment in conflict is about. Undefined for the plan, links and the rest.
 */
export function elementOf(conflict: Conflict, side: ReviewSide): string | undefined {
  switch (conflict.entity) {
    case 'element':
      return conflict.entityId;
    case 'review':
      return side.reviews[conflict.entityId]?.elementId;
    case 'suggestion':
      return side.suggestions[conflict.entityId]?.elementId;
    case 'comment': {
      const reviewId = side.comments[conflict.entityId]?.reviewId;
      return reviewId ? side.reviews[reviewId]?.elementId : undefined;
    }
    case 'attachment': {
      const reviewId = side.attachments[conflict.entityId]?.reviewId;
      return reviewId ? side.reviews[reviewId]?.elementId : undefined;
    }
    default:
      return undefined;
  }
}

/** Open conflicts per element, for the canvas markers. */
export function conflictCounts(conflicts: readonly Conflict[], side: ReviewSide): Map<string, number> {
  const counts = new Map<string, number>();
  for (const conflict of conflicts) {
    const element = elementOf(conflict, side);
    if (element) counts.set(element, (counts.get(element) ?? 0) + 1);
  }
  return counts;
}

/** The catalogue key naming a conflicted field: `fields.metric` → `conflicts.field.metric`. */
export function fieldLabelKey(field: string): string {
  return `conflicts.field.${field.startsWith('fields.') ? field.slice('fields.'.length) : field}`;
}

/** What a conflict is about, in words (`t` translates). */
export function describeSubject(
  conflict: Conflict,
  records: { elements: Readonly<Record<string, PlanElement>>; links: Readonly<Record<string, PlanLink>> } & ReviewSide,
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  const titleOf = (id: string | undefined) => (id && records.elements[id]?.title) || t('conflicts.subject.untitled');
  switch (conflict.entity) {
    case 'plan':
      return t('conflicts.subject.plan');
    case 'element':
      return titleOf(conflict.entityId);
    case 'link': {
      const link = records.links[conflict.entityId];
      return t('conflicts.subject.link', { from: titleOf(link?.source), to: titleOf(link?.target) });
    }
    case 'review':
      return t('conflicts.subject.review', { author: records.reviews[conflict.entityId]?.authorName ?? '?' });
    case 'suggestion':
      return t('conflicts.subject.suggestion', { author: records.suggestions[conflict.entityId]?.authorName ?? '?' });
    case 'comment':
      return t('conflicts.subject.comment', { author: records.comments[conflict.entityId]?.authorName ?? '?' });
    case 'attachment':
      return t('conflicts.subject.attachment', { name: records.attachments[conflict.entityId]?.name ?? '?' });
    default:
      return t('conflicts.subject.other');
  }
}
