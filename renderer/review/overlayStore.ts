import { create } from 'zustand';
import { useEditor } from '../canvas/store';
import { keepUnchanged, nodeReviewStates, type NodeReviewState } from './overlayModel';
import { useReviews } from './store';

/**
 * The review state of every element, computed once per change of the review records (not
 * per node): each canvas node subscribes to its own entry, and an entry keeps its object
 * while its state is unchanged, so a new review re-renders only the node it is about.
 */
interface OverlayState {
  states: Map<string, NodeReviewState>;
  /** Whether the records are read: until then no node claims "not reviewed". */
  loaded: boolean;
  /** Once the plan has gone out for review, unreviewed elements say so. */
  markUnreviewed: boolean;
}

function fromRecords(): Pick<OverlayState, 'states' | 'loaded'> {
  const { reviews, suggestions, loaded } = useReviews.getState();
  return { states: nodeReviewStates(Object.values(reviews), Object.values(suggestions)), loaded };
}

export const useOverlay = create<OverlayState>()(() => ({ ...fromRecords(), markUnreviewed: false }));

useReviews.subscribe((state, previous) => {
  if (state.reviews === previous.reviews && state.suggestions === previous.suggestions && state.loaded === previous.loaded) return;
  const next = fromRecords();
  useOverlay.setState((s) => ({ states: keepUnchanged(s.states, next.states), loaded: next.loaded }));
});

useEditor.subscribe((state) => {
  const mark = !!state.plan && state.plan.status !== 'draft';
  if (mark !== useOverlay.getState().markUnreviewed) useOverlay.setState({ markUnreviewed: mark });
});

/** One element's review state (undefined when nobody has reviewed it). */
export function useElementReview(elementId: string): NodeReviewState | undefined {
  return useOverlay((s) => s.states.get(elementId));
}
