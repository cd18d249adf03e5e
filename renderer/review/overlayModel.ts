import type { PlanElement } from '../../shared/model/element';
import type { Plan } from '../../shared/model/plan';
import type { Review, Signoff, Suggestion, Verdict } from '../../shared/model/review';
import { currentReviews, isReviewable, reviewStates, type ElementReviewState } from '../../shared/review/reviews';
import { REQUIRED_ROLES, type SignoffState } from '../../shared/review/signoff';

/**
 * Pure helpers behind the canvas overlay: each node's review state, the highlight filter,
 * and how the sign-off block reads. The components and stores stay about wiring.
 */

/** What a node shows: the element's review state plus each current reviewer's say (for the reviewer filter). */
export interface NodeReviewState extends ElementReviewState {
  /** Author id → that reviewer's current verdict and whether their review is resolved. */
  byReviewer: Record<string, { verdict: Verdict; resolved: boolean }>;
}

export function nodeReviewStates(reviews: readonly Review[], suggestions: readonly Suggestion[]): Map<string, NodeReviewState> {
  const states = new Map<string, NodeReviewState>();
  for (const [id, state] of reviewStates(reviews, suggestions)) states.set(id, { ...state, byReviewer: {} });
  for (const review of currentReviews(reviews)) {
    const state = states.get(review.elementId);
    if (state) state.byReviewer[review.author] = { verdict: review.verdict, resolved: review.resolved };
  }
  return states;
}

function sameState(a: NodeReviewState, b: NodeReviewState): boolean {
  const scalars = ['count', 'worst', 'openObjections', 'unresolved', 'pendingSuggestions'] as const;
  if (scalars.some((k) => a[k] !== b[k])) return false;
  if ((Object.keys(a.verdicts) as Verdict[]).some((v) => a.verdicts[v] !== b.verdicts[v])) return false;
  const authors = Object.keys(a.byReviewer);
  if (authors.length !== Object.keys(b.byReviewer).length) return false;
  return authors.every((id) => {
    const x = a.byReviewer[id]!;
    const y = b.byReviewer[id];
    return !!y && x.verdict === y.verdict && x.resolved === y.resolved;
  });
}

/**
 * `next`, keeping `previous`'s object for every element whose state did not change, so a
 * node subscribed to its own entry re-renders only when its state really changed. Returns
 * `previous` itself when nothing changed at all.
 */
export function keepUnchanged(previous: Map<string, NodeReviewState>, next: Map<string, NodeReviewState>): Map<string, NodeReviewState> {
  let changed = previous.size !== next.size;
  const merged = new Map<string, NodeReviewState>();
  for (const [id, state] of next) {
    const before = previous.get(id);
    if (before && sameState(before, state)) merged.set(id, before);
    else {
      merged.set(id, state);
      changed = true;
    }
  }
  return changed ? merged : previous;
}

export interface Reviewer {
  id: string;
  name: string;
}

/** Everyone with a current review on the plan, by the name on their latest review, in name order. */
export function reviewersOf(reviews: readonly Review[]): Reviewer[] {
  const latest = new Map<string, Review>();
  for (const review of currentReviews(reviews)) {
    const seen = latest.get(review.author);
    if (!seen || review.createdAt > seen.createdAt) latest.set(review.author, review);
  }
  return [...latest.values()]
    .map((r) => ({ id: r.author, name: r.authorName || r.author }))
    .sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
}

/** "Not reviewed" sits beside the four verdicts in the verdict filter. */
export type VerdictChoice = Verdict | 'none';

export interface HighlightFilter {
  /** Elements with any of these verdicts (or with none, for 'none'); empty: any verdict. */
  verdicts: readonly VerdictChoice[];
  /** Only this reviewer's say counts (author id); null: everyone's. */
  reviewer: string | null;
  /** Only elements with a review not yet resolved. */
  unresolvedOnly: boolean;
}

export const NO_FILTER: HighlightFilter = { verdicts: [], reviewer: null, unresolvedOnly: false };

export function isFilterActive(filter: HighlightFilter): boolean {
  return filter.verdicts.length > 0 || filter.reviewer !== null || filter.unresolvedOnly;
}

/**
 * Whether an element's review state matches the filter. With a reviewer chosen, only that
 * person's current review counts: "not reviewed" then means not reviewed by them.
 */
export function matchesFilter(filter: HighlightFilter, state: NodeReviewState | undefined): boolean {
  const says = filter.reviewer
    ? [state?.byReviewer[filter.reviewer]].filter((s) => s !== undefined)
    : Object.values(state?.byReviewer ?? {});
  if (filter.verdicts.length > 0) {
    const hit = says.length === 0 ? filter.verdicts.includes('none') : says.some((s) => filter.verdicts.includes(s.verdict));
    if (!hit) return false;
  } else if (filter.reviewer && says.length === 0) {
    return false;
  }
  if (filter.unresolvedOnly && !says.some((s) => !s.resolved)) return false;
  return true;
}

/** How the filter shows on one node: a reviewable match stays, everything else on the canvas dims. */
export function highlightOf(filter: HighlightFilter, reviewable: boolean, state: NodeReviewState | undefined): 'match' | 'dim' | null {
  if (!isFilterActive(filter)) return null;
  return reviewable && matchesFilter(filter, state) ? 'match' : 'dim';
}

/** The "5 match" count: reviewable elements the filter keeps. */
export function countMatches(
  filter: HighlightFilter,
  elements: Iterable<PlanElement>,
  states: ReadonlyMap<string, NodeReviewState>,
): number {
  let count = 0;
  for (const element of elements) if (isReviewable(element) && matchesFilter(filter, states.get(element.id))) count += 1;
  return count;
}

/**
 * Whether an agreement was voided: some earlier revision of the plan carried a sign-off from
 * every required role, and the plan has since changed.
 */
export function agreementVoided(plan: Pick<Plan, 'revision'>, signoffs: readonly Signoff[]): boolean {
  const rolesByRevision = new Map<string, Set<string>>();
  for (const s of signoffs) {
    if (s.deleted || s.revision === plan.revision) continue;
    const roles = rolesByRevision.get(s.revision) ?? new Set();
    roles.add(s.authorRole);
    rolesByRevision.set(s.revision, roles);
  }
  return [...rolesByRevision.values()].some((roles) => REQUIRED_ROLES.every((role) => roles.has(role)));
}

/**
 * The void sign-offs worth showing: each person's latest, unless they have signed the plan
 * as it is now (their new signature replaces the old one). Newest first.
 */
export function voidedToShow(state: Pick<SignoffState, 'valid' | 'voided'>): Signoff[] {
  const signedNow = new Set(state.valid.map((s) => s.author));
  const latest = new Map<string, Signoff>();
  for (const s of state.voided) {
    if (signedNow.has(s.author)) continue;
    const seen = latest.get(s.author);
    if (!seen || s.createdAt > seen.createdAt) latest.set(s.author, s);
  }
  return [...latest.values()].sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1));
}
