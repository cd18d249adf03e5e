import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newLink } from '../model/link';
import { VERDICTS } from '../model/review';
import { element, review, suggestion } from './fixtures';
import { counterpartElement, counterpartElements, currentReviews, planReviewSummary, reviewOrder, reviewStates, reviewsOf } from './reviews';

describe('currentReviews', () => {
  it("keeps each reviewer's latest review per element; earlier ones stay in the element's history", () => {
    const reviews = [
      review({ id: 'a1', elementId: 'e1', author: 'lan', createdAt: 1, verdict: 'notFeasible' }),
      review({ id: 'a2', elementId: 'e1', author: 'lan', createdAt: 5, verdict: 'feasible' }),
      review({ id: 'b1', elementId: 'e1', author: 'minh', createdAt: 3, verdict: 'cantJudge' }),
      review({ id: 'a3', elementId: 'e2', author: 'lan', createdAt: 2 }),
    ];
    expect(currentReviews(reviews).map((r) => r.id).sort()).toEqual(['a2', 'a3', 'b1']);
    expect(reviewsOf(reviews, 'e1').map((r) => r.id)).toEqual(['a2', 'b1', 'a1']);
  });

  it('ignores deleted reviews, so an undone review no longer counts', () => {
    const reviews = [
      review({ id: 'a1', elementId: 'e1', author: 'lan', createdAt: 1, verdict: 'notFeasible' }),
      review({ id: 'a2', elementId: 'e1', author: 'lan', createdAt: 2, deleted: true }),
    ];
    expect(currentReviews(reviews).map((r) => r.id)).toEqual(['a1']);
  });

  it('holds exactly one review per (element, reviewer), whatever the order they arrive in', () => {
    const arbitraryReview = fc.record({
      id: fc.uuid(),
      elementId: fc.constantFrom('e1', 'e2', 'e3'),
      author: fc.constantFrom('lan', 'minh', 'wei'),
      createdAt: fc.nat(100),
      deleted: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbitraryReview, { maxLength: 30 }), (inits) => {
        const reviews = inits.map((init) => review(init));
        const current = currentReviews(reviews);
        const keys = current.map((r) => `${r.elementId}/${r.author}`);
        expect(new Set(keys).size).toBe(keys.length);
        expect(new Set(keys)).toEqual(new Set(reviews.filter((r) => !r.deleted).map((r) => `${r.elementId}/${r.author}`)));
        expect(currentReviews([...reviews].reverse()).map((r) => r.id).sort()).toEqual(current.map((r) => r.id).sort());
      }),
    );
  });
});

describe('reviewStates', () => {
  it('shows the worst current verdict, the open objections and the pending suggestions', () => {
    const states = reviewStates(
      [
        review({ id: 'a', elementId: 'e1', author: 'lan', verdict: 'feasible' }),
        review({ id: 'b', elementId: 'e1', author: 'minh', verdict: 'feasibleWithChanges', objections: 'Too pricey for Tết' }),
        review({ id: 'c', elementId: 'e2', author: 'lan', verdict: 'notFeasible', objections: '太貴', resolved: true }),
      ],
      [suggestion({ id: 's1', elementId: 'e1' }), suggestion({ id: 's2', elementId: 'e1', state: 'rejected' })],
    );
    expect(states.get('e1')).toMatchObject({ count: 2, worst: 'feasibleWithChanges', openObjections: 1, unresolved: 2, pendingSuggestions: 1 });
    expect(states.get('e2')).toMatchObject({ count: 1, worst: 'notFeasible', openObjections: 0, unresolved: 0 });
  });

  it('ranks not feasible above every other verdict', () => {
    for (const other of VERDICTS) {
      const states = reviewStates(
        [review({ id: 'a', elementId: 'e', author: 'x', verdict: 'notFeasible' }), review({ id: 'b', elementId: 'e', author: 'y', verdict: other })],
        [],
      );
      expect(states.get('e')?.worst).toBe('notFeasible');
    }
  });
});

describe('planReviewSummary', () => {
  it('counts reviewed elements of reviewable ones, by 4P/4C area, leaving out frames, notes and deleted elements', () => {
    const elements = [
      element('price', 'price'),
      element('cost', 'cost'),
      element('frame', 'frame'),
      element('note', 'note'),
      element('gone', 'product', { deleted: true }),
      element('seg', 'segment'),
    ];
    const summary = planReviewSummary(
      elements,
      [
        review({ id: 'a', elementId: 'price', author: 'lan', verdict: 'notFeasible', objections: 'Giá cao' }),
        review({ id: 'b', elementId: 'gone', author: 'lan' }),
        review({ id: 'c', elementId: 'seg', author: 'lan', verdict: 'cantJudge' }),
      ],
      [suggestion({ id: 's', elementId: 'price' }), suggestion({ id: 't', elementId: 'gone' })],
    );
    expect(summary).toMatchObject({ reviewable: 3, reviewed: 2, openObjections: 1, pendingSuggestions: 1, unresolved: 2 });
    expect(summary.byArea.map((row) => row.area)).toEqual(['price', 'framing']);
    expect(summary.byArea[0]!.verdicts.notFeasible).toBe(1);
  });
});

describe('reviewOrder', () => {
  it('walks frame by frame (top first), each P before its C, and loose elements last', () => {
    const elements = [
      element('loose', 'product', { x: 0, y: 0 }),
      element('lower', 'frame', { y: 500 }),
      element('upper', 'frame', { y: 0 }),
      element('cost', 'cost', { parentId: 'upper' }),
      element('tactic', 'tactic', { parentId: 'upper' }),
      element('price', 'price', { parentId: 'upper', y: 200 }),
      element('customer', 'customer', { parentId: 'lower' }),
      element('note', 'note', { parentId: 'upper' }),
    ];
    expect(reviewOrder(elements).map((e) => e.id)).toEqual(['price', 'cost', 'tactic', 'customer', 'loose']);
  });
});

describe('counterpartElement', () => {
  it('prefers the element joined by a "pairs with" link, then one in the same frame', () => {
    const price = element('price', 'price', { parentId: 'f1' });
    const sameFrame = element('cost1', 'cost', { parentId: 'f1', y: 100 });
    const linked = element('cost2', 'cost', { y: 0 });
    const elements = [price, sameFrame, linked];
    expect(counterpartElement(price, elements, [])?.id).toBe('cost1');
    const pairs = newLink({ id: 'l', planId: 'p1', source: 'cost2', target: 'price', type: 'pairsWith' });
    expect(counterpartElement(price, elements, [pairs])?.id).toBe('cost2');
    expect(counterpartElement(element('t', 'tactic'), elements, [])).toBeUndefined();
  });

  it('lists the linked and same-frame counterparts, not those of other frames; else the first anywhere', () => {
    const price = element('price', 'price', { parentId: 'f1' });
    const elements = [
      price,
      element('cost-f1-b', 'cost', { parentId: 'f1', y: 200 }),
      element('cost-f1-a', 'cost', { parentId: 'f1', y: 100 }),
      element('cost-f2', 'cost', { parentId: 'f2', y: 0 }),
      element('cost-loose', 'cost', { y: 50 }),
    ];
    const pairs = newLink({ id: 'l', planId: 'p1', source: 'cost-loose', target: 'price', type: 'pairsWith' });
    expect(counterpartElements(price, elements, [pairs]).map((e) => e.id)).toEqual(['cost-loose', 'cost-f1-a', 'cost-f1-b']);
    const alone = element('price2', 'price', { parentId: 'f3' });
    expect(counterpartElements(alone, elements, []).map((e) => e.id)).toEqual(['cost-f2']);
  });
});
