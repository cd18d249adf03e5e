import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HlcClock } from '../../shared/changes/hlc';
import { buildHistory, HistoryBuilder } from '../../shared/history/entries';
import { newElement } from '../../shared/model/element';
import { newPlan } from '../../shared/model/plan';
import { commitEdits, countHistory, createPlan, loadHistory, loadHistoryAfter, WorkbenchDatabase, type EditContext } from '../db';

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
    const whole = buildHistory(await loadHistory(db, 'p1'));
    expect(builder.history().entries).toEqual(whole.entries);
    expect(whole.entries.map((e) => [e.steps, e.lines.map((l) => l.what.type)])).toEqual([
      [1, ['created', 'created']],
      [3, ['field']],
      [1, ['field']],
    ]);
  });
});
