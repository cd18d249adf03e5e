import { describe, expect, it } from 'vitest';
import { newElement, type PlanElement } from '../../shared/model/element';
import { newLink, type PlanLink } from '../../shared/model/link';
import { connectEdits, copyPayload, deleteEdits, groupEdits, moveEdits, pasteEdits, type PlanState } from './operations';

function plan(elements: PlanElement[], links: PlanLink[] = []): PlanState {
  return {
    planId: 'p',
    elements: Object.fromEntries(elements.map((e) => [e.id, e])),
    links: Object.fromEntries(links.map((l) => [l.id, l])),
  };
}
const el = (id: string, init: Partial<PlanElement> = {}) => newElement({ id, planId: 'p', kind: 'product', ...init });
const frame = (id: string, x: number, y: number) => el(id, { kind: 'frame', x, y, width: 500, height: 400 });
const fieldsOf = (edits: { entityId: string; field: string; newValue: unknown }[], id: string) =>
  Object.fromEntries(edits.filter((e) => e.entityId === id).map((e) => [e.field, e.newValue]));

describe('deleteEdits', () => {
  it('tombstones a frame with its contents and every link touching them', () => {
    const state = plan([frame('f', 0, 0), el('a', { parentId: 'f' }), el('b')], [newLink({ id: 'l', planId: 'p', source: 'a', target: 'b' })]);
    const edits = deleteEdits(state, ['f']);
    expect(edits.map((e) => `${e.entityId}.${e.field}=${String(e.newValue)}`).sort()).toEqual([
      'a.deleted=true',
      'f.deleted=true',
      'l.deleted=true',
    ]);
  });
});

describe('moveEdits', () => {
  const state = plan([frame('f', 1000, 0), el('a', { x: 0, y: 0 }), el('c', { parentId: 'f', x: 40, y: 80 })]);

  it('puts an element whose centre lands in a frame into it, in frame coordinates', () => {
    expect(fieldsOf(moveEdits(state, [{ id: 'a', absolute: { x: 1100, y: 100 } }]), 'a')).toEqual({ parentId: 'f', x: 100, y: 100 });
  });

  it('takes an element dragged out of its frame back to the top level', () => {
    expect(fieldsOf(moveEdits(state, [{ id: 'c', absolute: { x: 0, y: 600 } }]), 'c')).toEqual({ parentId: null, x: 0, y: 600 });
  });

  it('leaves children alone when their frame moves with them', () => {
    const edits = moveEdits(state, [
      { id: 'f', absolute: { x: 1200, y: 0 } },
      { id: 'c', absolute: { x: 1240, y: 80 } },
    ]);
    expect(edits.every((e) => e.entityId === 'f')).toBe(true);
  });
});

describe('groupEdits', () => {
  it('wraps top-level elements in a frame that contains them', () => {
    const state = plan([el('a', { x: 100, y: 100 }), el('b', { x: 400, y: 100 })]);
    const grouped = groupEdits(state, ['a', 'b'], 'Launch')!;
    const frameFields = fieldsOf(grouped.edits, grouped.id);
    const a = fieldsOf(grouped.edits, 'a');
    expect(frameFields).toMatchObject({ kind: 'frame', title: 'Launch' });
    expect(a.parentId).toBe(grouped.id);
    expect(Number(frameFields.x) + Number(a.x)).toBe(100);
    expect(Number(frameFields.width)).toBeGreaterThan(400 + 220 - 100);
  });

  it('groups nothing when only frames or framed elements are selected', () => {
    expect(groupEdits(plan([frame('f', 0, 0), el('c', { parentId: 'f' })]), ['f', 'c'], 'x')).toBeNull();
  });
});

describe('connectEdits', () => {
  it('refuses a self-link and a duplicate link of the same type', () => {
    const state = plan([el('a'), el('b')], [newLink({ id: 'l', planId: 'p', source: 'a', target: 'b', type: 'supports' })]);
    expect(connectEdits(state, 'a', 'a', 'supports')).toEqual([]);
    expect(connectEdits(state, 'a', 'b', 'supports')).toEqual([]);
    expect(connectEdits(state, 'a', 'b', 'dependsOn').length).toBeGreaterThan(0);
  });
});

describe('copy and paste', () => {
  it('pastes a frame with its child and their link under fresh ids, re-pointed', () => {
    const source = plan(
      [frame('f', 0, 0), el('a', { parentId: 'f', x: 40, y: 80 }), el('b', { parentId: 'f', x: 300, y: 80 })],
      [newLink({ id: 'l', planId: 'p', source: 'a', target: 'b' })],
    );
    const payload = copyPayload(source, ['f']);
    const target = { ...plan([]), planId: 'other' };
    const { ids, edits } = pasteEdits(target, payload, { x: 10, y: 20 });
    expect(ids).toHaveLength(1);
    const created = new Set(edits.map((e) => e.entityId));
    expect([...created].some((id) => ['f', 'a', 'b', 'l'].includes(id))).toBe(false);
    const frameId = ids[0]!;
    expect(fieldsOf(edits, frameId)).toMatchObject({ planId: 'other', x: 10, y: 20 });
    const children = edits.filter((e) => e.field === 'parentId' && e.newValue === frameId);
    expect(children).toHaveLength(2);
    const link = edits.filter((e) => e.entity === 'link');
    const linkFields = Object.fromEntries(link.map((e) => [e.field, e.newValue]));
    expect(children.map((c) => c.entityId)).toContain(linkFields.source);
    expect(children.map((c) => c.entityId)).toContain(linkFields.target);
  });

  it('copies a framed element without its frame at its absolute position', () => {
    const source = plan([frame('f', 1000, 500), el('a', { parentId: 'f', x: 40, y: 80 })]);
    expect(copyPayload(source, ['a']).elements[0]).toMatchObject({ parentId: null, x: 1040, y: 580 });
  });
});
