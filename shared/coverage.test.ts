import { describe, expect, it } from 'vitest';
import { checkCoverage, type CoverageElement, type CoverageLink, type PairStatus } from './coverage';
import type { ElementKind, PKind } from './model/kinds';
import type { LinkType } from './model/link';

function element(id: string, kind: ElementKind, deleted = false): CoverageElement {
  return { id, kind, deleted };
}

function link(source: string, target: string, type: LinkType = 'pairsWith', deleted = false): CoverageLink {
  return { source, target, type, deleted };
}

const FULL_MIX = [
  element('product', 'product'),
  element('price', 'price'),
  element('place', 'place'),
  element('promotion', 'promotion'),
  element('customer', 'customer'),
  element('cost', 'cost'),
  element('convenience', 'convenience'),
  element('communication', 'communication'),
];

interface Case {
  name: string;
  elements: CoverageElement[];
  links?: CoverageLink[];
  /** Status of the pairs named; the others must be 'unused'. */
  statuses: Partial<Record<PKind, PairStatus>>;
  balanced: boolean;
}

describe('checkCoverage: status per pair', () => {
  it.each<Case>([
    { name: 'an empty plan', elements: [], statuses: {}, balanced: true },
    {
      name: 'framing elements only',
      elements: [element('s', 'segment'), element('f', 'frame')],
      statuses: {},
      balanced: true,
    },
    { name: 'a P without its C', elements: [element('p', 'price')], statuses: { price: 'lacking' }, balanced: false },
    {
      name: 'a C without its P',
      elements: [element('c', 'cost')],
      statuses: { price: 'customerOnly' },
      balanced: true,
    },
    {
      name: 'a P with its C',
      elements: [element('p', 'price'), element('c', 'cost')],
      statuses: { price: 'covered' },
      balanced: true,
    },
    {
      name: 'a P with the C of another pair',
      elements: [element('p', 'price'), element('c', 'convenience')],
      statuses: { price: 'lacking', place: 'customerOnly' },
      balanced: false,
    },
    {
      name: 'a P whose C was deleted',
      elements: [element('p', 'price'), element('c', 'cost', true)],
      statuses: { price: 'lacking' },
      balanced: false,
    },
    {
      name: 'the full 4P and 4C',
      elements: FULL_MIX,
      statuses: { product: 'covered', price: 'covered', place: 'covered', promotion: 'covered' },
      balanced: true,
    },
  ])('$name', ({ elements, links = [], statuses, balanced }) => {
    const report = checkCoverage(elements, links);
    expect(Object.fromEntries(report.pairs.map((pair) => [pair.p, pair.status]))).toEqual({
      product: 'unused',
      price: 'unused',
      place: 'unused',
      promotion: 'unused',
      ...statuses,
    });
    expect(report.balanced).toBe(balanced);
  });
});

describe('checkCoverage: pairsWith links', () => {
  const priceAndCost = [element('p', 'price'), element('c', 'cost')];

  it.each<[string, CoverageLink[], boolean]>([
    ['no link', [], false],
    ['a pairsWith link from P to C', [link('p', 'c')], true],
    ['a pairsWith link from C to P', [link('c', 'p')], true],
    ['a link of another type', [link('p', 'c', 'supports')], false],
    ['a deleted pairsWith link', [link('p', 'c', 'pairsWith', true)], false],
    ['a pairsWith link to an element outside the pair', [link('p', 'x')], false],
  ])('%s', (_, links, linked) => {
    const price = checkCoverage(priceAndCost, links).pairs.find((pair) => pair.p === 'price');
    expect(price?.linked).toBe(linked);
  });

  it('does not count a link to a deleted C', () => {
    const elements = [element('p', 'price'), element('c', 'cost', true)];
    expect(checkCoverage(elements, [link('p', 'c')]).pairs[1]?.linked).toBe(false);
  });
});

describe('checkCoverage: summary', () => {
  it('lists the elements of each side and counts the statuses', () => {
    const elements = [
      element('p1', 'product'),
      element('p2', 'product'),
      element('c1', 'customer'),
      element('x', 'price'),
    ];
    const report = checkCoverage(elements, []);
    expect(report.pairs[0]).toMatchObject({ p: 'product', c: 'customer', pIds: ['p1', 'p2'], cIds: ['c1'] });
    expect(report.counts).toEqual({ covered: 1, lacking: 1, customerOnly: 0, unused: 2 });
  });
});
