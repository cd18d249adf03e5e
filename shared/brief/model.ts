import { checkCoverage, type CoverageReport, type PairStatus } from '../coverage';
import type { PlanElement } from '../model/element';
import { areaOf, counterpartOf, fieldsOf, P_KINDS, PAIRS, type CKind, type ElementKind, type FieldType, type KindArea, type PKind } from '../model/kinds';
import type { PlanLink } from '../model/link';
import type { Plan } from '../model/plan';
import type { Attachment, Comment, Review, Signoff, Suggestion, Verdict } from '../model/review';
import { counterpartFinder, currentReviews, hasOpenObjection, isReviewable, planReviewSummary, reviewStates, type ElementReviewState, type PlanReviewSummary } from '../review/reviews';
import { signoffState, type SignoffState } from '../review/signoff';

/**
 * The brief's content, built from the plan's data alone: what the PDF view, the Markdown
 * brief and the CSV show. Pure: the renderer passes in what it loaded, and words come later
 * (each output translates keys in the brief's own language).
 */
export interface BriefInput {
  plan: Plan;
  elements: readonly PlanElement[];
  links: readonly PlanLink[];
  reviews: readonly Review[];
  suggestions: readonly Suggestion[];
  comments: readonly Comment[];
  attachments: readonly Attachment[];
  signoffs: readonly Signoff[];
}

export interface BriefField {
  key: string;
  type: FieldType;
  value: string | number;
}

export interface BriefReview {
  review: Review;
  /** Replies, oldest first. */
  comments: Comment[];
  attachments: Attachment[];
  suggestions: Suggestion[];
}

export interface BriefElement {
  element: PlanElement;
  /** "3.2": section 3, second element. The register and the appendix point here. */
  ref: string;
  /** Structured fields that hold a value, in the kind's order. */
  fields: BriefField[];
  reviewable: boolean;
  state: ElementReviewState | null;
  /** Each reviewer's current review, the most serious verdict first. */
  reviews: BriefReview[];
  /** The 4P↔4C counterparts that answer it (linked, or in its frame), at most three. */
  counterparts: BriefElement[];
}

export interface BriefSection {
  /** Anchor id in the document: `section-<n>`. */
  id: string;
  number: number;
  /** A frame's section is titled by the frame; an area's (elements outside frames) by its area. */
  frame: PlanElement | null;
  area: KindArea | null;
  elements: BriefElement[];
}

export interface PairRow {
  p: PKind;
  c: CKind;
  status: PairStatus;
  linked: boolean;
  pElements: BriefElement[];
  cElements: BriefElement[];
}

export interface RegisterEntry {
  ref: string;
  element: PlanElement;
  review: Review;
  text: string;
  open: boolean;
}

export interface SuggestionEntry {
  ref: string;
  element: PlanElement;
  suggestion: Suggestion;
}

export interface EvidenceEntry {
  ref: string;
  element: PlanElement;
  review: Review;
  attachment: Attachment;
}

export interface Kpi {
  ref: string;
  title: string;
  metric: string;
  target: number | string | null;
}

export interface BriefSummary {
  objectives: BriefElement[];
  targets: BriefElement[];
  positioning: BriefElement[];
  /** Sum of the budget lines' amounts, in the plan's currency; null when no line has one. */
  budgetTotal: number | null;
  budgetLines: number;
  kpis: Kpi[];
  review: PlanReviewSummary;
  /** Current verdicts over the whole plan. */
  verdicts: Record<Verdict, number>;
  coverage: CoverageReport;
}

export interface Brief {
  plan: Plan;
  /** Anything short of Agreed carries a DRAFT mark. */
  draft: boolean;
  signoffs: SignoffState;
  summary: BriefSummary;
  pairs: PairRow[];
  sections: BriefSection[];
  register: { risks: RegisterEntry[]; objections: RegisterEntry[] };
  suggestions: SuggestionEntry[];
  evidence: EvidenceEntry[];
  /** Live elements by id, for lookups (a counterpart, a parent frame). */
  elementsById: ReadonlyMap<string, PlanElement>;
  /** Live links between live elements: the diagram draws them. */
  links: PlanLink[];
}

/** An executive summary names the first few of each kind; the sections hold the rest. */
export const SUMMARY_ITEMS = 6;
export function summaryHead<T>(items: readonly T[]): { shown: T[]; more: number } {
  return { shown: items.slice(0, SUMMARY_ITEMS), more: Math.max(0, items.length - SUMMARY_ITEMS) };
}

/** Appends to a map of lists in place: copying the list on every row makes a large plan quadratic. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const SEVERITY: readonly Verdict[] = ['notFeasible', 'feasibleWithChanges', 'cantJudge', 'feasible'];
const PAIRED_ORDER: readonly ElementKind[] = P_KINDS.flatMap((p) => [p, counterpartOf(p)!]);
const AREAS: readonly KindArea[] = ['4p', '4c', 'framing'];

function kindRank(kind: ElementKind): number {
  const i = PAIRED_ORDER.indexOf(kind);
  if (i >= 0) return i;
  // Framing kinds in the order a plan is read: who, what we say, what we aim for, how, and notes last.
  const framing: readonly ElementKind[] = ['segment', 'target', 'positioning', 'objective', 'budget', 'tactic', 'channel', 'milestone', 'note'];
  const j = framing.indexOf(kind);
  return PAIRED_ORDER.length + (j >= 0 ? j : framing.length);
}

function byPosition(a: PlanElement, b: PlanElement): number {
  return a.y - b.y || a.x - b.x || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function hasValue(value: unknown): value is string | number {
  return (typeof value === 'string' && value.trim() !== '') || (typeof value === 'number' && Number.isFinite(value));
}

/** The nearest frame an element sits in (frames may nest), or null. */
export function frameOf(element: PlanElement, elements: ReadonlyMap<string, PlanElement>): PlanElement | null {
  let parent = element.parentId ? elements.get(element.parentId) : undefined;
  const seen = new Set<string>();
  while (parent && parent.kind !== 'frame' && !seen.has(parent.id)) {
    seen.add(parent.id);
    parent = parent.parentId ? elements.get(parent.parentId) : undefined;
  }
  return parent && parent.kind === 'frame' ? parent : null;
}

/** Builds the brief's content. Tombstones are left out everywhere; so is anything hanging off them. */
export function buildBrief(input: BriefInput): Brief {
  const live = input.elements.filter((e) => !e.deleted && e.planId === input.plan.id);
  const elementsById = new Map(live.map((e) => [e.id, e]));
  const links = input.links.filter((l) => !l.deleted && elementsById.has(l.source) && elementsById.has(l.target));
  const reviews = input.reviews.filter((r) => !r.deleted && elementsById.has(r.elementId));
  const current = currentReviews(reviews);
  const currentIds = new Set(current.map((r) => r.id));
  const liveReviewIds = new Set(reviews.map((r) => r.id));
  const suggestions = input.suggestions.filter((s) => !s.deleted && elementsById.has(s.elementId));
  const comments = input.comments.filter((c) => !c.deleted && liveReviewIds.has(c.reviewId));
  const attachments = input.attachments.filter((a) => !a.deleted && liveReviewIds.has(a.reviewId));
  const states = reviewStates(reviews, suggestions);

  const group = <T extends { reviewId: string }>(rows: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) pushTo(map, row.reviewId, row);
    return map;
  };
  const commentsOf = group(comments);
  const attachmentsOf = group(attachments);
  const suggestionsOf = group(suggestions);

  const briefReview = (review: Review): BriefReview => ({
    review,
    comments: [...(commentsOf.get(review.id) ?? [])].sort((a, b) => a.createdAt - b.createdAt || byId(a, b)),
    attachments: [...(attachmentsOf.get(review.id) ?? [])].sort(byId),
    suggestions: [...(suggestionsOf.get(review.id) ?? [])].sort((a, b) => a.createdAt - b.createdAt || byId(a, b)),
  });
  const reviewsByElement = new Map<string, BriefReview[]>();
  for (const review of current) {
    pushTo(reviewsByElement, review.elementId, briefReview(review));
  }
  for (const list of reviewsByElement.values()) {
    list.sort(
      (a, b) => SEVERITY.indexOf(a.review.verdict) - SEVERITY.indexOf(b.review.verdict) || b.review.createdAt - a.review.createdAt || byId(a.review, b.review),
    );
  }

  // Sections: one per frame (top to bottom, left to right), then the elements outside any frame by area.
  const frames = live.filter((e) => e.kind === 'frame').sort(byPosition);
  const members = new Map<string, PlanElement[]>();
  const loose = new Map<KindArea, PlanElement[]>();
  for (const element of live) {
    if (element.kind === 'frame') continue;
    const frame = frameOf(element, elementsById);
    if (frame) pushTo(members, frame.id, element);
    else pushTo(loose, areaOf(element.kind), element);
  }
  const order = (list: PlanElement[]) => [...list].sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || byPosition(a, b));
  const groups: Array<{ frame: PlanElement | null; area: KindArea | null; elements: PlanElement[] }> = [
    ...frames.map((frame) => ({ frame, area: null, elements: order(members.get(frame.id) ?? []) })),
    ...AREAS.map((area) => ({ frame: null, area, elements: order(loose.get(area) ?? []) })),
  ].filter((g) => g.elements.length > 0);

  const briefElements = new Map<string, BriefElement>();
  const sections: BriefSection[] = groups.map((g, index) => {
    const number = index + 1;
    return {
      id: `section-${number}`,
      number,
      frame: g.frame,
      area: g.area,
      elements: g.elements.map((element, i) => {
        const entry: BriefElement = {
          element,
          ref: `${number}.${i + 1}`,
          fields: fieldsOf(element.kind)
            .filter((f) => hasValue(element.fields[f.key]))
            .map((f) => ({ key: f.key, type: f.type, value: element.fields[f.key] as string | number })),
          reviewable: isReviewable(element),
          state: states.get(element.id) ?? null,
          reviews: reviewsByElement.get(element.id) ?? [],
          counterparts: [],
        };
        briefElements.set(element.id, entry);
        return entry;
      }),
    };
  });
  const inOrder = sections.flatMap((s) => s.elements);
  const counterpartsOf = counterpartFinder(live, links);
  for (const entry of inOrder) {
    entry.counterparts = counterpartsOf(entry.element)
      .map((e) => briefElements.get(e.id))
      .filter((e): e is BriefElement => !!e)
      .slice(0, 3);
  }
  const ofKind = (...kinds: ElementKind[]) => inOrder.filter((e) => kinds.includes(e.element.kind));

  const budgets = ofKind('budget');
  const amounts = budgets.map((b) => b.element.fields.amount).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const verdicts: Record<Verdict, number> = { feasible: 0, feasibleWithChanges: 0, notFeasible: 0, cantJudge: 0 };
  for (const review of current) verdicts[review.verdict] += 1;

  const coverage = checkCoverage(live, links);
  const pairs: PairRow[] = PAIRS.map(([p, c]) => {
    const pair = coverage.pairs.find((x) => x.p === p)!;
    const pick = (ids: string[]) => ids.map((id) => briefElements.get(id)).filter((e): e is BriefElement => !!e);
    return { p, c, status: pair.status, linked: pair.linked, pElements: pick(pair.pIds), cElements: pick(pair.cIds) };
  });

  const refOf = (elementId: string) => briefElements.get(elementId)?.ref ?? '';
  const ranks = new Map(inOrder.map((e, i) => [e.element.id, i]));
  const rank = (elementId: string) => ranks.get(elementId) ?? inOrder.length;
  const inPlanOrder = <T extends { element: PlanElement }>(rows: T[]) => rows.sort((a, b) => rank(a.element.id) - rank(b.element.id));
  const entry = (review: Review, text: string): RegisterEntry => ({
    ref: refOf(review.elementId),
    element: elementsById.get(review.elementId)!,
    review,
    text: text.trim(),
    open: !review.resolved,
  });
  const openFirst = (a: RegisterEntry, b: RegisterEntry) =>
    Number(b.open) - Number(a.open) ||
    SEVERITY.indexOf(a.review.verdict) - SEVERITY.indexOf(b.review.verdict) ||
    rank(a.element.id) - rank(b.element.id) ||
    byId(a.review, b.review);
  const risks = current.filter((r) => r.risks.trim()).map((r) => entry(r, r.risks)).sort(openFirst);
  const objections = current.filter(hasOpenObjection).map((r) => entry(r, r.objections)).sort(openFirst);

  const suggestionEntries = inPlanOrder(
    suggestions.map((s) => ({ ref: refOf(s.elementId), element: elementsById.get(s.elementId)!, suggestion: s })),
  ).sort((a, b) => rank(a.element.id) - rank(b.element.id) || a.suggestion.createdAt - b.suggestion.createdAt || byId(a.suggestion, b.suggestion));

  // Evidence from every live review, superseded ones too: a photo does not stop being evidence.
  const reviewById = new Map(reviews.map((r) => [r.id, r]));
  const evidence = attachments
    .map((attachment) => {
      const review = reviewById.get(attachment.reviewId)!;
      return { ref: refOf(review.elementId), element: elementsById.get(review.elementId)!, review, attachment };
    })
    .sort((a, b) => rank(a.element.id) - rank(b.element.id) || Number(currentIds.has(b.review.id)) - Number(currentIds.has(a.review.id)) || byId(a.attachment, b.attachment));

  return {
    plan: input.plan,
    draft: input.plan.status !== 'agreed',
    signoffs: signoffState(input.plan, input.signoffs),
    summary: {
      objectives: ofKind('objective'),
      targets: ofKind('segment', 'target'),
      positioning: ofKind('positioning'),
      budgetTotal: amounts.length ? amounts.reduce((sum, n) => sum + n, 0) : null,
      budgetLines: budgets.length,
      kpis: ofKind('objective')
        .filter((o) => hasValue(o.element.fields.metric) || hasValue(o.element.fields.targetValue))
        .map((o) => ({
          ref: o.ref,
          title: o.element.title,
          metric: typeof o.element.fields.metric === 'string' ? o.element.fields.metric : '',
          target: o.element.fields.targetValue ?? null,
        })),
      review: planReviewSummary(live, reviews, suggestions),
      verdicts,
      coverage,
    },
    pairs,
    sections,
    register: { risks, objections },
    suggestions: suggestionEntries,
    evidence,
    elementsById,
    links,
  };
}

/** Every review of the plan (current and superseded), in plan order: the CSV's rows. */
export function allReviewsInOrder(brief: Brief, reviews: readonly Review[]): Array<{ ref: string; section: BriefSection; element: PlanElement; review: Review; current: boolean }> {
  const current = new Set(brief.sections.flatMap((s) => s.elements.flatMap((e) => e.reviews.map((r) => r.review.id))));
  const place = new Map<string, { ref: string; section: BriefSection; element: PlanElement; rank: number }>();
  let rank = 0;
  for (const section of brief.sections) for (const e of section.elements) place.set(e.element.id, { ref: e.ref, section, element: e.element, rank: rank++ });
  return reviews
    .filter((r) => !r.deleted && place.has(r.elementId))
    .map((review) => ({ ...place.get(review.elementId)!, review, current: current.has(review.id) }))
    .sort((a, b) => a.rank - b.rank || a.review.createdAt - b.review.createdAt || byId(a.review, b.review))
    .map(({ rank: _rank, ...row }) => row);
}
