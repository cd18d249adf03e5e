import { describe, expect, it } from 'vitest';
import { newPlan } from '../model/plan';
import { signEdits } from './edits';
import { signoff } from './fixtures';
import { canSign, signoffState, statusAfterSignoffs } from './signoff';

const plan = (status: 'draft' | 'inFieldReview' | 'agreed', revision = 'r1') => newPlan({ id: 'p1', status, revision }, 1);

describe('signoffState', () => {
  it('is complete with a marketing and a sales sign-off on the current revision; leadership is optional', () => {
    const state = signoffState(plan('inFieldReview'), [signoff('a', 'mai', 'marketing', 'r1'), signoff('b', 'lan', 'sales', 'r1')]);
    expect(state).toMatchObject({ complete: true, missing: [] });
    expect(signoffState(plan('inFieldReview'), [signoff('a', 'mai', 'marketing', 'r1'), signoff('c', 'wei', 'leadership', 'r1')])).toMatchObject({
      complete: false,
      missing: ['sales'],
    });
  });

  it('voids sign-offs on an earlier revision, and keeps them so the voiding can be shown', () => {
    const state = signoffState(plan('inFieldReview', 'r2'), [signoff('a', 'mai', 'marketing', 'r1'), signoff('b', 'lan', 'sales', 'r2')]);
    expect(state.valid.map((s) => s.id)).toEqual(['b']);
    expect(state.voided.map((s) => s.id)).toEqual(['a']);
    expect(state).toMatchObject({ complete: false, missing: ['marketing'] });
  });

  it('does not let two sales sign-offs stand in for a missing marketing one', () => {
    const state = signoffState(plan('inFieldReview'), [signoff('a', 'lan', 'sales', 'r1'), signoff('b', 'minh', 'sales', 'r1')]);
    expect(state.missing).toEqual(['marketing']);
  });
});

describe('canSign', () => {
  it('allows signing only while the plan is in field review, once per person and revision', () => {
    expect(canSign(plan('draft'), [], 'mai')).toBe('notInReview');
    expect(canSign(plan('inFieldReview'), [], 'mai')).toBeNull();
    expect(canSign(plan('inFieldReview'), [signoff('a', 'mai', 'marketing', 'r1')], 'mai')).toBe('alreadySigned');
    // After an edit the old signature is void: signing again is allowed.
    expect(canSign(plan('inFieldReview', 'r2'), [signoff('a', 'mai', 'marketing', 'r1')], 'mai')).toBeNull();
  });
});

describe('status after sign-offs', () => {
  it('turns Agreed on the sign-off that completes the set, in the same step', () => {
    const current = plan('inFieldReview');
    const edits = signEdits(current, signoff('b', 'lan', 'sales', 'r1', 2), [signoff('a', 'mai', 'marketing', 'r1')]);
    expect(edits.filter((e) => e.entity === 'plan')).toEqual([
      { entity: 'plan', entityId: 'p1', field: 'status', oldValue: 'inFieldReview', newValue: 'agreed' },
    ]);
    expect(signEdits(current, signoff('a', 'mai', 'marketing', 'r1'), []).some((e) => e.entity === 'plan')).toBe(false);
  });

  it('goes back to review when the set is no longer complete, and leaves a draft alone', () => {
    const incomplete = signoffState(plan('agreed', 'r2'), [signoff('a', 'mai', 'marketing', 'r1')]);
    expect(statusAfterSignoffs('agreed', incomplete)).toBe('inFieldReview');
    expect(statusAfterSignoffs('draft', signoffState(plan('draft'), [signoff('a', 'mai', 'marketing', 'r1'), signoff('b', 'lan', 'sales', 'r1')]))).toBe('draft');
  });
});
