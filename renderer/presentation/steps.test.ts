import { describe, expect, it } from 'vitest';
import { newElement, type PlanElement } from '../../shared/model/element';
import type { ElementKind } from '../../shared/model/kinds';
import { instantiateTemplate } from '../../shared/templates/instantiate';
import { presentKey, type PresentKeyInput } from './keys';
import { moveStep, presentationSteps, readingOrder } from './steps';

const el = (id: string, kind: ElementKind, x: number, y: number, init: Partial<PlanElement> = {}) =>
  newElement({ id, planId: 'p', kind, title: id, x, y, ...init });

/** Each step as a word: the overview, a frame's title, an area, or the titles of loose elements. */
const titles = (elements: PlanElement[]) =>
  presentationSteps(elements).map((step) =>
    step.kind === 'overview' ? 'overview' : step.kind === 'frame' ? step.title : step.kind === 'area' ? step.area : step.titles.join('+'),
  );

describe('presentation steps', () => {
  it('steps through frames in reading order: rows top to bottom, left to right, ragged tops included', () => {
    const elements = [
      el('C', 'frame', 0, 400, { width: 500, height: 300 }),
      el('B', 'frame', 620, 18, { width: 500, height: 300 }),
      el('A', 'frame', 0, 0, { width: 500, height: 340 }),
      el('a1', 'price', 20, 60, { parentId: 'A' }),
      el('c1', 'cost', 20, 60, { parentId: 'C' }),
    ];
    const steps = presentationSteps(elements);
    expect(steps.map((s) => s.id)).toEqual(['overview', 'frame:A', 'frame:B', 'frame:C']);
    expect(steps[1]!.elementIds.sort()).toEqual(['A', 'a1']);
    expect(steps[0]!.elementIds).toHaveLength(5);
  });

  it('gathers elements outside frames into steps where they fall in the reading order (the launch template)', () => {
    const { elements } = instantiateTemplate('campaign-launch', 'p', (key) => key.split('.').at(-2) ?? key);
    const steps = presentationSteps(elements);
    expect(steps.map((s) => s.kind)).toEqual(['overview', 'loose', 'frame', 'loose']);
    const kinds = (i: number) => steps[i]!.elementIds.map((id) => elements.find((e) => e.id === id)!.kind);
    expect(kinds(1)).toEqual(['segment', 'target', 'positioning']);
    expect(kinds(2)).toEqual(expect.arrayContaining(['frame', 'product', 'price', 'place', 'promotion']));
    // Budget under tactic, milestone under objective: each read right after the card above it.
    expect(kinds(3)).toEqual(['tactic', 'budget', 'objective', 'milestone']);
  });

  it('walks the paired template frame by frame, P with its C', () => {
    const { elements } = instantiateTemplate('paired-4p-4c', 'p', (key) => key);
    const steps = presentationSteps(elements);
    expect(steps).toHaveLength(5);
    expect(steps.slice(1).map((s) => (s.kind === 'frame' ? s.title : ''))).toEqual([
      'templates.frame.productCustomer',
      'templates.frame.priceCost',
      'templates.frame.placeConvenience',
      'templates.frame.promotionCommunication',
    ]);
  });

  it('steps through the 4P, 4C and framing areas when the plan has no frames, skipping empty ones', () => {
    const elements = [el('n', 'note', 0, 0), el('p', 'price', 0, 0), el('q', 'product', 300, 0), el('gone', 'cost', 0, 0, { deleted: true })];
    expect(titles(elements)).toEqual(['overview', '4p', 'framing']);
    expect(presentationSteps(elements)[1]!.elementIds).toEqual(['p', 'q']);
  });

  it('is just the overview for an empty plan', () => {
    expect(presentationSteps([]).map((s) => s.id)).toEqual(['overview']);
  });

  it('orders boxes of a grid by rows', () => {
    const box = (id: string, x: number, y: number) => ({ id, x, y, width: 100, height: 100 });
    expect(readingOrder([box('d', 120, 130), box('b', 120, 10), box('c', 0, 120), box('a', 0, 0)]).map((b) => b.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('moves within bounds', () => {
    expect(moveStep(0, 5, 'previous')).toBe(0);
    expect(moveStep(4, 5, 'next')).toBe(4);
    expect(moveStep(2, 5, 'next')).toBe(3);
    expect(moveStep(2, 5, 'first')).toBe(0);
    expect(moveStep(2, 5, 'last')).toBe(4);
    expect(moveStep(0, 0, 'next')).toBe(0);
  });
});

describe('presentation keys', () => {
  const key = (init: Partial<PresentKeyInput>): PresentKeyInput => ({ key: '', code: '', altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...init });

  it('maps clicker and keyboard keys', () => {
    for (const k of ['ArrowRight', 'ArrowDown', 'PageDown', ' ']) expect(presentKey(key({ key: k })), k).toBe('next');
    for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp']) expect(presentKey(key({ key: k })), k).toBe('previous');
    expect(presentKey(key({ key: ' ', shiftKey: true }))).toBe('previous');
    expect(presentKey(key({ key: 'Home' }))).toBe('first');
    expect(presentKey(key({ key: 'End' }))).toBe('last');
    expect(presentKey(key({ key: 'Escape' }))).toBe('leave');
    expect(presentKey(key({ key: 'o', code: 'KeyO' }))).toBe('overview');
    expect(presentKey(key({ key: 't', code: 'KeyT' }))).toBe('reviews');
    expect(presentKey(key({ key: 'f', code: 'KeyF' }))).toBe('fullscreen');
  });

  it('leaves modified keys and IME composition alone', () => {
    expect(presentKey(key({ key: 'ArrowRight', altKey: true }))).toBeNull();
    expect(presentKey(key({ key: 'o', code: 'KeyO', ctrlKey: true }))).toBeNull();
    expect(presentKey(key({ key: 'O', code: 'KeyO', shiftKey: true }))).toBeNull();
    expect(presentKey(key({ key: 'ArrowRight', isComposing: true }))).toBeNull();
  });
});
