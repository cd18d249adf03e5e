import type { Change } from '../../shared/changes/change';
import { formatHlc } from '../../shared/changes/hlc';
import type { PlanElement } from '../../shared/model/element';
import { isContentEdit } from '../../shared/model/entities';
import type { Review, Verdict } from '../../shared/model/review';

/**
 * The pure side of review mode: where the rep stands in the walk, what they have reviewed,
 * and what changed since they last looked. No React, no database: the screen feeds it.
 */

/** The verdict of each element's latest review by one person (earlier ones are history). */
export function myVerdicts(reviews: readonly Review[], profileId: string): Map<string, Verdict> {
  const latest = new Map<string, Review>();
  for (const review of reviews) {
    if (review.deleted || review.author !== profileId) continue;
    const seen = latest.get(review.elementId);
    if (!seen || review.createdAt > seen.createdAt || (review.createdAt === seen.createdAt && review.id > seen.id)) {
      latest.set(review.elementId, review);
    }
  }
  return new Map([...latest].map(([elementId, review]) => [elementId, review.verdict]));
}

export interface Progress {
  reviewed: number;
  total: number;
}

/** "12 of 40 reviewed": how many elements of the walk are in `done`. */
export function walkProgress(order: readonly PlanElement[], done: ReadonlySet<string> | ReadonlyMap<string, unknown>): Progress {
  return { reviewed: order.filter((e) => done.has(e.id)).length, total: order.length };
}

/**
 * The first element after `from` (wrapping round) that is not in `done`; -1 when every
 * element is done. `from` = -1 starts at the top.
 */
export function nextUnreviewed(order: readonly PlanElement[], done: ReadonlySet<string> | ReadonlyMap<string, unknown>, from: number): number {
  const n = order.length;
  for (let step = 1; step <= n; step++) {
    const i = (((from + step) % n) + n) % n;
    if (!done.has(order[i]!.id)) return i;
  }
  return -1;
}

/**
 * Where the walk starts: the element asked for (a deep link, the element selected on the
 * canvas), else the first one not yet reviewed, else the first.
 */
export function startIndex(order: readonly PlanElement[], done: ReadonlySet<string> | ReadonlyMap<string, unknown>, wanted: string | null): number {
  if (order.length === 0) return -1;
  const asked = wanted ? order.findIndex((e) => e.id === wanted) : -1;
  if (asked >= 0) return asked;
  return Math.max(0, nextUnreviewed(order, done, -1));
}

/** Where an element sits on the canvas, not what it says: moving a card is not news to a reviewer. */
const LAYOUT_FIELDS: ReadonlySet<string> = new Set(['x', 'y', 'width', 'height', 'parentId']);

/**
 * Elements whose content someone else changed after this person's latest review of them,
 * with the fields that changed (`title`, `body`, `fields.<key>`, `kind`, `deleted`…).
 * `changes` is the plan's change record in clock order. A review is dated by the change
 * that created it; one with no record yet (just saved, not reloaded) by its creation time.
 */
export function changedSinceMyReview(
  changes: readonly Change[],
  reviews: readonly Review[],
  profileId: string,
): Map<string, string[]> {
  const mine = new Map(reviews.filter((r) => !r.deleted && r.author === profileId).map((r) => [r.id, r]));
  const createdAt = new Map<string, string>();
  for (const change of changes) {
    if (change.entity === 'review' && mine.has(change.entityId) && !createdAt.has(change.entityId)) createdAt.set(change.entityId, change.hlc);
  }
  const reviewedAt = new Map<string, string>();
  for (const review of mine.values()) {
    const stamp = createdAt.get(review.id) ?? formatHlc({ wall: review.createdAt, counter: 0, deviceId: '' });
    const previous = reviewedAt.get(review.elementId);
    if (!previous || stamp > previous) reviewedAt.set(review.elementId, stamp);
  }
  const changed = new Map<string, Set<string>>();
  for (const change of changes) {
    if (change.entity !== 'element' || change.author === profileId || LAYOUT_FIELDS.has(change.field) || !isContentEdit(change)) continue;
    const since = reviewedAt.get(change.entityId);
    if (since === undefined || change.hlc <= since) continue;
    const fields = changed.get(change.entityId) ?? new Set<string>();
    fields.add(change.field);
    changed.set(change.entityId, fields);
  }
  return new Map([...changed].map(([id, fields]) => [id, [...fields]]));
}

/** The frame an element sits in (through nested parents), or undefined. */
export function frameOf(element: PlanElement, elements: Readonly<Record<string, PlanElement>>): PlanElement | undefined {
  const seen = new Set<string>();
  let parent = element.parentId ? elements[element.parentId] : undefined;
  while (parent && parent.kind !== 'frame' && !seen.has(parent.id)) {
    seen.add(parent.id);
    parent = parent.parentId ? elements[parent.parentId] : undefined;
  }
  return parent?.kind === 'frame' ? parent : undefined;
}

/** The walk cut into runs of consecutive elements sharing a frame, for the rail's headings. */
export function groupByFrame(
  order: readonly PlanElement[],
  elements: Readonly<Record<string, PlanElement>>,
): Array<{ frame: PlanElement | undefined; items: Array<{ element: PlanElement; index: number }> }> {
  const groups: Array<{ frame: PlanElement | undefined; items: Array<{ element: PlanElement; index: number }> }> = [];
  order.forEach((element, index) => {
    const frame = frameOf(element, elements);
    const last = groups[groups.length - 1];
    if (last && last.frame?.id === frame?.id) last.items.push({ element, index });
    else groups.push({ frame, items: [{ element, index }] });
  });
  return groups;
}
