import { create } from 'zustand';
import type { Change, FieldEdit } from '../../shared/changes/change';
import { applyField } from '../../shared/changes/diff';
import type { Conflict } from '../../shared/model/conflict';
import type { Attachment, Comment, Review, Signoff, Suggestion, Verdict } from '../../shared/model/review';
import type { Session } from '../app/session';
import { loadReviewData } from '../db';

/** What sales and marketing said about the open plan, by id. Tombstones are kept: history shows them. */
export interface ReviewRecords {
  reviews: Record<string, Review>;
  suggestions: Record<string, Suggestion>;
  comments: Record<string, Comment>;
  attachments: Record<string, Attachment>;
  signoffs: Record<string, Signoff>;
  /** Concurrent text edits kept for someone to resolve (renderer/conflicts), open or closed. */
  conflicts: Record<string, Conflict>;
}

/** A review being written for one element, kept while the rep moves between elements. */
export interface ReviewDraft {
  verdict: Verdict | null;
  confidence: number;
  effort: string;
  risks: string;
  objections: string;
  competitorEvidence: string;
  comment: string;
  files: File[];
  suggestions: Array<{ field: string; value: string }>;
}

export const EMPTY_DRAFT: ReviewDraft = {
  verdict: null,
  confidence: 3,
  effort: '',
  risks: '',
  objections: '',
  competitorEvidence: '',
  comment: '',
  files: [],
  suggestions: [],
};

interface ReviewState extends ReviewRecords {
  planId: string;
  loaded: boolean;
  drafts: Record<string, ReviewDraft>;
}

const empty = (): ReviewState => ({
  planId: '',
  loaded: false,
  reviews: {},
  suggestions: {},
  comments: {},
  attachments: {},
  signoffs: {},
  conflicts: {},
  drafts: {},
});

export const useReviews = create<ReviewState>()(() => empty());

/** Drafts outlive a switch between the canvas and review mode of the same plan (in memory, as drafts are). */
let parkedDrafts: { planId: string; drafts: Record<string, ReviewDraft> } | null = null;

export async function openReviews(session: Session, planId: string) {
  const drafts = parkedDrafts?.planId === planId ? parkedDrafts.drafts : {};
  parkedDrafts = null;
  useReviews.setState({ ...empty(), planId, drafts });
  const data = await loadReviewData(session.db, planId);
  if (useReviews.getState().planId !== planId) return;
  const byId = <T extends { id: string }>(rows: T[]) => Object.fromEntries(rows.map((r) => [r.id, r]));
  useReviews.setState({
    loaded: true,
    reviews: byId(data.reviews),
    suggestions: byId(data.suggestions),
    comments: byId(data.comments),
    attachments: byId(data.attachments),
    signoffs: byId(data.signoffs),
    conflicts: byId(data.conflicts),
  });
}

export function closeReviews() {
  const { planId, drafts } = useReviews.getState();
  parkedDrafts = { planId, drafts };
  useReviews.setState(empty());
}

const COLLECTIONS = {
  review: 'reviews',
  suggestion: 'suggestions',
  comment: 'comments',
  attachment: 'attachments',
  signoff: 'signoffs',
  conflict: 'conflicts',
} as const satisfies Partial<Record<FieldEdit['entity'], keyof ReviewRecords>>;

type ReviewEntity = keyof typeof COLLECTIONS;

export function isReviewEntity(entity: FieldEdit['entity']): entity is ReviewEntity {
  return entity in COLLECTIONS;
}

/** Folds review-side edits (local, or committed by another window) into what is shown. */
export function foldReviewEdits(edits: readonly (FieldEdit | Change)[]) {
  const relevant = edits.filter((e) => isReviewEntity(e.entity));
  if (relevant.length === 0) return;
  useReviews.setState((state) => {
    const next: Partial<Record<keyof ReviewRecords, Record<string, { id: string }>>> = {};
    for (const e of relevant) {
      const key = COLLECTIONS[e.entity as ReviewEntity];
      const collection = (next[key] ??= { ...state[key] });
      collection[e.entityId] = applyField(collection[e.entityId] ?? { id: e.entityId }, e.field, e.newValue);
    }
    return next as Partial<ReviewRecords>;
  });
}

export function draftOf(elementId: string): ReviewDraft {
  return useReviews.getState().drafts[elementId] ?? EMPTY_DRAFT;
}

export function updateDraft(elementId: string, patch: Partial<ReviewDraft>) {
  useReviews.setState((s) => ({ drafts: { ...s.drafts, [elementId]: { ...(s.drafts[elementId] ?? EMPTY_DRAFT), ...patch } } }));
}

export function clearDraft(elementId: string) {
  useReviews.setState((s) => {
    const drafts = { ...s.drafts };
    delete drafts[elementId];
    return { drafts };
  });
}
