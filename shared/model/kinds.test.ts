import { describe, expect, it } from 'vitest';
import { C_KINDS, ELEMENT_KINDS, P_KINDS, PAIRS, areaOf, counterpartOf } from './kinds';

describe('the 4P↔4C pairing table', () => {
  it('pairs every P with exactly one C', () => {
    expect(PAIRS.map(([p]) => p)).toEqual([...P_KINDS]);
    expect([...PAIRS.map(([, c]) => c)].sort()).toEqual([...C_KINDS].sort());
  });

  it('finds the counterpart both ways, and none for framing kinds', () => {
    for (const [p, c] of PAIRS) {
      expect([counterpartOf(p), counterpartOf(c)]).toEqual([c, p]);
    }
    expect(counterpartOf('segment')).toBeUndefined();
  });

  it('puts every kind in one area', () => {
    const areas = ELEMENT_KINDS.map(areaOf);
    expect(areas.filter((a) => a === '4p')).toHaveLength(4);
    expect(areas.filter((a) => a === '4c')).toHaveLength(4);
  });
});
