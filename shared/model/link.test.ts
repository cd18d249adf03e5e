import { describe, expect, it } from 'vitest';
import { linkSchema, newLink } from './link';

const valid = newLink({ id: 'l1', planId: 'p1', source: 'a', target: 'b' });

describe('newLink', () => {
  it('fills every default', () => {
    const defaults = { type: 'leadsTo', label: '', deleted: false };
    expect(valid).toEqual({ id: 'l1', planId: 'p1', source: 'a', target: 'b', ...defaults });
  });
});

describe('linkSchema', () => {
  it.each<[string, Record<string, unknown>]>([
    ['an unknown type', { type: 'causes' }],
    ['an empty source', { source: '' }],
    ['a missing target', { target: undefined }],
    ['an over-long label', { label: 'x'.repeat(501) }],
  ])('rejects %s', (_, patch) => {
    expect(linkSchema.safeParse({ ...valid, ...patch }).success).toBe(false);
  });
});
