import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change, FieldEdit } from '../changes/change';
import { diffEntity } from '../changes/diff';
import { resolveConflict } from '../exchange/conflicts';
import { HlcClock } from '../changes/hlc';
import { newElement, type PlanElement } from '../model/element';
import { isContentEdit } from '../model/entities';
import { newLink } from '../model/link';
import { newPlan, type Plan } from '../model/plan';
import type { Comment, Review, Signoff, Suggestion } from '../model/review';
import { acceptSuggestionEdits, rejectSuggestionEdits, replyEdits, resolveEdits, signEdits, statusEdits, submitReviewEdits } from '../review/edits';
import { buildHistory, CHANGE_KINDS, COLLAPSE_MS, hlcTime, type HistoryEntry, type LineWhat } from './entries';
import { authorsOf, filterEntries, peopleOf, reviewCutoffs, sinceLastReview } from './filter';

const T0 = Date.UTC(2025, 2, 3, 9, 0, 0);
const DAY = 24 * 60 * 60 * 1000;

/** A change log written the way the store writes it: one txId per action, a clock per device, the plan's revision derived after content edits. */
function recorder() {
  const time = { now: T0 };
  const clocks = new Map<string, HlcClock>();
  const log: Change[] = [];
  let tx = 0;
  let seq = 0;
  const stamp = (author: string, edits: readonly FieldEdit[]) => {
    const deviceId = `device-${author || 'nobody'}`;
    let clock = clocks.get(deviceId);
    if (!clock) {
      clocks.set(deviceId, (clock = new HlcClock(deviceId, () => time.now)));
      if (log.length) clock.observe(log.at(-1)!.hlc);
    }
    const txId = `tx${++tx}`;
    const changes = edits.map((e): Change => ({ ...e, id: `c${++seq}`, planId: 'p1', txId, author, deviceId, hlc: clock!.tick() }));
    // The devices share one plan: each sees the others' stamps, as merging does.
    for (const other of clocks.values()) if (other !== clock && changes.length) other.observe(changes.at(-1)!.hlc);
    return changes;
  };
  return {
    time,
    log,
    /** One user action. Returns its txId. */
    commit(author: string, edits: readonly FieldEdit[]): string {
      const changes = stamp(author, edits);
      log.push(...changes);
      const content = changes.filter(isContentEdit);
      if (content.length) log.push(...stamp(author, [{ entity: 'plan', entityId: 'p1', field: 'revision', oldValue: '', newValue: content.at(-1)!.hlc }]));
      return changes[0]!.txId;
    },
    advance(ms: number) {
      time.now += ms;
    },
  };
}

const MARKETING = 'mia';
const SALES = 'sam';
const plan: Plan = newPlan({ id: 'p1', title: 'Tết 2026' }, T0);
const price = newElement({ id: 'price', planId: 'p1', kind: 'price', title: 'Giá' });
const cost = newElement({ id: 'cost', planId: 'p1', kind: 'cost', title: '顧客成本' });
const other = newElement({ id: 'other', planId: 'p1', kind: 'note', title: 'Note' });
const link = newLink({ id: 'l1', planId: 'p1', source: 'price', target: 'cost', type: 'pairsWith' });

function created(r: ReturnType<typeof recorder>) {
  r.commit(MARKETING, [
    ...diffEntity('plan', undefined, plan),
    ...[price, cost, other].flatMap((e) => diffEntity('element', undefined, e)),
    ...diffEntity('link', undefined, link),
  ]);
}

function setTitle(element: PlanElement, from: string, to: string): FieldEdit[] {
  return diffEntity('element', { ...element, title: from }, { ...element, title: to });
}

const authorship = (author: string, name: string, role: 'marketing' | 'sales', createdAt: number) => ({ author, authorName: name, authorRole: role, createdAt });

function review(id: string, elementId: string, verdict: Review['verdict'], author = SALES, name = 'Sâm Nguyễn'): Review {
  return {
    id,
    planId: 'p1',
    elementId,
    ...authorship(author, name, 'sales', T0),
    verdict,
    confidence: 3,
    effort: '',
    risks: '',
    objections: 'Too expensive for 7-Eleven shoppers',
    competitorEvidence: '',
    comment: '',
    resolved: false,
    decisionNote: '',
    deleted: false,
  };
}

const whats = (entry: HistoryEntry | undefined): LineWhat[] => entry?.lines.map((l) => l.what) ?? [];

describe('buildHistory', () => {
  it('reads a plan made from a template as one action that created the plan, its elements and links', () => {
    const r = recorder();
    created(r);
    const { entries } = buildHistory(r.log);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ author: MARKETING, deviceId: 'device-mia', steps: 1, kinds: ['content'], time: T0, startTime: T0 });
    expect(entries[0]!.lines.map((l) => [l.entity, l.entityId, l.what.type])).toEqual([
      ['plan', 'p1', 'created'],
      ['element', 'price', 'created'],
      ['element', 'cost', 'created'],
      ['element', 'other', 'created'],
      ['link', 'l1', 'created'],
    ]);
    expect(entries[0]!.lines.at(-1)!.elementIds).toEqual(['price', 'cost']);
  });

  it('collapses typing in one field into one entry from the first old value to the last new value, hiding the derived revision', () => {
    const r = recorder();
    created(r);
    let title = 'Giá';
    for (const next of ['Giá b', 'Giá bá', 'Giá bán', 'Giá bán lẻ']) {
      r.advance(800);
      r.commit(MARKETING, setTitle(price, title, next));
      title = next;
    }
    const { entries } = buildHistory(r.log);
    expect(entries).toHaveLength(2);
    expect(entries[1]).toMatchObject({ steps: 4, startTime: T0 + 800, time: T0 + 3200 });
    expect(whats(entries[1])).toEqual([{ type: 'field', field: 'title', oldValue: 'Giá', newValue: 'Giá bán lẻ' }]);
    expect(entries[1]!.txIds).toHaveLength(4);
  });

  it('starts a new entry after a pause, or when the person edits something else in between', () => {
    const r = recorder();
    created(r);
    r.advance(1000);
    r.commit(MARKETING, setTitle(price, 'Giá', 'Giá 1'));
    r.advance(COLLAPSE_MS + 1);
    r.commit(MARKETING, setTitle(price, 'Giá 1', 'Giá 2'));
    r.advance(1000);
    r.commit(MARKETING, diffEntity('element', price, { ...price, body: 'Bán lẻ' }));
    r.advance(1000);
    r.commit(MARKETING, setTitle(price, 'Giá 2', 'Giá 3'));
    const { entries } = buildHistory(r.log);
    expect(entries.slice(1).map((e) => whats(e)[0])).toEqual([
      { type: 'field', field: 'title', oldValue: 'Giá', newValue: 'Giá 1' },
      { type: 'field', field: 'title', oldValue: 'Giá 1', newValue: 'Giá 2' },
      { type: 'field', field: 'body', oldValue: '', newValue: 'Bán lẻ' },
      { type: 'field', field: 'title', oldValue: 'Giá 2', newValue: 'Giá 3' },
    ]);
  });

  it('keeps one person typing as one entry while someone else works in another window', () => {
    const r = recorder();
    created(r);
    r.advance(500);
    r.commit(MARKETING, setTitle(price, 'Giá', 'Giá A'));
    r.advance(500);
    r.commit('lan', setTitle(cost, '顧客成本', '顧客總成本'));
    r.advance(500);
    r.commit(MARKETING, setTitle(price, 'Giá A', 'Giá AB'));
    const { entries } = buildHistory(r.log);
    expect(entries.slice(1).map((e) => [e.author, e.steps])).toEqual([
      ['lan', 1],
      [MARKETING, 2],
    ]);
  });

  it('drops a run that ends where it began (typed, then deleted back)', () => {
    const r = recorder();
    created(r);
    r.advance(500);
    r.commit(MARKETING, setTitle(price, 'Giá', 'Giáx'));
    r.advance(500);
    r.commit(MARKETING, setTitle(price, 'Giáx', 'Giá'));
    expect(buildHistory(r.log).entries).toHaveLength(1);
  });

  it('collapses x, y, width, height and parent into one "moved" line, and nudges into one entry', () => {
    const r = recorder();
    created(r);
    for (let i = 1; i <= 3; i++) {
      r.advance(300);
      r.commit(MARKETING, diffEntity('element', { ...price, x: (i - 1) * 10 }, { ...price, x: i * 10 }));
    }
    r.advance(300);
    r.commit(MARKETING, diffEntity('element', { ...price, x: 30 }, { ...price, x: 40, y: 5, width: 300, parentId: 'frame' }));
    r.advance(COLLAPSE_MS + 1);
    r.commit(MARKETING, diffEntity('element', price, { ...price, height: 200 }));
    const { entries } = buildHistory(r.log);
    expect(entries).toHaveLength(3);
    expect(entries[1]).toMatchObject({ steps: 4 });
    expect(whats(entries[1])).toEqual([{ type: 'layout', moved: true, resized: true }]);
    expect(whats(entries[2])).toEqual([{ type: 'layout', moved: false, resized: true }]);
  });

  it('reads deletion, and a deletion undone, as deleted and restored', () => {
    const r = recorder();
    created(r);
    r.advance(1000);
    r.commit(MARKETING, [{ entity: 'element', entityId: 'other', field: 'deleted', oldValue: false, newValue: true }]);
    r.advance(1000);
    r.commit(MARKETING, [{ entity: 'element', entityId: 'other', field: 'deleted', oldValue: true, newValue: false }]);
    r.advance(1000);
    r.commit(MARKETING, [{ entity: 'element', entityId: 'other', field: 'deleted', oldValue: false, newValue: true }]);
    r.advance(1000);
    r.commit(MARKETING, diffEntity('element', undefined, other)); // its creation redone
    expect(buildHistory(r.log).entries.slice(1).map((e) => whats(e))).toEqual([[{ type: 'deleted' }], [{ type: 'restored' }], [{ type: 'deleted' }], [{ type: 'restored' }]]);
  });

  it('reads the review loop: verdict, reply, suggestion accepted and rejected, resolution, status and sign-off', () => {
    const r = recorder();
    created(r);
    const rev = review('r1', 'price', 'notFeasible');
    const s1: Suggestion = { id: 's1', planId: 'p1', elementId: 'price', reviewId: 'r1', ...authorship(SALES, 'Sâm', 'sales', T0), field: 'title', value: 'Giá mềm', state: 'pending', reason: '', decidedBy: '', deleted: false };
    const s2: Suggestion = { ...s1, id: 's2', field: 'fields.pricePoint', value: 39000 };
    r.commit(SALES, submitReviewEdits(rev, [], [s1, s2]));
    const reply: Comment = { id: 'c1', planId: 'p1', reviewId: 'r1', ...authorship(MARKETING, 'Mia', 'marketing', T0), body: 'Đồng ý một phần', deleted: false };
    r.commit(MARKETING, replyEdits(reply));
    r.commit(MARKETING, acceptSuggestionEdits(s1, price, 'Mia'));
    r.commit(MARKETING, rejectSuggestionEdits(s2, 'Mia', 'Margin too thin'));
    r.commit(MARKETING, resolveEdits(rev, 'Lower the entry price'));
    r.commit(MARKETING, statusEdits(plan, 'inFieldReview'));
    const sign: Signoff = { id: 'g1', planId: 'p1', ...authorship(MARKETING, 'Mia', 'marketing', T0), revision: 'x', deleted: false };
    r.commit(MARKETING, signEdits({ ...plan, status: 'inFieldReview' }, sign, []));
    const { entries } = buildHistory(r.log);
    expect(entries.slice(1).map((e) => e.lines.map((l) => [l.kind, l.elementIds, l.what]))).toEqual([
      [
        ['review', ['price'], { type: 'reviewed', verdict: 'notFeasible' }],
        ['review', ['price'], { type: 'suggested', field: 'title', value: 'Giá mềm' }],
        ['review', ['price'], { type: 'suggested', field: 'fields.pricePoint', value: 39000 }],
      ],
      [['review', ['price'], { type: 'replied', body: 'Đồng ý một phần' }]],
      [
        ['content', ['price'], { type: 'field', field: 'title', oldValue: 'Giá', newValue: 'Giá mềm' }],
        ['review', ['price'], { type: 'accepted', field: 'title', value: 'Giá mềm' }],
      ],
      [['review', ['price'], { type: 'rejected', field: 'fields.pricePoint', reason: 'Margin too thin' }]],
      [['review', ['price'], { type: 'resolved', note: 'Lower the entry price' }]],
      [['status', [], { type: 'status', from: 'draft', to: 'inFieldReview' }]],
      [['status', [], { type: 'signed' }]],
    ]);
  });

  it('reads a plan moved to the trash and back as status, and plan facts as content', () => {
    const r = recorder();
    created(r);
    r.commit(MARKETING, diffEntity('plan', plan, { ...plan, trashedAt: T0 }));
    r.commit(MARKETING, diffEntity('plan', { ...plan, trashedAt: T0 }, plan));
    r.commit(MARKETING, diffEntity('plan', plan, { ...plan, market: 'Hà Nội' }));
    expect(buildHistory(r.log).entries.slice(1).map((e) => [e.kinds, whats(e)])).toEqual([
      [['status'], [{ type: 'trashed' }]],
      [['status'], [{ type: 'untrashed' }]],
      [['content'], [{ type: 'field', field: 'market', oldValue: '', newValue: 'Hà Nội' }]],
    ]);
  });

  it('gives each entry its time from the clock stamp', () => {
    const r = recorder();
    r.advance(DAY);
    created(r);
    const [entry] = buildHistory(r.log).entries;
    expect(entry!.time).toBe(T0 + DAY);
    expect(hlcTime('garbage')).toBe(0);
  });

  it('stays fast on a plan with tens of thousands of keystrokes', () => {
    const r = recorder();
    created(r);
    let title = '';
    for (let i = 0; i < 25_000; i++) {
      r.advance(i % 500 === 0 ? COLLAPSE_MS * 2 : 200);
      const next = `${title}${String.fromCharCode(97 + (i % 26))}`.slice(-200);
      r.commit(MARKETING, setTitle(price, title, next));
      title = next;
    }
    expect(r.log.length).toBeGreaterThan(50_000);
    const started = performance.now();
    const { entries } = buildHistory(r.log);
    expect(performance.now() - started).toBeLessThan(3000);
    expect(entries).toHaveLength(51);
  });
});

describe('filterEntries', () => {
  function loop() {
    const r = recorder();
    created(r);
    r.advance(1000);
    r.commit(MARKETING, setTitle(price, 'Giá', 'Giá mới'));
    r.advance(1000);
    r.commit(SALES, submitReviewEdits(review('r1', 'cost', 'feasible'), [], []));
    r.advance(1000);
    r.commit(MARKETING, statusEdits(plan, 'inFieldReview'));
    return buildHistory(r.log).entries;
  }

  it('narrows by person, by element and by kind of change', () => {
    const entries = loop();
    expect(filterEntries(entries, {})).toEqual(entries);
    expect(filterEntries(entries, { author: SALES }).map((e) => e.author)).toEqual([SALES]);
    expect(filterEntries(entries, { kind: 'status' }).flatMap(whats)).toEqual([{ type: 'status', from: 'draft', to: 'inFieldReview' }]);
    expect(filterEntries(entries, { kind: 'review' }).flatMap(whats)).toEqual([{ type: 'reviewed', verdict: 'feasible' }]);
    const ofCost = filterEntries(entries, { elementId: 'cost' });
    expect(ofCost.map((e) => e.lines.map((l) => [l.entity, l.what.type]))).toEqual([
      [
        ['element', 'created'],
        ['link', 'created'],
      ],
      [['review', 'reviewed']],
    ]);
    expect(ofCost[0]!.elementIds).toEqual(['cost', 'price']);
  });

  it('returns unfiltered entries as they are, without copies', () => {
    const entries = loop();
    expect(filterEntries(entries, { author: null, kind: null, elementId: null })[0]).toBe(entries[0]);
  });

  it('lists the people in a history, most recent first', () => {
    expect(authorsOf(loop())).toEqual([
      { author: MARKETING, deviceId: 'device-mia' },
      { author: SALES, deviceId: 'device-sam' },
    ]);
  });
});

describe('sinceLastReview', () => {
  it('shows content changes by others after the reviewer last reviewed each element, or the plan', () => {
    const r = recorder();
    created(r);
    r.advance(DAY); // Monday: Sam reviews the price.
    r.commit(SALES, submitReviewEdits(review('r1', 'price', 'notFeasible'), [], []));
    r.advance(DAY); // Tuesday: Sam edits nothing, Mia answers in the thread (not content).
    r.commit(MARKETING, replyEdits({ id: 'c1', planId: 'p1', reviewId: 'r1', ...authorship(MARKETING, 'Mia', 'marketing', T0), body: 'Why?', deleted: false }));
    r.advance(DAY); // Wednesday: Mia changes the price.
    const wednesday = r.commit(MARKETING, setTitle(price, 'Giá', 'Giá mềm'));
    r.advance(DAY); // Thursday: Mia changes the cost.
    r.commit(MARKETING, setTitle(cost, '顧客成本', '顧客總成本'));
    r.advance(DAY); // Friday: Sam reviews the cost.
    r.commit(SALES, submitReviewEdits(review('r2', 'cost', 'feasible'), [], []));
    r.advance(DAY); // Saturday: Mia changes the note and the plan's market; another rep reviews.
    const saturday = r.commit(MARKETING, [...setTitle(other, 'Note', 'Ghi chú'), ...diffEntity('plan', plan, { ...plan, market: 'VN' })]);
    r.commit('lan', submitReviewEdits(review('r3', 'price', 'feasible', 'lan', 'Lan'), [], []));
    const { entries } = buildHistory(r.log);

    const cutoffs = reviewCutoffs(entries, SALES);
    expect(hlcTime(cutoffs.plan!)).toBe(T0 + 5 * DAY);
    expect([...cutoffs.byElement.keys()].sort()).toEqual(['cost', 'price']);

    const since = sinceLastReview(entries, SALES);
    expect(hlcTime(since.reviewedAt!)).toBe(T0 + 5 * DAY);
    expect(since.entries.map((e) => e.key)).toEqual([wednesday, saturday]);
    expect(since.entries.every((e) => e.kinds.every((k) => k === 'content'))).toBe(true);
  });

  it('shows nothing to someone who has not reviewed the plan, and never their own edits', () => {
    const r = recorder();
    created(r);
    r.commit(SALES, submitReviewEdits(review('r1', 'price', 'feasible'), [], []));
    r.advance(1000);
    r.commit(SALES, setTitle(price, 'Giá', 'Giá 2'));
    const { entries } = buildHistory(r.log);
    expect(sinceLastReview(entries, MARKETING)).toEqual({ reviewedAt: null, entries: [] });
    expect(sinceLastReview(entries, SALES).entries).toEqual([]);
  });
});

describe('peopleOf', () => {
  it('names people from this device’s profiles first, then from the records that came with files', () => {
    const r = recorder();
    created(r);
    r.commit('far', submitReviewEdits(review('r1', 'price', 'feasible', 'far', 'Trần Thị Xa'), [], []));
    r.commit(SALES, submitReviewEdits(review('r2', 'price', 'feasible', SALES, 'Old name'), [], []));
    const people = peopleOf([{ id: SALES, name: 'Sâm Nguyễn', role: 'sales' }], buildHistory(r.log));
    expect(people.get('far')).toEqual({ name: 'Trần Thị Xa', role: 'sales' });
    expect(people.get(SALES)).toEqual({ name: 'Sâm Nguyễn', role: 'sales' });
    expect(people.has(MARKETING)).toBe(false);
  });
});

describe('history properties', () => {
  const FIELDS = ['title', 'body', 'fields.metric'] as const;
  const opArb = fc.record({
    field: fc.integer({ min: 0, max: FIELDS.length - 1 }),
    value: fc.string({ maxLength: 4 }),
    gap: fc.integer({ min: 0, max: COLLAPSE_MS * 2 }),
  });

  /** Each field has one owner (so edits of it chain); owners interleave. */
  function replayOps(ops: ReadonlyArray<{ field: number; value: string; gap: number }>) {
    const r = recorder();
    const objective = newElement({ id: 'o', planId: 'p1', kind: 'objective' });
    r.commit(MARKETING, diffEntity('element', undefined, objective));
    const values = FIELDS.map(() => '' as string);
    for (const op of ops) {
      r.advance(op.gap);
      const field = FIELDS[op.field]!;
      const oldValue = values[op.field]!;
      if (oldValue === op.value) continue;
      values[op.field] = op.value;
      r.commit(op.field === 1 ? SALES : MARKETING, [{ entity: 'element', entityId: 'o', field, oldValue, newValue: op.value }]);
    }
    return { log: r.log, values };
  }

  it('never loses or repeats an action, and each field’s entries chain from its first value to its last', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
        const { log, values } = replayOps(ops);
        const { entries } = buildHistory(log);
        const txIds = entries.flatMap((e) => e.txIds);
        expect(new Set(txIds).size).toBe(txIds.length);
        expect(txIds.every((id) => log.some((c) => c.txId === id))).toBe(true);
        expect(entries.map((e) => e.hlc)).toEqual(entries.map((e) => e.hlc).sort());
        FIELDS.forEach((field, i) => {
          const chain = entries.flatMap((e) => e.lines.flatMap((l) => (l.what.type === 'field' && l.what.field === field ? [l.what] : [])));
          let value: unknown = '';
          for (const step of chain) {
            expect(step.oldValue).toEqual(value);
            value = step.newValue;
          }
          expect(value).toEqual(values[i]);
        });
      }),
    );
  });

  it('splits every line into exactly one kind of change', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 30 }), (ops) => {
        const { entries } = buildHistory(replayOps(ops).log);
        const total = entries.reduce((n, e) => n + e.lines.length, 0);
        const byKind = CHANGE_KINDS.map((kind) => filterEntries(entries, { kind }).reduce((n, e) => n + e.lines.length, 0));
        expect(byKind.reduce((a, b) => a + b, 0)).toBe(total);
      }),
    );
  });
});

describe('conflicts', () => {
  it('reads a conflict kept by a merge and its resolution as content lines on the element', () => {
    const r = recorder();
    created(r);
    const conflict = { id: 'element/price/title', planId: 'p1', entity: 'element', entityId: 'price', field: 'title', versions: [], deleted: false };
    r.commit(MARKETING, diffEntity('conflict', undefined, conflict));
    r.commit(MARKETING, diffEntity('conflict', conflict, { ...conflict, versions: [{ changeId: 'x', hlc: 'h', author: 'a', deviceId: 'd', value: 'v' }] }));
    r.commit(MARKETING, diffEntity('conflict', conflict, { ...conflict, deleted: true }));
    expect(buildHistory(r.log).entries.slice(1).map((e) => e.lines.map((l) => [l.kind, l.elementIds, l.what]))).toEqual([
      [['content', ['price'], { type: 'conflict', on: 'element', field: 'title' }]],
      [['content', ['price'], { type: 'conflictResolved', on: 'element', field: 'title' }]],
    ]);
  });
});

describe('conflicts resolved on a laptop that never logged them', () => {
  it('names the field from the conflict id, and drops the unchanged rewrite of the field', () => {
    const r = recorder();
    created(r);
    const conflict = { id: 'element/price/title', planId: 'p1', entity: 'element' as const, entityId: 'price', field: 'title', versions: [{ changeId: 'x', hlc: 'h', author: 'a', deviceId: 'd', value: 'Giá khác' }], deleted: false };
    r.commit(MARKETING, resolveConflict(conflict, price, { kind: 'current' }));
    expect(buildHistory(r.log).entries.slice(1).map((e) => e.lines.map((l) => [l.elementIds, l.what]))).toEqual([
      [[['price'], { type: 'conflictResolved', on: 'element', field: 'title' }]],
    ]);
  });
});
