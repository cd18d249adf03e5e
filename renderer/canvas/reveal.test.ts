import { describe, expect, it } from 'vitest';
import { revealZoom } from './reveal';

const view = { width: 1000, height: 600 };
const card = { x: 0, y: 0, width: 220, height: 120 };

describe('revealZoom', () => {
  it('keeps the zoom the person chose when the element reads well and fits', () => {
    expect(revealZoom(card, view, 1)).toBe(1);
    expect(revealZoom(card, view, 1.8)).toBe(1.8);
  });

  it('zooms in to a readable size from a far overview', () => {
    expect(revealZoom(card, view, 0.2)).toBe(0.75);
  });

  it('zooms out until a big frame fits', () => {
    expect(revealZoom({ x: 0, y: 0, width: 2000, height: 600 }, view, 1)).toBeCloseTo(0.4);
  });
});
