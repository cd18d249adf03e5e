import { describe, expect, it } from 'vitest';
import { clearance } from '../../shared/layout/geometry';
import { newElement, type PlanElement } from '../../shared/model/element';
import type { ElementKind } from '../../shared/model/kinds';
import { instantiateTemplate } from '../../shared/templates/instantiate';
import type { PlanState } from '../canvas/operations';
import { NOTE_SIZE, planCapture, targetFrame, type CaptureInput } from './capture';

const el = (id: string, kind: ElementKind, x: number, y: number, init: Partial<PlanElement> = {}) => newElement({ id, planId: 'p', kind, title: id, x, y, ...init });

const stateOf = (elements: PlanElement[]): PlanState => ({ planId: 'p', elements: Object.fromEntries(elements.map((e) => [e.id, e])), links: {} });

const input = (state: PlanState, init: Partial<CaptureInput> = {}): CaptureInput => ({
  state,
  selected: [],
  viewCentre: { x: 0, y: 0 },
  heightOf: (e) => e.height,
  locked: false,
  ...init,
});

const noteBox = (at: { x: number; y: number }) => ({ ...at, ...NOTE_SIZE });

describe('quick capture placement', () => {
  it('drops into the selected frame, or the selected element’s frame, else the frame in the middle of the view', () => {
    const state = stateOf([
      el('A', 'frame', 0, 0, { width: 600, height: 500 }),
      el('B', 'frame', 800, 0, { width: 600, height: 500 }),
      el('b1', 'price', 24, 64, { parentId: 'B' }),
    ]);
    expect(targetFrame(state, ['A'], { x: 900, y: 100 })?.id).toBe('A');
    expect(targetFrame(state, ['b1'], { x: 100, y: 100 })?.id).toBe('B');
    expect(targetFrame(state, [], { x: 900, y: 100 })?.id).toBe('B');
    expect(targetFrame(state, ['A', 'B'], { x: 2000, y: 2000 })).toBeUndefined();
  });

  it('fills a frame row by row, clear of the cards in it', () => {
    const frame = el('F', 'frame', 100, 100, { width: 560, height: 400 });
    const card = el('c', 'price', 24, 64, { parentId: 'F' });
    let elements = [frame, card];
    const spots: Array<{ x: number; y: number }> = [];
    for (let i = 0; i < 3; i++) {
      const plan = planCapture(input(stateOf(elements), { selected: ['F'] }));
      expect(plan.parentId).toBe('F');
      expect(plan.edits).toEqual([]);
      spots.push(plan.at);
      elements = [...elements, el(`n${i}`, 'note', plan.at.x, plan.at.y, { parentId: 'F' })];
    }
    // Beside the card on its row, then the next row: on the template's columns, a row gap below the card.
    expect(spots).toEqual([
      { x: 304, y: 64 },
      { x: 24, y: 224 },
      { x: 304, y: 224 },
    ]);
    const boxes = elements.filter((e) => e.parentId === 'F').map((e) => ({ x: e.x, y: e.y, width: e.width, height: e.height }));
    for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) expect(clearance(a, b)).toBeGreaterThanOrEqual(20);
    for (const b of boxes) expect(b.x + b.width).toBeLessThanOrEqual(560);
  });

  it('grows a full frame and pushes what lies below it down, as one edit', () => {
    // The paired template: frames exactly as wide as their two cards.
    const { elements } = instantiateTemplate('paired-4p-4c', 'p', (k) => k);
    const state = stateOf(elements);
    const [first, second] = elements.filter((e) => e.kind === 'frame').sort((a, b) => a.y - b.y);
    const plan = planCapture(input(state, { selected: [first!.id] }));
    expect(plan.parentId).toBe(first!.id);
    const grownTo = plan.edits.find((e) => e.entityId === first!.id && e.field === 'height')!.newValue as number;
    const grow = grownTo - first!.height;
    expect(plan.at.y + NOTE_SIZE.height).toBeLessThanOrEqual(grownTo);
    expect(plan.edits).toContainEqual({ entity: 'element', entityId: second!.id, field: 'y', oldValue: second!.y, newValue: second!.y + grow });
    // Cards inside frames ride with their frame: only top-level elements move.
    expect(plan.edits.every((e) => state.elements[e.entityId]!.parentId === null)).toBe(true);
  });

  it('while positions are locked, leaves a full frame be and finds free space instead', () => {
    const { elements } = instantiateTemplate('paired-4p-4c', 'p', (k) => k);
    const frame = elements.find((e) => e.kind === 'frame')!;
    const plan = planCapture(input(stateOf(elements), { selected: [frame.id], locked: true }));
    expect(plan.edits).toEqual([]);
    expect(plan.parentId).toBeNull();
    for (const e of elements.filter((x) => x.parentId === null)) expect(clearance(noteBox(plan.at), e)).toBeGreaterThanOrEqual(20);
  });

  it('outside frames, takes the free spot nearest the middle of the view', () => {
    const state = stateOf([el('a', 'price', -110, -60), el('b', 'cost', 200, -60)]);
    const plan = planCapture(input(state, { viewCentre: { x: 0, y: 0 } }));
    expect(plan.parentId).toBeNull();
    for (const e of Object.values(state.elements)) expect(clearance(noteBox(plan.at), e)).toBeGreaterThanOrEqual(20);
    // Straight above or below the card in the middle, not far away.
    expect(Math.abs(plan.at.x + 110)).toBeLessThanOrEqual(20);
    // An empty plan: right in the middle (on the 20-pixel grid).
    expect(planCapture(input(stateOf([]), { viewCentre: { x: 500, y: 300 } })).at).toEqual({ x: 400, y: 240 });
  });

  it('counts a card as tall as it is drawn', () => {
    const frame = el('F', 'frame', 0, 0, { width: 560, height: 600 });
    const tall = el('t', 'tactic', 24, 64, { parentId: 'F', width: 512 });
    const plan = planCapture(input(stateOf([frame, tall]), { selected: ['F'], heightOf: (e) => (e.id === 't' ? 300 : e.height) }));
    expect(plan.at.y).toBeGreaterThanOrEqual(64 + 300 + 20);
  });
});
