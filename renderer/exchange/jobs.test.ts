import { afterEach, describe, expect, it } from 'vitest';
import type { FieldEdit } from '../../shared/changes/change';
import { HlcClock } from '../../shared/changes/hlc';
import { readPlanFile } from '../../shared/exchange';
import { newElement } from '../../shared/model/element';
import { newPlan } from '../../shared/model/plan';
import type { Profile } from '../../shared/model/profile';
import type { Attachment } from '../../shared/model/review';
import { signEdits, statusEdits, submitReviewEdits } from '../../shared/review/edits';
import { review, signoff } from '../../shared/review/fixtures';
import { commitActions, commitEdits, createPlan, loadPlanState, loadReturnBase, purgePlan, saveProfile, WorkbenchDatabase } from '../db';
import { exportPlan, ImportJob, type Applied, type Exported, type ExportKind, type Prepared } from './jobs';

/**
 * Laptops as separate databases: files made by one are imported by another through the same
 * jobs the worker runs, and what lands in IndexedDB is checked.
 */

interface Laptop {
  db: WorkbenchDatabase;
  clock: HlcClock;
  person: Profile;
}

const open: WorkbenchDatabase[] = [];

afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await db.delete();
  }
});

async function laptop(name: string, role: Profile['role']): Promise<Laptop> {
  const db = new WorkbenchDatabase(`exchange-${crypto.randomUUID()}`);
  await db.open();
  open.push(db);
  const clock = new HlcClock(`device-${name}`);
  const person = await saveProfile(db, { id: name, name, role, deviceId: clock.deviceId, createdAt: 1 });
  return { db, clock, person };
}

const noProgress = () => {};

async function commit(at: Laptop, edits: readonly FieldEdit[], blobs: Parameters<typeof commitActions>[2][number]['blobs'] = []) {
  return (await commitActions(at.db, { planId: 'p1', author: at.person.id, clock: at.clock }, [{ edits, history: { kind: 'record' }, blobs }])).changes[0]!;
}

async function draftPlan(at: Laptop) {
  const plan = newPlan({ id: 'p1', title: 'Tết 2027 · 新年檔期', status: 'inFieldReview' }, 1);
  const elements = [newElement({ id: 'price', planId: 'p1', kind: 'price', title: 'Giá' }), newElement({ id: 'product', planId: 'p1', kind: 'product', title: 'Trà Xanh' })];
  await createPlan(at.db, { author: at.person.id, clock: at.clock }, { plan, elements, links: [] });
}

async function exported(from: Laptop, kind: ExportKind): Promise<Uint8Array> {
  const { person } = from;
  const result: Exported = await exportPlan(
    from.db,
    { planId: 'p1', kind, exporter: { profileId: person.id, name: person.name, role: person.role, deviceId: from.clock.deviceId }, now: Date.UTC(2026, 0, 10) },
    noProgress,
  );
  if (!result.ok) throw new Error(result.reason);
  return result.bytes;
}

/** Reads and compares; applies at once unless it is a merge to look at first. */
async function importInto(to: Laptop, bytes: Uint8Array): Promise<{ job: ImportJob; prepared: Prepared }> {
  const job = new ImportJob(to.db);
  return { job, prepared: await job.prepare(bytes, noProgress) };
}

async function apply(job: ImportJob): Promise<Applied> {
  const result = await job.apply(noProgress);
  if ('mode' in result) throw new Error(`not applied: ${result.mode}`);
  return result;
}

async function snapshot(at: Laptop) {
  const loaded = await loadPlanState(at.db, 'p1', 'all');
  if (!loaded) return undefined;
  const { state } = loaded;
  const sortById = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    plan: { ...state.plan, updatedAt: 0 },
    elements: sortById(state.elements),
    reviews: sortById(state.reviews),
    attachments: sortById(state.attachments),
    conflicts: sortById(state.conflicts),
    changes: sortById(state.changes),
    blobs: [...state.blobs].sort(),
  };
}

const PHOTO = new Uint8Array([137, 80, 78, 71, 1, 2, 3]);
const photo = (reviewId: string): Attachment => ({ id: 'photo-1', planId: 'p1', reviewId, name: 'kệ hàng.png', type: 'image/png', size: PHOTO.length, deleted: false });

describe('exchange jobs', () => {
  it('opens a package on a laptop without the plan: records, change log (not re-stamped), people and the package’s base', async () => {
    const mai = await laptop('mai', 'marketing');
    const lan = await laptop('lan', 'sales');
    await draftPlan(mai);
    const bytes = await exported(mai, 'package');

    const { job, prepared } = await importInto(lan, bytes);
    expect(prepared).toEqual({ mode: 'new', planId: 'p1', title: 'Tết 2027 · 新年檔期', kind: 'package' });
    const applied = await apply(job);
    expect(applied).toMatchObject({ planId: 'p1', isNew: true, status: null });

    const [before, after] = [await snapshot(mai), await snapshot(lan)];
    expect(after!.changes).toEqual(before!.changes);
    expect(after!.elements).toEqual(before!.elements);
    expect(applied.latestStamp).toBe(before!.changes.map((c) => c.hlc).sort().at(-1));
    expect((await lan.db.profiles.get('mai'))?.name).toBe('mai');
    expect(await loadReturnBase(lan.db, 'p1')).toEqual({ 'device-mai': applied.latestStamp });
  });

  it('a rep’s return holds only their review, merges into marketing’s plan with a preview, and twice changes nothing', async () => {
    const mai = await laptop('mai', 'marketing');
    const lan = await laptop('lan', 'sales');
    await draftPlan(mai);
    await apply((await importInto(lan, await exported(mai, 'package'))).job);

    const r = review({ id: 'r1', elementId: 'price', author: 'lan', verdict: 'notFeasible', objections: 'Quá đắt <script>alert(1)</script>' });
    await commit(lan, submitReviewEdits(r, [photo('r1')], []), [{ id: 'photo-1', planId: 'p1', data: new Blob([PHOTO], { type: 'image/png' }), thumbnail: null }]);
    const back = await exported(lan, 'return');
    const file = readPlanFile(back);
    expect(file.ok && file.file.header.kind).toBe('return');
    expect(file.ok && new Set(file.file.content.changes.map((c) => c.author))).toEqual(new Set(['lan']));

    const { job, prepared } = await importInto(mai, back);
    expect(prepared.mode).toBe('merge');
    if (prepared.mode !== 'merge') return;
    expect(prepared.preview).toMatchObject({ unchanged: false, fileKind: 'return', exportedBy: { name: 'lan', role: 'sales' }, conflicts: [] });
    expect(prepared.preview.counts).toEqual([
      { type: 'review', added: 1, changed: 0, deleted: 0 },
      { type: 'attachment', added: 1, changed: 0, deleted: 0 },
    ]);
    expect(prepared.preview.newReviews).toEqual([{ id: 'r1', by: { name: 'lan', role: 'sales' }, element: 'Giá', verdict: 'notFeasible' }]);
    const applied = await apply(job);
    expect(applied.edits.some((e) => e.entity === 'review' && e.entityId === 'r1')).toBe(true);

    const merged = await snapshot(mai);
    expect(merged!.reviews.map((x) => [x.id, x.objections])).toEqual([['r1', 'Quá đắt <script>alert(1)</script>']]);
    expect(merged!.blobs).toEqual([['photo-1', PHOTO]]);
    expect((await mai.db.blobs.get('photo-1'))?.data.type).toBe('image/png');

    // The same return again: nothing new, and nothing written.
    const again = await importInto(mai, back);
    expect(again.prepared.mode === 'merge' && again.prepared.preview.unchanged).toBe(true);
    await apply(again.job);
    expect(await snapshot(mai)).toEqual(merged);
  });

  it('has nothing to return before the rep has done anything', async () => {
    const mai = await laptop('mai', 'marketing');
    const lan = await laptop('lan', 'sales');
    await draftPlan(mai);
    await apply((await importInto(lan, await exported(mai, 'package'))).job);
    const result = await exportPlan(lan.db, { planId: 'p1', kind: 'return', exporter: { profileId: 'lan', name: 'lan', role: 'sales', deviceId: 'device-lan' }, now: 0 }, noProgress);
    expect(result).toEqual({ ok: false, reason: 'nothingToReturn' });
  });

  it('merges two returns to the same plan in either order', async () => {
    const mai = await laptop('mai', 'marketing');
    const lan = await laptop('lan', 'sales');
    const binh = await laptop('binh', 'sales');
    await draftPlan(mai);
    const pkg = await exported(mai, 'package');
    await apply((await importInto(lan, pkg)).job);
    await apply((await importInto(binh, pkg)).job);
    await commit(lan, submitReviewEdits(review({ id: 'r-lan', elementId: 'price', author: 'lan', verdict: 'notFeasible' }), [], []));
    await commit(binh, submitReviewEdits(review({ id: 'r-binh', elementId: 'price', author: 'binh', verdict: 'feasible' }), [], []));
    const [fromLan, fromBinh] = [await exported(lan, 'return'), await exported(binh, 'return')];

    const marketingWith = async (order: Uint8Array[]) => {
      const copy = await laptop('mai2', 'marketing');
      await apply((await importInto(copy, pkg)).job);
      for (const bytes of order) await apply((await importInto(copy, bytes)).job);
      return snapshot(copy);
    };
    const one = await marketingWith([fromLan, fromBinh]);
    const other = await marketingWith([fromBinh, fromLan]);
    expect(one).toEqual(other);
    expect(one!.reviews.map((r) => r.id)).toEqual(['r-binh', 'r-lan']);
  });

  it('shows two concurrent edits of a title as a conflict', async () => {
    const mai = await laptop('mai', 'marketing');
    const hoa = await laptop('hoa', 'marketing');
    await draftPlan(mai);
    await apply((await importInto(hoa, await exported(mai, 'plan'))).job);
    await commit(mai, [{ entity: 'element', entityId: 'price', field: 'title', oldValue: 'Giá', newValue: 'Giá theo gói' }]);
    await commit(hoa, [{ entity: 'element', entityId: 'price', field: 'title', oldValue: 'Giá', newValue: '價格方案' }]);

    const { job, prepared } = await importInto(mai, await exported(hoa, 'plan'));
    if (prepared.mode !== 'merge') throw new Error(prepared.mode);
    expect(prepared.preview.conflicts).toHaveLength(1);
    expect(prepared.preview.conflicts[0]).toMatchObject({ entity: 'element', field: 'title' });
    const values = [prepared.preview.conflicts[0]!.shown.value, ...prepared.preview.conflicts[0]!.kept.map((k) => k.value)].sort();
    expect(values).toEqual(['Giá theo gói', '價格方案'].sort());
    await apply(job);
    expect((await snapshot(mai))!.conflicts.filter((c) => !c.deleted)).toHaveLength(1);
  });

  it('compares again when the plan changed between the preview and Apply', async () => {
    const mai = await laptop('mai', 'marketing');
    const lan = await laptop('lan', 'sales');
    await draftPlan(mai);
    await apply((await importInto(lan, await exported(mai, 'package'))).job);
    await commit(lan, submitReviewEdits(review({ id: 'r1', elementId: 'price', author: 'lan' }), [], []));
    const { job } = await importInto(mai, await exported(lan, 'return'));

    // Meanwhile, in another window, marketing renames the element.
    await commit(mai, [{ entity: 'element', entityId: 'price', field: 'title', oldValue: 'Giá', newValue: 'Giá mới' }]);
    const result = await job.apply(noProgress);
    expect(result).toMatchObject({ mode: 'merge', stale: true });
    expect((await snapshot(mai))!.reviews).toEqual([]);
    const applied = await apply(job);
    expect(applied.planId).toBe('p1');
    const after = await snapshot(mai);
    expect(after!.reviews.map((r) => r.id)).toEqual(['r1']);
    expect(after!.elements.find((e) => e.id === 'price')?.title).toBe('Giá mới');
  });

  it('completes an agreement when the sales sign-off comes back, as a status to set', async () => {
    const mai = await laptop('mai', 'marketing');
    const lan = await laptop('lan', 'sales');
    await draftPlan(mai);
    await commit(mai, [{ entity: 'element', entityId: 'price', field: 'title', oldValue: 'Giá', newValue: 'Giá theo gói' }]);
    const plan = (await loadPlanState(mai.db, 'p1'))!.state.plan;
    await commit(mai, signEdits(plan, signoff('s-mai', 'mai', 'marketing', plan.revision), []));
    await apply((await importInto(lan, await exported(mai, 'package'))).job);
    // On the rep's laptop the same sign-off rule already made it Agreed; marketing's copy follows from the merge.
    const lanPlan = (await loadPlanState(lan.db, 'p1'))!.state;
    await commit(lan, signEdits(lanPlan.plan, signoff('s-lan', 'lan', 'sales', lanPlan.plan.revision), lanPlan.signoffs).filter((e) => e.entity !== 'plan'));
    const { job } = await importInto(mai, await exported(lan, 'return'));
    const applied = await apply(job);
    expect(applied.status).toMatchObject({ next: 'agreed' });
    await commitEdits(mai.db, { planId: 'p1', author: 'mai', clock: mai.clock }, statusEdits(applied.status!.plan, applied.status!.next), { kind: 'none' });
    expect((await loadPlanState(mai.db, 'p1'))!.state.plan.status).toBe('agreed');
  });

  describe('refusals change nothing', () => {
    it.each([
      ['truncated', (bytes: Uint8Array) => bytes.subarray(0, Math.floor(bytes.length / 2))],
      ['notZip', () => new TextEncoder().encode('<html><script>alert(1)</script></html>')],
    ])('%s', async (code, mangle) => {
      const mai = await laptop('mai', 'marketing');
      const lan = await laptop('lan', 'sales');
      await draftPlan(mai);
      const { prepared } = await importInto(lan, mangle(await exported(mai, 'package')));
      expect(prepared).toMatchObject({ mode: 'refused', refusal: { code } });
      expect(await lan.db.plans.count()).toBe(0);
      expect(await lan.db.changes.count()).toBe(0);
    });

    it('a return for a plan this laptop does not have', async () => {
      const mai = await laptop('mai', 'marketing');
      const lan = await laptop('lan', 'sales');
      const stranger = await laptop('stranger', 'marketing');
      await draftPlan(mai);
      await apply((await importInto(lan, await exported(mai, 'package'))).job);
      await commit(lan, submitReviewEdits(review({ id: 'r1', elementId: 'price', author: 'lan' }), [], []));
      const { prepared } = await importInto(stranger, await exported(lan, 'return'));
      expect(prepared).toMatchObject({ mode: 'refused', refusal: { code: 'returnForUnknownPlan', title: 'Tết 2027 · 新年檔期' } });
      expect(await stranger.db.plans.count()).toBe(0);
    });

    it('an old file of a plan deleted for good', async () => {
      const mai = await laptop('mai', 'marketing');
      await draftPlan(mai);
      const old = await exported(mai, 'plan');
      await purgePlan(mai.db, { planId: 'p1', author: 'mai', clock: mai.clock });
      const before = await mai.db.changes.count();
      const { prepared } = await importInto(mai, old);
      expect(prepared).toMatchObject({ mode: 'refused', refusal: { code: 'planDeleted' } });
      expect(await mai.db.changes.count()).toBe(before);
      expect((await mai.db.plans.get('p1'))?.deleted).toBe(true);
    });
  });
});
