import { areaOf, counterpartOf, P_KINDS, C_KINDS, type ElementKind } from '../model/kinds';
import type { PlanElement } from '../model/element';
import type { PlanLink } from '../model/link';
import type { Review, Suggestion, Verdict } from '../model/review';

/** Frames group and notes annotate: neither is a claim a rep can judge. */
export function isReviewable(element: PlanElement): boolean {
  return !element.deleted && element.kind !== 'frame' && element.kind !== 'note';
}

function newerFirst(a: Review, b: Review): number {
  return b.createdAt - a.createdAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

/** Each reviewer's latest review per element: earlier ones are history, not the current say. */
export function currentReviews(reviews: readonly Review[]): Review[] {
  const latest = new Map<string, Review>();
  for (const review of [...reviews].filter((r) => !r.deleted).sort(newerFirst)) {
    const key = `${review.elementId}\u0000${review.author}`;
    if (!latest.has(key)) latest.set(key, review);
  }
  return [...latest.values()];
}

/** Every review of one element, newest first, current and superseded. */
export function reviewsOf(reviews: readonly Review[], elementId: string): Review[] {
  return reviews.filter((r) => !r.deleted && r.elementId === elementId).sort(newerFirst);
}

/** An objection stays open until its review is resolved with a decision. */
export function hasOpenObjection(review: Review): boolean {
  return !review.resolved && review.objections.trim().length > 0;
}

/** The most serious first: a badge shows the worst current verdict. */
const SEVERITY: readonly Verdict[] = ['notFeasible', 'feasibleWithChanges', 'cantJudge', 'feasible'];

export interface ElementReviewState {
  /** Current reviews (one per reviewer). */
  count: number;
  verdicts: Record<Verdict, number>;
  /** The most serious current verdict, or null when nobody has reviewed the element. */
  worst: Verdict | null;
  openObjections: number;
  unresolved: number;
  pendingSuggestions: number;
}

function emptyVerdicts(): Record<Verdict, number> {
  return { feasible: 0, feasibleWithChanges: 0, notFeasible: 0, cantJudge: 0 };
}

/** Review state of every element, from the current reviews and the suggestions. */
export function reviewStates(reviews: readonly Review[], suggestions: readonly Suggestion[]): Map<string, ElementReviewState> {
  const states = new Map<string, ElementReviewState>();
  const stateOf = (elementId: string) => {
    let state = states.get(elementId);
    if (!state) {
      state = { count: 0, verdicts: emptyVerdicts(), worst: null, openObjections: 0, unresolved: 0, pendingSuggestions: 0 };
      states.set(elementId, state);
    }
    return state;
  };
  for (const review of currentReviews(reviews)) {
    const state = stateOf(review.elementId);
    state.count += 1;
    state.verdicts[review.verdict] += 1;
    if (hasOpenObjection(review)) state.openObjections += 1;
    if (!review.resolved) state.unresolved += 1;
  }
  for (const state of states.values()) state.worst = SEVERITY.find((v) => state.verdicts[v] > 0) ?? null;
  for (const s of suggestions) if (!s.deleted && s.state === 'pending') stateOf(s.elementId).pendingSuggestions += 1;
  return states;
}

export type ReviewArea = ElementKind | 'framing';

export interface PlanReviewSummary {
  reviewable: number;
  reviewed: number;
  /** Current verdicts per 4P/4C kind; framing kinds share one row. */
  byArea: Array<{ area: ReviewArea; verdicts: Record<Verdict, number> }>;
  openObjections: number;
  pendingSuggestions: number;
  unresolved: number;
}

const AREA_ORDER: readonly ReviewArea[] = [...P_KINDS, ...C_KINDS, 'framing'];

function reviewAreaOf(kind: ElementKind): ReviewArea {
  return areaOf(kind) === 'framing' ? 'framing' : kind;
}

/** "Reviewed 12 of 40", verdicts by 4P/4C area, open objections and pending suggestions. */
export function planReviewSummary(
  elements: readonly PlanElement[],
  reviews: readonly Review[],
  suggestions: readonly Suggestion[],
): PlanReviewSummary {
  const reviewable = elements.filter(isReviewable);
  const live = new Map(reviewable.map((e) => [e.id, e]));
  const states = reviewStates(
    reviews.filter((r) => live.has(r.elementId)),
    suggestions.filter((s) => live.has(s.elementId)),
  );
  const byArea = new Map<ReviewArea, Record<Verdict, number>>();
  let reviewed = 0;
  let openObjections = 0;
  let pendingSuggestions = 0;
  let unresolved = 0;
  for (const [elementId, state] of states) {
    const element = live.get(elementId)!;
    if (state.count > 0) reviewed += 1;
    openObjections += state.openObjections;
    pendingSuggestions += state.pendingSuggestions;
    unresolved += state.unresolved;
    const area = reviewAreaOf(element.kind);
    const verdicts = byArea.get(area) ?? emptyVerdicts();
    for (const v of SEVERITY) verdicts[v] += state.verdicts[v];
    byArea.set(area, verdicts);
  }
  return {
    reviewable: reviewable.length,
    reviewed,
    byArea: AREA_ORDER.filter((a) => byArea.has(a)).map((area) => ({ area, verdicts: byArea.get(area)! })),
    openObjections,
    pendingSuggestions,
    unresolved,
  };
}

/**
 * The order a rep walks the plan in: frame by frame (top to bottom, left to right), and
 * inside each by 4P/4C area (each P followed by its C), then framing kinds, then position.
 * Elements outside any frame come last.
 */
export function reviewOrder(elements: readonly PlanElement[]): PlanElement[] {
  const byId = new Map(elements.map((e) => [e.id, e]));
  const frames = elements.filter((e) => e.kind === 'frame' && !e.deleted).sort(byPosition);
  const frameRank = new Map(frames.map((f, i) => [f.id, i]));
  const frameOf = (e: PlanElement): number => {
    let parent = e.parentId ? byId.get(e.parentId) : undefined;
    while (parent && parent.kind !== 'frame') parent = parent.parentId ? byId.get(parent.parentId) : undefined;
    return parent ? (frameRank.get(parent.id) ?? frames.length) : frames.length;
  };
  return elements
    .filter(isReviewable)
    .map((e) => ({ e, frame: frameOf(e), kind: kindRank(e.kind) }))
    .sort((a, b) => a.frame - b.frame || a.kind - b.kind || byPosition(a.e, b.e))
    .map(({ e }) => e);
}

const PAIRED_ORDER: readonly ElementKind[] = P_KINDS.flatMap((p) => [p, counterpartOf(p)!]);
function kindRank(kind: ElementKind): number {
  const i = PAIRED_ORDER.indexOf(kind);
  return i >= 0 ? i : PAIRED_ORDER.length;
}

function byPosition(a: PlanElement, b: PlanElement): number {
  return a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The 4P↔4C counterparts that answer an element: those joined to it by a "pairs with" link,
 * then those of the paired kind in the same frame; when there are none, the first of that
 * kind anywhere. A counterpart in another campaign's frame is noise, not context. The
 * elements are indexed once, so asking for every element of a large plan stays cheap.
 */
export function counterpartFinder(elements: readonly PlanElement[], links: readonly PlanLink[]): (element: PlanElement) => PlanElement[] {
  const byKind = new Map<ElementKind, PlanElement[]>();
  for (const e of elements) {
    if (e.deleted) continue;
    const list = byKind.get(e.kind);
    if (list) list.push(e);
    else byKind.set(e.kind, [e]);
  }
  for (const list of byKind.values()) list.sort(byPosition);
  const pairedWith = new Map<string, Set<string>>();
  const pair = (a: string, b: string) => pairedWith.set(a, (pairedWith.get(a) ?? new Set()).add(b));
  for (const l of links) {
    if (l.deleted || l.type !== 'pairsWith') continue;
    pair(l.source, l.target);
    pair(l.target, l.source);
  }
  return (element) => {
    const kind = counterpartOf(element.kind);
    if (!kind) return [];
    const live = byKind.get(kind) ?? [];
    const linked = pairedWith.get(element.id) ?? new Set<string>();
    const sameFrame = (e: PlanElement) => e.parentId !== null && e.parentId === element.parentId;
    const close = [...live.filter((e) => linked.has(e.id)), ...live.filter((e) => !linked.has(e.id) && sameFrame(e))];
    return close.length ? close : live.slice(0, 1);
  };
}

export function counterpartElements(element: PlanElement, elements: readonly PlanElement[], links: readonly PlanLink[]): PlanElement[] {
  return counterpartFinder(elements, links)(element);
}

/** The one counterpart a reviewer sees beside an element (review mode). */
export function counterpartElement(element: PlanElement, elements: readonly PlanElement[], links: readonly PlanLink[]): PlanElement | undefined {
  return counterpartElements(element, elements, links)[0];
}
