import type { Change, EntityType } from '../../shared/changes/change';
import type { FileHeader, MergePreview, PlanState } from '../../shared/exchange';
import { fieldValue } from '../../shared/exchange';
import { entitiesOf, type AnyEntity } from '../../shared/exchange/state';
import type { Plan } from '../../shared/model/plan';
import type { Role } from '../../shared/model/profile';
import type { Verdict } from '../../shared/model/review';

/**
 * What an import will do, in terms a person reads: counts per kind of record, the new
 * reviews and replies, the conflicts with both versions, and who made the changes. Built
 * in the worker from the merge's preview and the merged plan, so the dialog receives a few
 * kilobytes whatever the size of the plan. Text is returned as data; the dialog shows it
 * as text, never as HTML.
 */

export const COUNTED_TYPES = ['element', 'link', 'review', 'suggestion', 'comment', 'attachment', 'signoff'] as const;
export type CountedType = (typeof COUNTED_TYPES)[number];

export interface DeltaCount {
  type: CountedType;
  added: number;
  changed: number;
  deleted: number;
}

export interface Person {
  name: string;
  role: Role | null;
}

export interface ConflictView {
  id: string;
  entity: Exclude<EntityType, 'conflict'>;
  field: string;
  /** What the field belongs to: an element's or the plan's title, a review's author… */
  subject: string;
  /** The version the field will show (the latest), and the others kept beside it. */
  shown: { value: string | null; by: Person };
  kept: Array<{ value: string | null; by: Person }>;
}

export interface ImportPreview {
  planTitle: string;
  fileKind: FileHeader['kind'];
  exportedBy: Person | null;
  exportedAt: string;
  /** Nothing to apply: the file holds nothing this device lacks. */
  unchanged: boolean;
  /** Only the kinds with something to say. */
  counts: DeltaCount[];
  /** The plan's own fields (title, dates, status…) change. */
  planChanged: boolean;
  newReviews: Array<{ id: string; by: Person; element: string; verdict: Verdict }>;
  newComments: Array<{ id: string; by: Person; body: string }>;
  /** How many new reviews and comments were left out of the lists above. */
  moreReviews: number;
  moreComments: number;
  conflicts: ConflictView[];
  moreConflicts: number;
  resolvedConflicts: number;
  /** The people whose changes arrive. */
  people: Person[];
  newChanges: number;
}

const LIST_LIMIT = 30;
const TEXT_LIMIT = 280;

/** The plan's fields a person sets: a change to the derived ones (revision, last edited) is not news. */
const PLAN_DETAILS = ['title', 'brand', 'market', 'periodStart', 'periodEnd', 'currency', 'status', 'templateId', 'trashedAt', 'deleted'] as const;

export function describeMerge(preview: MergePreview, merged: PlanState, header: FileHeader, localPlan: Plan): ImportPreview {
  const people = new Map(merged.profiles.map((p) => [p.id, p]));
  const person = (id: string, fallbackName?: string, fallbackRole?: Role): Person => {
    const profile = people.get(id);
    return profile ? { name: profile.name, role: profile.role } : { name: fallbackName ?? id, role: fallbackRole ?? null };
  };
  const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r]));
  const elements = byId(merged.elements);
  const reviews = byId(merged.reviews);
  const comments = byId(merged.comments);
  const elementTitle = (id: string) => elements.get(id)?.title ?? '';

  const counts = COUNTED_TYPES.map((type) => {
    const delta = preview.byType[type];
    return { type, added: delta.added.length, changed: delta.changed.length, deleted: delta.deleted.length };
  }).filter((c) => c.added + c.changed + c.deleted > 0);

  const addedReviews = preview.byType.review.added.flatMap((id) => {
    const r = reviews.get(id);
    return r ? [{ id, by: person(r.author, r.authorName, r.authorRole), element: elementTitle(r.elementId), verdict: r.verdict }] : [];
  });
  const addedComments = preview.byType.comment.added.flatMap((id) => {
    const c = comments.get(id);
    return c ? [{ id, by: person(c.author, c.authorName, c.authorRole), body: clip(c.body) }] : [];
  });

  const subjectOf = (entity: Exclude<EntityType, 'conflict'>, id: string): string => {
    if (entity === 'plan') return merged.plan.title;
    if (entity === 'element') return elementTitle(id);
    if (entity === 'link') return merged.links.find((l) => l.id === id)?.label ?? '';
    if (entity === 'review') {
      const r = reviews.get(id);
      return r ? `${r.authorName} · ${elementTitle(r.elementId)}` : '';
    }
    if (entity === 'comment') return comments.get(id)?.authorName ?? '';
    if (entity === 'attachment') return merged.attachments.find((a) => a.id === id)?.name ?? '';
    if (entity === 'suggestion') return merged.suggestions.find((s) => s.id === id)?.authorName ?? '';
    return '';
  };

  const conflicts = preview.conflicts.slice(0, LIST_LIMIT).map((conflict): ConflictView => {
    const latest = latestChange(merged.changes, conflict.entity, conflict.entityId, conflict.field);
    const record = findRecord(merged, conflict.entity, conflict.entityId);
    const shownValue = record ? fieldValue(record, conflict.field) : null;
    return {
      id: conflict.id,
      entity: conflict.entity,
      field: conflict.field,
      subject: clip(subjectOf(conflict.entity, conflict.entityId)),
      shown: { value: typeof shownValue === 'string' ? clip(shownValue) : null, by: person(latest?.author ?? '') },
      kept: conflict.versions.map((v) => ({ value: v.value === null ? null : clip(v.value), by: person(v.author) })),
    };
  });

  return {
    planTitle: merged.plan.title,
    fileKind: header.kind,
    exportedBy: header.exportedBy ? { name: header.exportedBy.name, role: header.exportedBy.role } : null,
    exportedAt: header.exportedAt,
    unchanged: preview.unchanged,
    counts,
    planChanged: PLAN_DETAILS.some((field) => merged.plan[field] !== localPlan[field]),
    newReviews: addedReviews.slice(0, LIST_LIMIT),
    moreReviews: Math.max(0, addedReviews.length - LIST_LIMIT),
    newComments: addedComments.slice(0, LIST_LIMIT),
    moreComments: Math.max(0, addedComments.length - LIST_LIMIT),
    conflicts,
    moreConflicts: Math.max(0, preview.conflicts.length - LIST_LIMIT),
    resolvedConflicts: preview.resolvedConflicts.length,
    people: preview.authors.map((id) => person(id)),
    newChanges: preview.newChanges,
  };
}

function clip(text: string): string {
  const chars = [...text];
  return chars.length > TEXT_LIMIT ? `${chars.slice(0, TEXT_LIMIT).join('')}…` : text;
}

function latestChange(changes: readonly Change[], entity: EntityType, entityId: string, field: string): Change | undefined {
  let latest: Change | undefined;
  for (const c of changes) {
    if (c.entityId === entityId && c.field === field && c.entity === entity && (!latest || c.hlc > latest.hlc || (c.hlc === latest.hlc && c.id > latest.id))) latest = c;
  }
  return latest;
}

function findRecord(state: PlanState, entity: Exclude<EntityType, 'conflict'>, id: string): AnyEntity | undefined {
  return entitiesOf(state, entity).find((row) => row.id === id);
}
