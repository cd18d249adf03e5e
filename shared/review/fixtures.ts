import { newElement, type PlanElement } from '../model/element';
import type { ElementKind } from '../model/kinds';
import type { Review, Signoff, Suggestion } from '../model/review';
import type { Role } from '../model/profile';

/** Builders for review tests: a valid record with only what a test cares about spelled out. */
export function element(id: string, kind: ElementKind, init: Partial<PlanElement> = {}): PlanElement {
  return newElement({ id, planId: 'p1', kind, title: id, ...init });
}

export function review(init: Partial<Review> & Pick<Review, 'id' | 'elementId' | 'author'>): Review {
  return {
    planId: 'p1',
    authorName: init.author,
    authorRole: 'sales',
    createdAt: 1,
    verdict: 'feasible',
    confidence: 3,
    effort: '',
    risks: '',
    objections: '',
    competitorEvidence: '',
    comment: '',
    resolved: false,
    decisionNote: '',
    deleted: false,
    ...init,
  };
}

export function suggestion(init: Partial<Suggestion> & Pick<Suggestion, 'id' | 'elementId'>): Suggestion {
  return {
    planId: 'p1',
    reviewId: 'r',
    author: 'lan',
    authorName: 'Lan',
    authorRole: 'sales',
    createdAt: 1,
    field: 'title',
    value: 'x',
    state: 'pending',
    reason: '',
    decidedBy: '',
    deleted: false,
    ...init,
  };
}

export function signoff(id: string, author: string, authorRole: Role, revision: string, createdAt = 1): Signoff {
  return { id, planId: 'p1', author, authorName: author, authorRole, createdAt, revision, deleted: false };
}
