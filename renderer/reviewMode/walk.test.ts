import { describe, expect, it } from 'vitest';
import type { Change } from '../../shared/changes/change';
import { formatHlc } from '../../shared/changes/hlc';
import { element, review } from '../../shared/review/fixtures';
import { changedSinceMyReview, frameOf, groupByFrame, myVerdicts, nextUnreviewed, startIndex, walkProgress } from './walk';

const order = ['a', 'b', 'c', 'd'].map((id) => element(id, 'product'));
const done = (...ids: string[]) => new Set(ids);

/** A change record at wall time `wall` (ms). */
function change(wall: number, init: Partial<Change> & Pick<Change, 'entity' | 'entityId' | 'field'>): Change {
  return {
    id: `${init.entityId}-${init.field}-${wall}`,
    planId: 'p1',
    txId: `tx${wall}`,
    newValue: 'x',
    author: 'mai',
    deviceId: 'd1',
    hlc: formatHlc({ wall, counter: 0, deviceId: 'd1' }),
    ...init,
  };
}

describe('myVerdicts', () => {
  it("keeps each element's latest review by this person, ignoring others' and deleted ones", () => {
    const reviews = [
      review({ id: 'r1', elementId: 'a', author: 'lan', verdict: 'notFeasible', createdAt: 1 }),
      review({ id: 'r2', elementId: 'a', author: 'lan', verdict: 'feasible', createdAt: 5 }),
      review({ id: 'r3', elementId: 'b', author: 'khoa', verdict: 'cantJudge' }),
      review({ id: 'r4', elementId: 'c', author: 'lan', deleted: true }),
    ];
    expect(myVerdicts(reviews, 'lan')).toEqual(new Map([['a', 'feasible']]));
  });
});

describe('walkProgress', () => {
  it.each([
    [[], 0],
    [['a', 'c'], 2],
    [['a', 'gone'], 1],
    [['a', 'b', 'c', 'd'], 4],
  ])('counts only elements of the walk (%j reviewed)', (ids, reviewed) => {
    expect(walkProgress(order, done(...ids))).toEqual({ reviewed, total: 4 });
  });
});

describe('nextUnreviewed', () => {
  it.each([
    { reviewed: [], from: -1, next: 0 },
    { reviewed: ['a'], from: -1, next: 1 },
    { reviewed: ['b', 'c'], from: 0, next: 3 },
    { reviewed: ['b', 'c', 'd'], from: 1, next: 0 },
    { reviewed: ['a', 'b', 'c'], from: 3, next: 3 },
    { reviewed: ['a', 'b', 'c', 'd'], from: 2, next: -1 },
  ])('after $from with $reviewed reviewed → $next', ({ reviewed, from, next }) => {
    expect(nextUnreviewed(order, done(...reviewed), from)).toBe(next);
  });

  it('is -1 for an empty walk', () => {
    expect(nextUnreviewed([], done(), -1)).toBe(-1);
  });
});

describe('startIndex', () => {
  it.each([
    { wanted: 'c', reviewed: [], start: 2 },
    { wanted: 'gone', reviewed: ['a'], start: 1 },
    { wanted: null, reviewed: ['a', 'b'], start: 2 },
    { wanted: null, reviewed: ['a', 'b', 'c', 'd'], start: 0 },
  ])('asked for $wanted with $reviewed reviewed → $start', ({ wanted, reviewed, start }) => {
    expect(startIndex(order, done(...reviewed), wanted)).toBe(start);
  });

  it('is -1 for an empty walk', () => {
    expect(startIndex([], done(), 'a')).toBe(-1);
  });
});

describe('changedSinceMyReview', () => {
  const mine = review({ id: 'r1', elementId: 'a', author: 'lan', createdAt: 100 });
  const created = change(100, { entity: 'review', entityId: 'r1', field: 'verdict', author: 'lan' });

  it('reports content fields others changed after my latest review, not before it', () => {
    const changes = [
      change(50, { entity: 'element', entityId: 'a', field: 'body' }),
      created,
      change(150, { entity: 'element', entityId: 'a', field: 'title' }),
      change(160, { entity: 'element', entityId: 'a', field: 'fields.pricePoint' }),
      change(170, { entity: 'element', entityId: 'a', field: 'title' }),
    ];
    expect(changedSinceMyReview(changes, [mine], 'lan')).toEqual(new Map([['a', ['title', 'fields.pricePoint']]]));
  });

  it('ignores layout moves, my own edits, elements I never reviewed and edits to the review itself', () => {
    const changes = [
      created,
      change(150, { entity: 'element', entityId: 'a', field: 'x' }),
      change(151, { entity: 'element', entityId: 'a', field: 'parentId' }),
      change(152, { entity: 'element', entityId: 'a', field: 'body', author: 'lan' }),
      change(153, { entity: 'element', entityId: 'b', field: 'body' }),
      change(154, { entity: 'review', entityId: 'r1', field: 'resolved', newValue: true }),
    ];
    expect(changedSinceMyReview(changes, [mine], 'lan')).toEqual(new Map());
  });

  it('dates a review by its creation, so resolving it later does not hide changes made before', () => {
    const changes = [
      created,
      change(150, { entity: 'element', entityId: 'a', field: 'body' }),
      change(200, { entity: 'review', entityId: 'r1', field: 'resolved', newValue: true }),
    ];
    expect(changedSinceMyReview(changes, [mine], 'lan')).toEqual(new Map([['a', ['body']]]));
  });

  it('counts from the latest of several reviews of the same element', () => {
    const second = review({ id: 'r2', elementId: 'a', author: 'lan', createdAt: 300 });
    const changes = [
      created,
      change(150, { entity: 'element', entityId: 'a', field: 'body' }),
      change(300, { entity: 'review', entityId: 'r2', field: 'verdict', author: 'lan' }),
    ];
    expect(changedSinceMyReview(changes, [mine, second], 'lan')).toEqual(new Map());
  });

  it('dates a review with no change record yet by its creation time', () => {
    const changes = [change(50, { entity: 'element', entityId: 'a', field: 'body' }), change(150, { entity: 'element', entityId: 'a', field: 'title' })];
    expect(changedSinceMyReview(changes, [mine], 'lan')).toEqual(new Map([['a', ['title']]]));
  });
});

describe('frames', () => {
  const frame1 = element('f1', 'frame', { y: 0 });
  const frame2 = element('f2', 'frame', { y: 500 });
  const inner = element('g', 'segment', { parentId: 'f2' });
  const elements = Object.fromEntries(
    [frame1, frame2, inner, element('a', 'product', { parentId: 'f1' }), element('b', 'customer', { parentId: 'f1' }), element('c', 'price', { parentId: 'g' }), element('d', 'note')].map(
      (e) => [e.id, e],
    ),
  );

  it('finds the frame through nested parents', () => {
    expect(frameOf(elements.c!, elements)?.id).toBe('f2');
    expect(frameOf(elements.d!, elements)).toBeUndefined();
  });

  it('groups consecutive elements of the walk by frame, keeping their walk index', () => {
    const groups = groupByFrame([elements.a!, elements.b!, elements.c!, elements.d!], elements);
    expect(groups.map((g) => [g.frame?.id, g.items.map((i) => `${i.element.id}${i.index}`)])).toEqual([
      ['f1', ['a0', 'b1']],
      ['f2', ['c2']],
      [undefined, ['d3']],
    ]);
  });
});
