import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HlcClock } from '../../shared/changes/hlc';
import { newElement } from '../../shared/model/element';
import { newPlan } from '../../shared/model/plan';
import type { Attachment } from '../../shared/model/review';
import { signEdits, statusEdits, submitReviewEdits } from '../../shared/review/edits';
import { review, signoff } from '../../shared/review/fixtures';
import { signoffState } from '../../shared/review/signoff';
import { commitActions, commitEdits, createPlan, loadBlob, loadPlan, loadReviewData, purgePlan, undo, WorkbenchDatabase } from '.';
import type { EditContext } from './commit';

let db: WorkbenchDatabase;
let ctx: EditContext;

beforeEach(async () => {
  db = new WorkbenchDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  ctx = { planId: 'p1', author: 'mai', clock: new HlcClock('device-a') };
  const plan = newPlan({ id: 'p1', title: 'Tết launch', status: 'inFieldReview' }, 1);
  await createPlan(db, ctx, { plan, elements: [newElement({ id: 'e1', planId: 'p1', kind: 'price', title: 'Giá' })], links: [] });
});

afterEach(async () => {
  db.close();
  await db.delete();
});

const plan = async () => (await loadPlan(db, 'p1'))!.plan;
const retitle = (title: string) => [{ entity: 'element', entityId: 'e1', field: 'title', newValue: title, oldValue: 'x' }] as const;

async function signAs(id: string, role: 'marketing' | 'sales') {
  const current = await plan();
  const { signoffs } = await loadReviewData(db, 'p1');
  await commitEdits(db, ctx, signEdits(current, signoff(id, id, role, current.revision, Date.now()), signoffs), { kind: 'none' });
}

describe('plan revision and sign-offs', () => {
  it('gives a new plan a revision from its creation, as a merge of its file would', async () => {
    const created = await plan();
    const log = await db.changes.where('planId').equals('p1').toArray();
    const lastContent = log.filter((c) => c.entity !== 'plan' || c.field === 'title').map((c) => c.hlc).sort().at(-1);
    expect(created.revision).toBe(lastContent);
  });

  it('moves the revision with content edits only, not with reviews', async () => {
    const [edit] = await commitEdits(db, ctx, [...retitle('價格')]);
    expect((await plan()).revision).toBe(edit!.hlc);
    await commitEdits(db, ctx, submitReviewEdits(review({ id: 'r1', elementId: 'e1', author: 'lan' }), [], []));
    expect((await plan()).revision).toBe(edit!.hlc);
  });

  it('turns Agreed with both sign-offs, and an edit afterwards voids them and returns the plan to review', async () => {
    await signAs('mai', 'marketing');
    await signAs('lan', 'sales');
    expect((await plan()).status).toBe('agreed');

    const result = await commitActions(db, ctx, [{ edits: [...retitle('Giá mới')], history: { kind: 'record' } }]);
    expect(result.derived.map((c) => c.field).sort()).toEqual(['revision', 'status']);
    const after = await plan();
    expect(after.status).toBe('inFieldReview');
    const state = signoffState(after, (await loadReviewData(db, 'p1')).signoffs);
    expect(state).toMatchObject({ complete: false, valid: [] });
    expect(state.voided.map((s) => s.author).sort()).toEqual(['lan', 'mai']);
  });

  it('undoing the edit does not bring the agreement back: the undo is an edit too', async () => {
    await signAs('mai', 'marketing');
    await signAs('lan', 'sales');
    await commitEdits(db, ctx, [...retitle('Giá mới')]);
    await undo(db, ctx);
    const after = await plan();
    expect(after.status).toBe('inFieldReview');
    expect(signoffState(after, (await loadReviewData(db, 'p1')).signoffs).complete).toBe(false);
  });

  it('a plain status change is not a content edit', async () => {
    const before = (await plan()).revision;
    await commitEdits(db, ctx, statusEdits(await plan(), 'draft'));
    expect((await plan()).revision).toBe(before);
  });
});

describe('attachments', () => {
  const attachment: Attachment = { id: 'a1', planId: 'p1', reviewId: 'r1', name: 'kệ hàng.png', type: 'image/png', size: 3, deleted: false };

  it('stores the bytes with the review in one step', async () => {
    const edits = submitReviewEdits(review({ id: 'r1', elementId: 'e1', author: 'lan' }), [attachment], []);
    const data = new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' });
    await commitActions(db, ctx, [{ edits, history: { kind: 'record' }, blobs: [{ id: 'a1', planId: 'p1', data, thumbnail: null }] }]);
    expect((await loadReviewData(db, 'p1')).attachments.map((a) => a.name)).toEqual(['kệ hàng.png']);
    expect((await loadBlob(db, 'a1'))?.data.size).toBe(3);
  });

  it('writes neither the record nor the bytes when the record is invalid', async () => {
    const edits = submitReviewEdits(review({ id: 'r1', elementId: 'e1', author: 'lan' }), [{ ...attachment, size: 999_999_999 }], []);
    const data = new Blob([new Uint8Array([1])]);
    await expect(
      commitActions(db, ctx, [{ edits, history: { kind: 'record' }, blobs: [{ id: 'a1', planId: 'p1', data, thumbnail: null }] }]),
    ).rejects.toThrow(/size/);
    expect(await loadBlob(db, 'a1')).toBeUndefined();
    expect((await loadReviewData(db, 'p1')).reviews).toEqual([]);
  });

  it('a plan deleted for good takes its reviews and attachment bytes with it', async () => {
    const edits = submitReviewEdits(review({ id: 'r1', elementId: 'e1', author: 'lan' }), [attachment], []);
    const data = new Blob([new Uint8Array([1, 2, 3])]);
    await commitActions(db, ctx, [{ edits, history: { kind: 'record' }, blobs: [{ id: 'a1', planId: 'p1', data, thumbnail: null }] }]);
    await purgePlan(db, ctx);
    expect(await loadReviewData(db, 'p1')).toEqual({ reviews: [], suggestions: [], comments: [], attachments: [], signoffs: [], conflicts: [] });
    expect(await loadBlob(db, 'a1')).toBeUndefined();
  });
});
