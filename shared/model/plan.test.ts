import { describe, expect, it } from 'vitest';
import { newPlan, planSchema } from './plan';

const NOW = Date.UTC(2025, 0, 1);
const valid = newPlan({ id: 'p1' }, NOW);

describe('newPlan', () => {
  it('fills every default', () => {
    expect(valid).toEqual({
      id: 'p1',
      title: '',
      brand: '',
      market: '',
      periodStart: '',
      periodEnd: '',
      currency: 'USD',
      status: 'draft',
      templateId: null,
      createdAt: NOW,
      updatedAt: NOW,
      trashedAt: null,
      revision: '',
      deleted: false,
    });
  });
});

describe('planSchema', () => {
  it.each<[string, Record<string, unknown>]>([
    ['a lower-case currency', { currency: 'vnd' }],
    ['a currency name', { currency: 'Dong' }],
    ['an unpadded date', { periodStart: '2025-1-1' }],
    ['an unknown status', { status: 'approved' }],
    ['a fractional timestamp', { createdAt: NOW + 0.5 }],
    ['a negative timestamp', { updatedAt: -1 }],
    ['an over-long title', { title: 'x'.repeat(501) }],
  ])('rejects %s', (_, patch) => {
    expect(planSchema.safeParse({ ...valid, ...patch }).success).toBe(false);
  });

  it('accepts a dated, trashed plan', () => {
    const plan = { ...valid, periodStart: '2025-03-01', periodEnd: '2025-06-30', currency: 'TWD', trashedAt: NOW };
    expect(planSchema.safeParse(plan).success).toBe(true);
  });
});
