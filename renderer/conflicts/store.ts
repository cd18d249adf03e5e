import { useMemo } from 'react';
import { create } from 'zustand';
import type { Conflict } from '../../shared/model/conflict';
import { useReviews } from '../review/store';
import { conflictCounts, elementOf, openConflicts } from './model';

/**
 * The open plan's open conflicts, indexed once per change of the records (not per node):
 * each canvas marker subscribes to its element's count, a number, so a resolution
 * re-renders only the node it was about.
 */
interface ConflictIndex {
  open: Conflict[];
  byElement: Map<string, number>;
}

function fromRecords(): ConflictIndex {
  const state = useReviews.getState();
  const open = openConflicts(state.conflicts);
  return { open, byElement: conflictCounts(open, state) };
}

export const useConflictIndex = create<ConflictIndex>()(() => fromRecords());

useReviews.subscribe((state, previous) => {
  // A conflict about a review is placed by the review's element, which may be read later.
  const placesMoved =
    state.reviews !== previous.reviews || state.suggestions !== previous.suggestions || state.comments !== previous.comments || state.attachments !== previous.attachments;
  if (state.conflicts === previous.conflicts && !(placesMoved && useConflictIndex.getState().open.length > 0)) return;
  useConflictIndex.setState(fromRecords());
});

/** How many open conflicts an element shows (0 for none). */
export function useElementConflictCount(elementId: string): number {
  return useConflictIndex((s) => s.byElement.get(elementId) ?? 0);
}

export function useOpenConflicts(): Conflict[] {
  return useConflictIndex((s) => s.open);
}

/** The open conflicts an element's inspector shows: its own fields', and its reviews'. */
export function useElementConflicts(elementId: string): Conflict[] {
  const open = useOpenConflicts();
  const reviews = useReviews((s) => s.reviews);
  const suggestions = useReviews((s) => s.suggestions);
  const comments = useReviews((s) => s.comments);
  const attachments = useReviews((s) => s.attachments);
  return useMemo(
    () => open.filter((c) => elementOf(c, { reviews, suggestions, comments, attachments }) === elementId),
    [open, reviews, suggestions, comments, attachments, elementId],
  );
}
