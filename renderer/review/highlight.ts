import { create } from 'zustand';
import { useEditor } from '../canvas/store';
import type { PlanElement } from '../../shared/model/element';
import { isReviewable } from '../../shared/review/reviews';
import { NO_FILTER, highlightOf, type HighlightFilter, type VerdictChoice } from './overlayModel';
import { useElementReview } from './overlayStore';

/** The canvas highlight: which review states stay lit while the rest of the plan dims. */
interface HighlightState {
  filter: HighlightFilter;
}

export const useHighlight = create<HighlightState>()(() => ({ filter: NO_FILTER }));

function update(patch: Partial<HighlightFilter>) {
  useHighlight.setState((s) => ({ filter: { ...s.filter, ...patch } }));
}

export function toggleVerdict(verdict: VerdictChoice, on: boolean) {
  const { verdicts } = useHighlight.getState().filter;
  update({ verdicts: on ? [...new Set([...verdicts, verdict])] : verdicts.filter((v) => v !== verdict) });
}

export function setReviewer(reviewer: string | null) {
  update({ reviewer });
}

export function setUnresolvedOnly(unresolvedOnly: boolean) {
  update({ unresolvedOnly });
}

export function clearHighlight() {
  useHighlight.setState({ filter: NO_FILTER });
}

// Another plan has other reviewers: a filter never carries over.
useEditor.subscribe((state, previous) => {
  if (state.planId !== previous.planId) useHighlight.setState({ filter: NO_FILTER });
});

/**
 * How one node shows under the filter: 'match' stays lit, 'dim' fades, null without a filter.
 * A node re-renders only when its own answer changes.
 */
export function useNodeHighlight(element: PlanElement): 'match' | 'dim' | null {
  const state = useElementReview(element.id);
  const reviewable = isReviewable(element);
  return useHighlight((s) => highlightOf(s.filter, reviewable, state));
}
