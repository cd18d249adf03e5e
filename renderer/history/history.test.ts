import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HlcClock } from '../../shared/changes/hlc';
import { buildHistory, HistoryBuilder } from '../../shared/history/entries';
import { newElement } from '../../shared/model/element';
import { newPlan } from '../../shared/model/plan';
import { commitEdits, countHistory, createPlan, historyPagesAfter, loadHistoryAfter, WorkbenchDatabase, type EditContext } from '../db';

let db: WorkbenchDatabase;
let ctx: EditContext;
let now = Date.UTC(2025, 0, 6, 9);

beforeEach(async () => {
  db = new WorkbenchDatabase(`history-${crypto.randomUUID()}`);
  await db.open();
  ctx = { planId: 'p1', author: 'mai', clock: new HlcClock('device-a', () => now) };
  await createPlan(db, ctx, {
    plan: newPlan({ id: 'p1', title: 'Tết' }, now),
    elements: [newElement({ id: 'e1', planId: 'p1', kind: 'price', title: 'Giá' })],
    links: [],
  });
});

afterEach(async () => {
  db.close();
  await db.delete();
});

const retitle = (oldValue: string, newValue: string) => [{ entity: 'element', entityId: 'e1', field: 'title', oldValue, newValue }] as const;

describe('reading the history in steps', () => {
  it('reads only what was stamped after the last record read, and counts the whole log', async () => {
    const first = await loadHistoryAfter(db, 'p1', '');
    expect(first.length).toBe(await countHistory(db, 'p1'));
    now += 1000;
    await commitEdits(db, ctx, [...retitle('Giá', 'Giá bán')]);
    const fresh = await loadHistoryAfter(db, 'p1', first.at(-1)!.hlc);
    // The edit, and the plan's revision derived from it.
    expect(fresh.map((c) => c.field)).toEqual(['title', 'revision']);
    expect(await countHistory(db, 'p1')).toBe(first.length + fresh.length);
    expect(await countHistory(db, 'other')).toBe(0);
  });

  it('builds the same history from the log read in steps as read whole', async () => {
    const builder = new HistoryBuilder();
    let last = '';
    const step = async () => {
      const fresh = await loadHistoryAfter(db, 'p1', last);
      builder.add(fresh);
      if (fresh.length) last = fresh.at(-1)!.hlc;
    };
    await step();
    let title = 'Giá';
    for (const next of ['Giá b', 'Giá bá', 'Giá bán']) {
      now += 700;
      await commitEdits(db, ctx, [...retitle(title, next)]);
      title = next;
      await step(); // A keystroke read while the run is still open.
    }
    now += 60_000;
    await commitEdits(db, ctx, [{ entity: 'plan', entityId: 'p1', field: 'market', oldValue: '', newValue: 'Hà Nội' }]);
    await step();
    const whole = buildHistory(await loadHistoryAfter(db, 'p1', ''));
    expect(builder.history().entries).toEqual(whole.entries);
    expect(whole.entries.map((e) => [e.steps, e.lines.map((l) => l.what.type)])).toEqual([
      [1, ['created', 'created']],
      [3, ['field']],
      [1, ['field']],
    ]);
  });

  it('reads a long log in pages that end on whole transactions, together the whole log', async () => {
    for (let i = 0; i < 7; i++) {
      now += 60_000;
      await commitEdits(db, ctx, [...retitle(`v${i}`, `v${i + 1}`), { entity: 'element', entityId: 'e1', field: 'body', oldValue: `b${i}`, newValue: `b${i + 1}` }]);
    }
    const whole = await loadHistoryAfter(db, 'p1', '');
    const pages: string[][] = [];
    for await (const page of historyPagesAfter(db, 'p1', '', 4)) pages.push(page.map((c) => c.id));
    expect(pages.flat()).toEqual(whole.map((c) => c.id));
    const txOf = new Map(whole.map((c) => [c.id, c.txId]));
    for (const [i, page] of pages.entries()) {
      // Every page but the last is cut between two transactions; the plan's creation (more than a page) stays whole.
      const next = pages[i + 1]?.[0];
      if (next) expect(txOf.get(next)).not.toBe(txOf.get(page.at(-1)!));
    }
    expect(pages[0]!.length).toBeGreaterThan(4);
    expect(await countHistory(db, 'p1', whole[9]!.hlc)).toBe(10);
  });
});
