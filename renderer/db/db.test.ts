import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HlcClock } from '../../shared/changes/hlc';
import { newElement } from '../../shared/model/element';
import { newPlan } from '../../shared/model/plan';
import { commitEdits, createPlan, historyDepth, listPlans, loadPlan, purgePlan, redo, undo, WorkbenchDatabase } from '.';
import type { EditContext } from './commit';

let db: WorkbenchDatabase;
let ctx: EditContext;

beforeEach(async () => {
  db = new WorkbenchDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  ctx = { planId: 'p1', author: 'Mai', clock: new HlcClock('device-a') };
  const plan = newPlan({ id: 'p1', title: 'Tết launch' }, 1);
  const element = newElement({ id: 'e1', planId: 'p1', kind: 'price', title: 'Giá' });
  await createPlan(db, ctx, { plan, elements: [element], links: [] });
});

afterEach(async () => {
  db.close();
  await db.delete();
});

const retitle = (oldValue: string, newValue: string) =>
  ({ entity: 'element', entityId: 'e1', field: 'title', oldValue, newValue }) as const;

describe('commitEdits', () => {
  it('stores the new state and one stamped change per field', async () => {
    const changes = await commitEdits(db, ctx, [retitle('Giá', '價格')]);
    expect((await loadPlan(db, 'p1'))?.elements[0]?.title).toBe('價格');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ author: 'Mai', deviceId: 'device-a', field: 'title', oldValue: 'Giá' });
    expect(await db.changes.where('txId').equals(changes[0]!.txId).count()).toBe(1);
  });

  it('writes nothing when an edit would make an element invalid', async () => {
    const before = await db.changes.count();
    await expect(
      commitEdits(db, ctx, [retitle('Giá', 'ok'), { entity: 'element', entityId: 'e1', field: 'x', newValue: 'left' }]),
    ).rejects.toThrow(/x/);
    expect((await loadPlan(db, 'p1'))?.elements[0]?.title).toBe('Giá');
    expect(await db.changes.count()).toBe(before);
  });

  it('lists the plan with its live element count', async () => {
    const [summary] = await listPlans(db);
    expect(summary).toMatchObject({ plan: { id: 'p1', title: 'Tết launch' }, elementCount: 1 });
  });
});

describe('undo and redo', () => {
  it('undoes and redoes an edit, surviving a reopened database', async () => {
    await commitEdits(db, ctx, [retitle('Giá', 'Price')]);
    await undo(db, ctx);
    db.close();
    await db.open();
    expect((await loadPlan(db, 'p1'))?.elements[0]?.title).toBe('Giá');
    expect(await historyDepth(db, 'p1')).toEqual({ undo: 0, redo: 1 });
    await redo(db, ctx);
    expect((await loadPlan(db, 'p1'))?.elements[0]?.title).toBe('Price');
  });

  it('treats a run of typing in one field as one step', async () => {
    const key = 'element:e1:title';
    await commitEdits(db, ctx, [retitle('Giá', 'G')], { kind: 'record', coalesceKey: key });
    await commitEdits(db, ctx, [retitle('G', 'Go')], { kind: 'record', coalesceKey: key });
    await commitEdits(db, ctx, [retitle('Go', 'Gold')], { kind: 'record', coalesceKey: key });
    expect(await historyDepth(db, 'p1')).toEqual({ undo: 1, redo: 0 });
    await undo(db, ctx);
    expect((await loadPlan(db, 'p1'))?.elements[0]?.title).toBe('Giá');
  });

  it('undoes a creation by deleting and redoes it by restoring', async () => {
    const created = newElement({ id: 'e2', planId: 'p1', kind: 'cost', title: 'Chi phí' });
    const { diffEntity } = await import('../../shared/changes/diff');
    await commitEdits(db, ctx, diffEntity('element', undefined, created));
    await undo(db, ctx);
    expect((await loadPlan(db, 'p1'))?.elements.map((e) => e.id)).toEqual(['e1']);
    await redo(db, ctx);
    expect((await loadPlan(db, 'p1'))?.elements.map((e) => e.id).sort()).toEqual(['e1', 'e2']);
  });

  it('a new edit clears the redo stack', async () => {
    await commitEdits(db, ctx, [retitle('Giá', 'A')]);
    await undo(db, ctx);
    await commitEdits(db, ctx, [retitle('Giá', 'B')]);
    expect(await historyDepth(db, 'p1')).toEqual({ undo: 1, redo: 0 });
  });
});

describe('purgePlan', () => {
  it('removes the content but keeps a tombstone', async () => {
    await purgePlan(db, ctx);
    expect(await loadPlan(db, 'p1')).toBeUndefined();
    expect(await listPlans(db)).toEqual([]);
    expect((await db.plans.get('p1'))?.deleted).toBe(true);
    expect(await db.elements.count()).toBe(0);
  });
});

describe('openDatabase', () => {
  it('refuses a database written by a newer version and leaves it untouched', async () => {
    const { openDatabase } = await import('./open');
    const name = `newer-${crypto.randomUUID()}`;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 1000);
      request.onupgradeneeded = () => request.result.createObjectStore('future');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    const result = await openDatabase(name);
    expect(result).toMatchObject({ ok: false, failure: { reason: 'newerVersion' } });
    const after = (await indexedDB.databases()).find((d) => d.name === name);
    expect(after?.version).toBe(1000);
  });

  it('opens a fresh database', async () => {
    const { openDatabase } = await import('./open');
    const result = await openDatabase(`fresh-${crypto.randomUUID()}`);
    expect(result.ok).toBe(true);
    if (result.ok) result.db.close();
  });
});
