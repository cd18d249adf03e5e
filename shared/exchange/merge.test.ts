import { describe, expect, it } from 'vitest';
import { invertEdits } from '../changes/diff';
import type { Conflict } from '../model/conflict';
import type { PlanElement } from '../model/element';
import { created } from '../review/edits';
import { resolveConflict } from './conflicts';
import { mergePlans, type MergeResult } from './merge';
import { attachment, comment, element, review, team } from './testing/fixtures';
import type { SimulatedDevice } from './testing/device';
import type { PlanState } from './state';

function merge(local: PlanState, incoming: PlanState): MergeResult {
  const outcome = mergePlans(local, incoming);
  if (!outcome.ok) throw new Error(outcome.error.detail);
  return outcome;
}

const elementOf = (state: PlanState, id: string) => state.elements.find((e) => e.id === id)!;
const openConflicts = (state: PlanState) => state.conflicts.filter((c) => !c.deleted);

function edit(device: SimulatedDevice, id: string, patch: Partial<PlanElement>) {
  device.write('element', { ...device.get<PlanElement>('element', id)!, ...patch });
}

describe('mergePlans: per-field rules', () => {
  it('merges edits to different fields silently', () => {
    const { mai, reps: [lan] } = team();
    edit(mai, 'product', { title: 'Trà Xanh 0°' });
    edit(lan!, 'product', { body: 'Chai 500ml, giao trong ngày' });
    const { merged, preview } = merge(mai.state, lan!.state);
    expect(elementOf(merged, 'product')).toMatchObject({ title: 'Trà Xanh 0°', body: 'Chai 500ml, giao trong ngày' });
    expect(openConflicts(merged)).toEqual([]);
    expect(preview.byType.element.changed).toEqual(['product']);
  });

  it('gives a structured field (position, numbers) to the latest edit, without a conflict', () => {
    const { mai, reps: [lan] } = team();
    edit(lan!, 'price', { x: 300, fields: { pricePoint: 15000 } });
    edit(mai, 'price', { x: 100 });
    const { merged } = merge(lan!.state, mai.state);
    expect(elementOf(merged, 'price')).toMatchObject({ x: 100, fields: { pricePoint: 15000 } });
    expect(openConflicts(merged)).toEqual([]);
  });

  it('keeps both versions of a text field changed concurrently, the later shown and the other in a conflict', () => {
    const { mai, reps: [lan] } = team();
    edit(mai, 'customer', { body: 'Nhân viên văn phòng' });
    edit(lan!, 'customer', { body: '上班族，重視健康' });
    const { merged, preview } = merge(mai.state, lan!.state);
    expect(elementOf(merged, 'customer').body).toBe('上班族，重視健康');
    const [conflict] = openConflicts(merged);
    expect(conflict).toMatchObject({ entity: 'element', entityId: 'customer', field: 'body' });
    expect(conflict!.versions.map((v) => [v.author, v.value])).toEqual([['mai', 'Nhân viên văn phòng']]);
    expect(preview.conflicts).toEqual([conflict]);
  });

  it('treats a text edit made after seeing the other one as a plain edit', () => {
    const { mai, reps: [lan] } = team();
    edit(mai, 'customer', { body: 'Office workers' });
    lan!.receive(mai.state);
    edit(lan!, 'customer', { body: 'Office workers who buy on the way in' });
    const { merged } = merge(mai.state, lan!.state);
    expect(elementOf(merged, 'customer').body).toBe('Office workers who buy on the way in');
    expect(merged.conflicts).toEqual([]);
  });

  it('sees a conflict even when the later edit was made before the other arrived (clocks alone would miss it)', () => {
    const { mai, reps: [lan] } = team();
    edit(mai, 'customer', { body: 'Mai wrote this first' });
    edit(lan!, 'customer', { body: 'Lan wrote this later, offline' });
    lan!.receive(mai.state);
    expect(openConflicts(lan!.state)).toHaveLength(1);
    const { merged } = merge(mai.state, lan!.state);
    expect(openConflicts(merged)).toEqual(openConflicts(lan!.state));
  });

  it('conflicts on a text field of a kind (fields.<key>) and on the plan title too', () => {
    const { mai, reps: [lan] } = team();
    mai.write('element', { ...mai.get<PlanElement>('element', 'objective')!, fields: { metric: 'Tỷ lệ dùng thử', targetValue: 20 } });
    lan!.write('element', { ...lan!.get<PlanElement>('element', 'objective')!, fields: { metric: '試用率', targetValue: 25 } });
    mai.write('plan', { ...mai.state.plan, title: 'Tết 2027' });
    lan!.write('plan', { ...lan!.state.plan, title: 'Tết campaign (field)' });
    const fields = openConflicts(merge(mai.state, lan!.state).merged).map((c) => `${c.entity}.${c.field}`);
    expect(fields.sort()).toEqual(['element.fields.metric', 'plan.title']);
  });

  it('keeps a deletion when an older file comes back, and lets a later explicit restore win', () => {
    const { mai, reps: [lan] } = team();
    const old = lan!.state;
    edit(mai, 'price', { deleted: true });
    expect(elementOf(merge(mai.state, old).merged, 'price').deleted).toBe(true);
    expect(elementOf(merge(old, mai.state).merged, 'price').deleted).toBe(true);
    lan!.receive(mai.state);
    edit(lan!, 'price', { deleted: false });
    expect(elementOf(merge(mai.state, lan!.state).merged, 'price').deleted).toBe(false);
  });

  it('keeps a concurrent edit inside the tombstone of a deleted element', () => {
    const { mai, reps: [lan] } = team();
    edit(lan!, 'price', { title: 'Giá mới' });
    edit(mai, 'price', { deleted: true });
    const merged = elementOf(merge(mai.state, lan!.state).merged, 'price');
    expect(merged).toMatchObject({ deleted: true, title: 'Giá mới' });
  });

  it('never makes reviews, comments or attachments of different people conflict', () => {
    const { mai, reps: [lan, minh] } = team();
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]);
    const lanReview = review(lan!, 'price', { verdict: 'notFeasible', risks: 'Đối thủ giảm giá 20%' });
    lan!.commit(created('review', lanReview));
    const photo = attachment(lan!, lanReview.id, bytes);
    lan!.commit(created('attachment', photo), new Map([[photo.id, bytes]]));
    const minhReview = review(minh!, 'price', { verdict: 'feasible', risks: '沒有風險' });
    minh!.commit(created('review', minhReview));
    minh!.commit(created('comment', comment(minh!, lanReview.id, 'Seen the same in Đà Nẵng')));
    let state = merge(mai.state, lan!.state).merged;
    const result = merge(state, minh!.state);
    state = result.merged;
    expect(state.reviews.map((r) => r.author).sort()).toEqual(['lan', 'minh']);
    expect(state.comments).toHaveLength(1);
    expect(state.blobs.get(photo.id)).toEqual(bytes);
    expect(openConflicts(state)).toEqual([]);
    expect(result.preview.byType.review.added).toEqual([minhReview.id]);
    expect(result.preview.byType.comment.added).toHaveLength(1);
  });

  it('unions the change logs by id and recomputes the revision as the latest content change', () => {
    const { mai, reps: [lan] } = team();
    edit(mai, 'product', { title: 'A' });
    edit(lan!, 'product', { x: 40 });
    const { merged } = merge(mai.state, lan!.state);
    const ids = new Set([...mai.state.changes, ...lan!.state.changes].map((c) => c.id));
    expect(merged.changes.map((c) => c.id).sort()).toEqual([...ids].sort());
    expect(merged.plan.revision).toBe(lan!.state.plan.revision > mai.state.plan.revision ? lan!.state.plan.revision : mai.state.plan.revision);
  });

  it('changes nothing when merging what is already here, and says so', () => {
    const { mai, reps: [lan] } = team();
    edit(lan!, 'product', { body: 'x' });
    const once = merge(mai.state, lan!.state);
    const twice = merge(once.merged, lan!.state);
    expect(twice.apply).toMatchObject({ changes: [], entities: [], edits: [] });
    expect(twice.preview.unchanged).toBe(true);
  });

  it('refuses to merge two different plans', () => {
    const { mai } = team();
    const other = { ...mai.state, plan: { ...mai.state.plan, id: 'plan-2' } };
    expect(mergePlans(mai.state, other)).toMatchObject({ ok: false, error: { code: 'planMismatch' } });
  });

  it('reports what it would do: added, changed and deleted elements, new people', () => {
    const { mai, reps: [lan] } = team();
    mai.write('element', element('tactic', 'tactic', { title: 'Sampling' }));
    edit(mai, 'price', { deleted: true });
    edit(mai, 'product', { x: 99 });
    const { preview, apply } = merge(lan!.state, mai.state);
    expect(preview.byType.element).toEqual({ added: ['tactic'], changed: ['product'], deleted: ['price'] });
    expect(preview.authors).toEqual(['mai']);
    expect(apply.profiles).toEqual([]);
    expect(merge(mai.state, lan!.state).apply.profiles.map((p) => p.id)).toEqual(['lan']);
  });
});

describe('conflict resolution', () => {
  function conflicted() {
    const { mai, reps: [lan, minh] } = team();
    edit(mai, 'customer', { body: 'Mai' });
    edit(lan!, 'customer', { body: 'Lan' });
    mai.receive(lan!.state);
    const conflict = openConflicts(mai.state)[0]!;
    return { mai, lan: lan!, minh: minh!, conflict };
  }

  it.each([
    ['keep what the field shows', { kind: 'current' } as const, 'Lan'],
    ['take the other version', null, 'Mai'],
    ['write a new text', { kind: 'edit', value: 'Mai + Lan' } as const, 'Mai + Lan'],
  ])('%s: ordinary edits that close the conflict', (_, choice, expected) => {
    const { mai, conflict } = conflicted();
    const edits = resolveConflict(conflict, mai.get('element', 'customer')!, choice ?? { kind: 'version', changeId: conflict.versions[0]!.changeId });
    mai.commit(edits);
    expect(mai.get<PlanElement>('element', 'customer')!.body).toBe(expected);
    expect(mai.get<Conflict>('conflict', conflict.id)).toMatchObject({ deleted: true, versions: [] });
  });

  it('closes the conflict on every laptop the resolution reaches, and undo reopens it', () => {
    const { mai, lan, minh, conflict } = conflicted();
    lan.receive(mai.state);
    const edits = resolveConflict(conflict, mai.get('element', 'customer')!, { kind: 'current' });
    mai.commit(edits);
    const result = lan.receive(mai.state);
    expect(openConflicts(lan.state)).toEqual([]);
    expect(result.preview.resolvedConflicts).toEqual([conflict.id]);
    minh.receive(lan.state);
    expect(openConflicts(minh.state)).toEqual([]);
    mai.commit(invertEdits(edits));
    expect(openConflicts(mai.state)).toEqual([conflict]);
  });

  it('keeps a conflict open on a field when the other side has nothing to say about it', () => {
    const { mai, minh } = conflicted();
    edit(minh, 'product', { x: 5 });
    expect(openConflicts(merge(mai.state, minh.state).merged)).toHaveLength(1);
  });
});
