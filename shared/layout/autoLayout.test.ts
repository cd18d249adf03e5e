import { describe, expect, it } from 'vitest';
import { DEFAULT_ELEMENT_SIZE } from '../model/element';
import { TEMPLATE_IDS, instantiateTemplate } from '../templates';
import { autoLayout, type LayoutElement, type LayoutLink, type Placement } from './autoLayout';
import { FRAME_TITLE_BAR, MIN_CLEARANCE, clearance, fitsInFrame } from './geometry';

function box(id: string, x = 0, y = 0, parentId: string | null = null, deleted = false): LayoutElement {
  return { id, x, y, ...DEFAULT_ELEMENT_SIZE, parentId, deleted };
}

function frameBox(id: string, x = 0, y = 0): LayoutElement {
  return { id, x, y, width: 400, height: 300, parentId: null, deleted: false };
}

function arrow(source: string, target: string, deleted = false): LayoutLink {
  return { id: `${source}->${target}`, source, target, deleted };
}

function placed(placements: readonly Placement[], id: string): Placement {
  const found = placements.find((p) => p.id === id);
  if (!found) throw new Error(`${id} was not placed`);
  return found;
}

function expectReadable(elements: readonly LayoutElement[], placements: readonly Placement[]): void {
  const parentOf = new Map(elements.map((e) => [e.id, e.parentId]));
  for (const a of placements) {
    for (const b of placements) {
      if (a.id < b.id && parentOf.get(a.id) === parentOf.get(b.id)) {
        expect(clearance(a, b), `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(MIN_CLEARANCE);
      }
    }
    const parentId = parentOf.get(a.id);
    if (parentId) expect(fitsInFrame(placed(placements, parentId), a), `${a.id} in ${parentId}`).toBe(true);
  }
}

describe('autoLayout', () => {
  it('lays a chain out left to right, whatever the starting positions', async () => {
    const elements = [box('d', 0, 0), box('b', 0, 0), box('a', 500, 900), box('c', -300, 40)];
    const links = [arrow('c', 'd'), arrow('a', 'b'), arrow('b', 'c')];
    const result = await autoLayout(elements, links);
    const chain = ['a', 'b', 'c', 'd'].map((id) => placed(result, id));
    chain.slice(1).forEach((target, i) => {
      const source = chain[i];
      if (source) expect(source.x + source.width).toBeLessThan(target.x);
    });
    expectReadable(elements, result);
  });

  it('lays children out inside their frame, resizes the frame and keeps its title bar clear', async () => {
    const elements = [
      box('before'),
      frameBox('frame'),
      box('p', 0, 0, 'frame'),
      box('c', 0, 0, 'frame'),
      box('extra', 0, 0, 'frame'),
      box('after'),
    ];
    const links = [arrow('before', 'p'), arrow('p', 'c'), arrow('c', 'after')];
    const result = await autoLayout(elements, links);
    expectReadable(elements, result);
    expect(placed(result, 'p').x).toBeLessThan(placed(result, 'c').x);
    expect(Math.min(...['p', 'c', 'extra'].map((id) => placed(result, id).y))).toBeGreaterThanOrEqual(FRAME_TITLE_BAR);
    const frame = placed(result, 'frame');
    expect(placed(result, 'before').x + DEFAULT_ELEMENT_SIZE.width).toBeLessThan(frame.x);
    expect(frame.x + frame.width).toBeLessThan(placed(result, 'after').x);
  });

  it('orders two frames by a link between their children', async () => {
    const elements = [frameBox('right'), frameBox('left', 0, 600), box('r', 0, 0, 'right'), box('l', 0, 0, 'left')];
    const result = await autoLayout(elements, [arrow('l', 'r')]);
    const [left, right] = [placed(result, 'left'), placed(result, 'right')];
    expect(left.x + left.width).toBeLessThan(right.x);
    expectReadable(elements, result);
  });

  it('packs unlinked cards in a frame into a grid, in reading order', async () => {
    const grid = [box('a', 0, 0, 'frame'), box('b', 300, 0, 'frame'), box('c', 0, 200, 'frame'), box('d', 300, 200, 'frame')];
    const elements = [frameBox('frame'), ...grid];
    const result = await autoLayout(elements, []);
    const at = (id: string) => placed(result, id);
    expect([at('a').y, at('c').y]).toEqual([at('b').y, at('d').y]);
    expect([at('a').x, at('b').x]).toEqual([at('c').x, at('d').x]);
    expect(at('a').x < at('b').x && at('a').y < at('c').y).toBe(true);
  });

  it.each(TEMPLATE_IDS)('keeps the %s template readable', async (templateId) => {
    const { elements, links } = instantiateTemplate(templateId, 'plan-1', (key) => key, idSequence());
    expectReadable(elements, await autoLayout(elements, links));
  });

  it('keeps the plan where it was: the top-left corner does not move', async () => {
    const elements = [box('a', 300, 200), box('b', 900, 700)];
    const result = await autoLayout(elements, [arrow('a', 'b')]);
    expect(Math.min(...result.map((p) => p.x))).toBe(300);
    expect(Math.min(...result.map((p) => p.y))).toBe(200);
  });

  it('gives the same result for the same plan, in any order', async () => {
    const elements = [frameBox('f'), box('a', 10, 10), box('b', 20, 20), box('x', 0, 0, 'f'), box('y', 5, 5, 'f')];
    const links = [arrow('a', 'x'), arrow('x', 'y'), arrow('b', 'y')];
    const first = await autoLayout(elements, links);
    expect(await autoLayout(elements, links)).toEqual(first);
    const byId = (a: Placement, b: Placement) => (a.id < b.id ? -1 : 1);
    const shuffled = await autoLayout([...elements].reverse(), [...links].reverse());
    expect([...shuffled].sort(byId)).toEqual([...first].sort(byId));
  });

  it('ignores deleted elements and links', async () => {
    const elements = [box('a'), box('b'), box('gone', 0, 0, null, true)];
    const links = [arrow('b', 'a', true), arrow('a', 'b'), arrow('gone', 'a')];
    const result = await autoLayout(elements, links);
    expect(result.map((p) => p.id).sort()).toEqual(['a', 'b']);
    expect(placed(result, 'a').x).toBeLessThan(placed(result, 'b').x);
  });

  it('copes with odd structure: a link into its own frame, a lost parent, a parent cycle', async () => {
    const elements = [
      frameBox('frame'),
      box('inside', 0, 0, 'frame'),
      box('orphan', 0, 0, 'deleted-frame'),
      box('loop-a', 0, 0, 'loop-b'),
      box('loop-b', 0, 0, 'loop-a'),
    ];
    const result = await autoLayout(elements, [arrow('frame', 'inside'), arrow('loop-a', 'orphan')]);
    expect(result.map((p) => p.id).sort()).toEqual(['frame', 'inside', 'orphan']);
    expectReadable(
      elements.filter((e) => e.id !== 'orphan'),
      result.filter((p) => p.id !== 'orphan'),
    );
  });

  it('returns nothing for an empty plan', async () => {
    expect(await autoLayout([], [])).toEqual([]);
  });
});

function idSequence(): () => string {
  let next = 0;
  return () => `n${++next}`;
}
