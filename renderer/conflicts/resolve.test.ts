import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HlcClock } from '../../shared/changes/hlc';
import { LAN, MAI } from '../../shared/exchange/testing/fixtures';
import { conflictId, type Conflict } from '../../shared/model/conflict';
import { newElement } from '../../shared/model/element';
import { newPlan } from '../../shared/model/plan';
import { review } from '../../shared/review/fixtures';
import type { Session } from '../app/session';
import { closePlan, flush, openPlan, undoLast, useEditor } from '../canvas/store';
import { createPlan, WorkbenchDatabase } from '../db';
import { browserPlatform } from '../platform/browser';
import { useProfile } from '../profile/store';
import { closeReviews, openReviews, useReviews } from '../review/store';
import { resolve } from './actions';
import { conflictCounts, describeSubject, elementOf, fieldLabelKey, openConflicts } from './model';
import { useConflictIndex } from './store';

const TITLE = conflictId('element', 'e1', 'title');
const RISKS = conflictId('review', 'r1', 'risks');

function conflict(id: string, init: Partial<Conflict>): Conflict {
  const [entity, entityId, field] = id.split('/') as [Conflict['entity'], string, string];
  return {
    id,
    planId: 'p1',
    entity,
    entityId,
    field,
    versions: [{ changeId: `c-${id}`, hlc: '0000mjz4fk8-00000-laptop-lan', author: LAN.id, deviceId: 'laptop-lan', value: 'Giá gói 3 tháng' }],
    deleted: false,
    ...init,
  };
}

let db: WorkbenchDatabase;

/** Marketing's laptop after a merge left the element's title and a review's risks in conflict. */
beforeEach(async () => {
  // The store times edits to the next frame in `--mode test` builds, which is vitest's mode too.
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 0));
  db = new WorkbenchDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  const clock = new HlcClock('laptop-mai');
  await createPlan(db, { author: MAI.id, clock }, {
    plan: newPlan({ id: 'p1', title: 'Tết' }, 1),
    elements: [newElement({ id: 'e1', planId: 'p1', kind: 'price', title: 'Giá' })],
    links: [],
  });
  await db.reviews.put(review({ id: 'r1', elementId: 'e1', author: LAN.id, authorName: LAN.name, risks: 'Kênh chưa sẵn sàng' }));
  // Conflict records are derived by a merge, never typed: written here as a merge would.
  await db.conflicts.bulkPut([conflict(TITLE, {}), conflict(RISKS, {}), conflict(conflictId('element', 'e1', 'body'), { deleted: true, versions: [] })]);
  useProfile.setState({ profile: MAI, profiles: [MAI, LAN] });
  const session: Session = { db, clock, platform: browserPlatform };
  await openPlan(session, 'p1');
  await openReviews(session, 'p1');
});

afterEach(async () => {
  closePlan();
  closeReviews();
  vi.unstubAllGlobals();
  db.close();
  await db.delete();
});

const stored = async (id: string) => (await db.conflicts.get(id))!;

describe('resolving a conflict', () => {
  it('shows open conflicts on the element they are about, reviews included', () => {
    expect(useConflictIndex.getState().open.map((c) => c.id)).toEqual([TITLE, RISKS]);
    expect(useConflictIndex.getState().byElement.get('e1')).toBe(2);
  });

  it('takes their version as one attributed, undoable edit that closes the conflict', async () => {
    expect(await resolve((await stored(TITLE))!, { kind: 'version', changeId: `c-${TITLE}` })).toBe(true);
    await flush();
    expect(useEditor.getState().elements.e1!.title).toBe('Giá gói 3 tháng');
    expect((await db.elements.get('e1'))!.title).toBe('Giá gói 3 tháng');
    expect(await stored(TITLE)).toMatchObject({ deleted: true, versions: [] });
    expect(useConflictIndex.getState().byElement.get('e1')).toBe(1);

    const changes = await db.changes.where('entityId').anyOf(['e1', TITLE]).filter((c) => c.author === MAI.id && c.field !== 'fields').toArray();
    const resolution = changes.filter((c) => c.txId === changes.find((x) => x.entity === 'conflict')!.txId);
    expect(resolution.map((c) => `${c.entity}.${c.field}`).sort()).toEqual(['conflict.deleted', 'conflict.versions', 'element.title']);

    await undoLast();
    expect((await db.elements.get('e1'))!.title).toBe('Giá');
    expect(await stored(TITLE)).toMatchObject({ deleted: false, versions: [{ value: 'Giá gói 3 tháng' }] });
    expect(useReviews.getState().conflicts[TITLE]!.deleted).toBe(false);
    expect(useConflictIndex.getState().byElement.get('e1')).toBe(2);
  });

  it('keeping the version shown still writes the field: that stamp closes it on other laptops', async () => {
    await resolve((await stored(TITLE))!, { kind: 'current' });
    await flush();
    const rewrite = await db.changes.where('entityId').equals('e1').filter((c) => c.field === 'title' && c.oldValue === 'Giá').toArray();
    expect(rewrite).toHaveLength(1);
    expect(rewrite[0]).toMatchObject({ newValue: 'Giá', author: MAI.id });
    expect((await stored(TITLE)).deleted).toBe(true);
  });

  it('writes an edited text, on a review too', async () => {
    await resolve((await stored(RISKS))!, { kind: 'edit', value: 'Kênh chưa sẵn sàng; gói 3 tháng' });
    await flush();
    expect((await db.reviews.get('r1'))!.risks).toBe('Kênh chưa sẵn sàng; gói 3 tháng');
    expect(useReviews.getState().reviews.r1!.risks).toBe('Kênh chưa sẵn sàng; gói 3 tháng');
    expect((await stored(RISKS)).deleted).toBe(true);
  });

  it('is not offered to sales or leadership, and writes nothing for them', async () => {
    useProfile.setState({ profile: LAN });
    const before = await db.changes.count();
    expect(await resolve((await stored(TITLE))!, { kind: 'version', changeId: `c-${TITLE}` })).toBe(false);
    await flush();
    expect(await db.changes.count()).toBe(before);
    expect((await stored(TITLE)).deleted).toBe(false);
  });

  it('does nothing for a conflict already closed', async () => {
    const closed = await stored(conflictId('element', 'e1', 'body'));
    expect(await resolve(closed, { kind: 'current' })).toBe(false);
  });
});

describe('conflict model', () => {
  const reviews = { r1: review({ id: 'r1', elementId: 'e1', author: 'lan', authorName: 'Lan' }) };
  const side = { reviews, suggestions: {}, comments: {}, attachments: {} };

  it('lists open conflicts in a stable order and leaves closed ones out', () => {
    const records = { [RISKS]: conflict(RISKS, {}), [TITLE]: conflict(TITLE, {}), x: conflict('plan/p1/title', { versions: [] }) };
    expect(openConflicts(records).map((c) => c.id)).toEqual([TITLE, RISKS]);
  });

  it('places a conflict on its element, or on the element its review is about', () => {
    expect(elementOf(conflict(TITLE, {}), side)).toBe('e1');
    expect(elementOf(conflict(RISKS, {}), side)).toBe('e1');
    expect(elementOf(conflict('plan/p1/title', {}), side)).toBeUndefined();
    expect(conflictCounts([conflict(TITLE, {}), conflict(RISKS, {})], side)).toEqual(new Map([['e1', 2]]));
  });

  it('names fields and subjects in words', () => {
    expect(fieldLabelKey('fields.metric')).toBe('conflicts.field.metric');
    const t = (key: string, options?: Record<string, unknown>) => `${key}${options ? JSON.stringify(options) : ''}`;
    const records = { ...side, elements: { e1: newElement({ id: 'e1', planId: 'p1', kind: 'price', title: 'Giá' }) }, links: {} };
    expect(describeSubject(conflict(TITLE, {}), records, t)).toBe('Giá');
    expect(describeSubject(conflict(RISKS, {}), records, t)).toBe('conflicts.subject.review{"author":"Lan"}');
  });
});
