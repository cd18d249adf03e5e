import { describe, expect, it } from 'vitest';
import { element, review, signoff, suggestion } from '../../shared/review/fixtures';
import { signoffState } from '../../shared/review/signoff';
import {
  NO_FILTER,
  agreementVoided,
  countMatches,
  highlightOf,
  isFilterActive,
  keepUnchanged,
  matchesFilter,
  nodeReviewStates,
  reviewersOf,
  voidedToShow,
  type HighlightFilter,
} from './overlayModel';

const reviews = [
  review({ id: 'a1', elementId: 'e1', author: 'lan', authorName: 'Lan', createdAt: 1, verdict: 'notFeasible' }),
  review({ id: 'a2', elementId: 'e1', author: 'lan', authorName: 'Lan Anh', createdAt: 5, verdict: 'feasible', resolved: true }),
  review({ id: 'b1', elementId: 'e1', author: 'minh', authorName: 'Minh', createdAt: 3, verdict: 'feasibleWithChanges' }),
  review({ id: 'b2', elementId: 'e2', author: 'minh', authorName: 'Minh', createdAt: 4, verdict: 'notFeasible', objections: 'Too dear' }),
];
const states = nodeReviewStates(reviews, [suggestion({ id: 's1', elementId: 'e2' })]);
const filter = (f: Partial<HighlightFilter>): HighlightFilter => ({ ...NO_FILTER, ...f });

describe('nodeReviewStates', () => {
  it("adds each current reviewer's say to the element's review state", () => {
    expect(states.get('e1')).toMatchObject({
      count: 2,
      worst: 'feasibleWithChanges',
      unresolved: 1,
      byReviewer: { lan: { verdict: 'feasible', resolved: true }, minh: { verdict: 'feasibleWithChanges', resolved: false } },
    });
    expect(states.get('e2')).toMatchObject({ count: 1, worst: 'notFeasible', openObjections: 1, pendingSuggestions: 1 });
    expect(states.has('e3')).toBe(false);
  });
});

describe('keepUnchanged', () => {
  it('keeps the objects of unchanged elements, so only changed nodes re-render', () => {
    const again = nodeReviewStates(reviews, [suggestion({ id: 's1', elementId: 'e2' })]);
    expect(keepUnchanged(states, again)).toBe(states);

    const more = nodeReviewStates([...reviews, review({ id: 'c1', elementId: 'e2', author: 'wei', createdAt: 9 })], [suggestion({ id: 's1', elementId: 'e2' })]);
    const merged = keepUnchanged(states, more);
    expect(merged).not.toBe(states);
    expect(merged.get('e1')).toBe(states.get('e1'));
    expect(merged.get('e2')).not.toBe(states.get('e2'));
    expect(merged.get('e2')?.count).toBe(2);
  });

  it('notices an element that lost its last review', () => {
    const fewer = nodeReviewStates(reviews.filter((r) => r.elementId === 'e1'), []);
    const merged = keepUnchanged(states, fewer);
    expect(merged.has('e2')).toBe(false);
  });
});

describe('reviewersOf', () => {
  it('lists each current reviewer once, by the name on their latest review', () => {
    expect(reviewersOf(reviews)).toEqual([
      { id: 'lan', name: 'Lan Anh' },
      { id: 'minh', name: 'Minh' },
    ]);
    expect(reviewersOf([])).toEqual([]);
  });
});

describe('matchesFilter', () => {
  it.each<[string, Partial<HighlightFilter>, string, boolean]>([
    ['no filter keeps everything', {}, 'e3', true],
    ['any current verdict matches', { verdicts: ['feasibleWithChanges'] }, 'e1', true],
    ['a superseded verdict does not', { verdicts: ['notFeasible'] }, 'e1', false],
    ['verdicts are alternatives', { verdicts: ['notFeasible', 'feasible'] }, 'e1', true],
    ['not reviewed: an element nobody reviewed', { verdicts: ['none'] }, 'e3', true],
    ['not reviewed: a reviewed element does not', { verdicts: ['none'] }, 'e1', false],
    ['a reviewer: elements they reviewed', { reviewer: 'minh' }, 'e2', true],
    ['a reviewer: not the others', { reviewer: 'lan' }, 'e2', false],
    ["a reviewer and a verdict: that reviewer's verdict", { reviewer: 'lan', verdicts: ['feasibleWithChanges'] }, 'e1', false],
    ['a reviewer and not reviewed: what they have still to review', { reviewer: 'lan', verdicts: ['none'] }, 'e2', true],
    ['unresolved only: an open review', { unresolvedOnly: true }, 'e1', true],
    ['unresolved only: nothing to resolve on an unreviewed element', { unresolvedOnly: true }, 'e3', false],
    ["unresolved only with a reviewer: that reviewer's review", { unresolvedOnly: true, reviewer: 'lan' }, 'e1', false],
  ])('%s', (_name, f, elementId, expected) => {
    expect(matchesFilter(filter(f), states.get(elementId))).toBe(expected);
  });
});

describe('highlightOf and countMatches', () => {
  const elements = [element('e1', 'price'), element('e2', 'promotion'), element('e3', 'customer'), element('n1', 'note'), element('f1', 'frame')];

  it('leaves the canvas alone without a filter', () => {
    expect(isFilterActive(NO_FILTER)).toBe(false);
    expect(highlightOf(NO_FILTER, true, states.get('e1'))).toBeNull();
  });

  it('dims what does not match, including notes that no one reviews', () => {
    const notReviewed = filter({ verdicts: ['none'] });
    expect(highlightOf(notReviewed, true, undefined)).toBe('match');
    expect(highlightOf(notReviewed, false, undefined)).toBe('dim');
    expect(highlightOf(filter({ verdicts: ['notFeasible'] }), true, states.get('e1'))).toBe('dim');
  });

  it('counts reviewable elements only', () => {
    expect(countMatches(filter({ verdicts: ['none'] }), elements, states)).toBe(1);
    expect(countMatches(filter({ unresolvedOnly: true }), elements, states)).toBe(2);
    expect(countMatches(filter({ verdicts: ['notFeasible'] }), [element('e2', 'promotion', { deleted: true })], states)).toBe(0);
  });
});

describe('agreementVoided', () => {
  it('is true once an agreed revision has been superseded', () => {
    const signed = [signoff('a', 'mai', 'marketing', 'r1'), signoff('b', 'lan', 'sales', 'r1')];
    expect(agreementVoided({ revision: 'r1' }, signed)).toBe(false);
    expect(agreementVoided({ revision: 'r2' }, signed)).toBe(true);
  });

  it('is false when the earlier sign-offs never made an agreement', () => {
    expect(agreementVoided({ revision: 'r2' }, [signoff('a', 'mai', 'marketing', 'r1'), signoff('c', 'wei', 'leadership', 'r1')])).toBe(false);
    expect(agreementVoided({ revision: 'r3' }, [signoff('a', 'mai', 'marketing', 'r1'), signoff('b', 'lan', 'sales', 'r2')])).toBe(false);
  });

  it('ignores deleted sign-offs', () => {
    const signed = [signoff('a', 'mai', 'marketing', 'r1'), { ...signoff('b', 'lan', 'sales', 'r1'), deleted: true }];
    expect(agreementVoided({ revision: 'r2' }, signed)).toBe(false);
  });
});

describe('voidedToShow', () => {
  it("shows each person's latest void sign-off unless they signed the plan as it is now", () => {
    const signoffs = [
      signoff('a1', 'mai', 'marketing', 'r1', 1),
      signoff('b1', 'lan', 'sales', 'r1', 2),
      signoff('b2', 'lan', 'sales', 'r2', 3),
      signoff('a2', 'mai', 'marketing', 'r3', 4),
    ];
    const state = signoffState({ revision: 'r3' }, signoffs);
    expect(voidedToShow(state).map((s) => s.id)).toEqual(['b2']);
  });
});
