import { describe, expect, it } from 'vitest';
import { DEFAULT_ELEMENT_SIZE, DEFAULT_FRAME_SIZE, elementSchema, newElement } from './element';

const valid = newElement({ id: 'e1', planId: 'p1', kind: 'product' });

describe('newElement', () => {
  it('fills every default', () => {
    expect(valid).toEqual({
      id: 'e1',
      planId: 'p1',
      kind: 'product',
      title: '',
      body: '',
      promptKey: null,
      fields: {},
      x: 0,
      y: 0,
      ...DEFAULT_ELEMENT_SIZE,
      parentId: null,
      deleted: false,
    });
  });

  it('gives a frame the frame size', () => {
    const frame = newElement({ id: 'f1', planId: 'p1', kind: 'frame' });
    expect({ width: frame.width, height: frame.height }).toEqual(DEFAULT_FRAME_SIZE);
  });

  it('keeps CJK and Vietnamese text intact', () => {
    const title = '產品定位 · 产品定位 · Định vị sản phẩm';
    expect(newElement({ id: 'e2', planId: 'p1', kind: 'positioning', title }).title).toBe(title);
  });
});

describe('elementSchema', () => {
  it.each<[string, Record<string, unknown>]>([
    ['an unknown kind', { kind: 'banana' }],
    ['a NaN position', { x: Number.NaN }],
    ['an infinite position', { y: Number.POSITIVE_INFINITY }],
    ['a zero width', { width: 0 }],
    ['a negative height', { height: -10 }],
    ['an empty id', { id: '' }],
    ['an over-long title', { title: 'x'.repeat(1001) }],
    ['an over-long body', { body: 'x'.repeat(20_001) }],
    ['an over-long prompt key', { promptKey: 'k'.repeat(201) }],
    ['an over-long field value', { fields: { note: 'x'.repeat(2001) } }],
    ['a field holding an object', { fields: { note: { nested: true } } }],
    ['a missing tombstone flag', { deleted: undefined }],
  ])('rejects %s', (_, patch) => {
    expect(elementSchema.safeParse({ ...valid, ...patch }).success).toBe(false);
  });

  it('accepts the longest allowed strings and cleared fields', () => {
    const longest = { ...valid, title: 'x'.repeat(1000), body: 'x'.repeat(20_000), fields: { size: null } };
    expect(elementSchema.safeParse(longest).success).toBe(true);
  });
});
