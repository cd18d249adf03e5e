import { describe, expect, it } from 'vitest';
import { checkCoverage } from '../coverage';
import { LANGUAGES, type Language } from '../i18n/languages';
import { RESOURCES } from '../i18n/resources';
import { MIN_CLEARANCE, clearance, fitsInFrame } from '../layout/geometry';
import { elementSchema, type PlanElement } from '../model/element';
import { PAIRS } from '../model/kinds';
import { linkSchema } from '../model/link';
import { TEMPLATE_IDS, instantiateTemplate, isTemplateId, templates, type TemplateId, type Translate } from './index';

/** The catalogue text at a dotted key path, or an error naming what is missing. */
function translator(language: Language): Translate {
  return (key) => {
    const step = (node: unknown, part: string) => (typeof node === 'object' && node !== null ? Reflect.get(node, part) : undefined);
    const text = key.split('.').reduce<unknown>(step, RESOURCES[language]);
    if (typeof text !== 'string' || text.trim() === '') throw new Error(`${language} has no text for ${key}`);
    return text;
  };
}

function sequentialIds(): () => string {
  let next = 0;
  return () => `id-${++next}`;
}

function instantiate(templateId: TemplateId, language: Language = 'en') {
  return instantiateTemplate(templateId, 'plan-1', translator(language), sequentialIds());
}

/** Position on the canvas, adding up the frames an element sits in. */
function absolute(element: PlanElement, all: readonly PlanElement[]): { x: number; y: number } {
  const parent = all.find((e) => e.id === element.parentId);
  if (!parent) return { x: element.x, y: element.y };
  const origin = absolute(parent, all);
  return { x: origin.x + element.x, y: origin.y + element.y };
}

describe.each(TEMPLATE_IDS)('template %s', (templateId) => {
  const { elements, links } = instantiate(templateId);
  const byId = new Map(elements.map((e) => [e.id, e]));

  it('is registered under its own id, with a name and description in every language', () => {
    const template = templates[templateId];
    expect(template.id).toBe(templateId);
    for (const language of LANGUAGES) {
      const t = translator(language);
      expect(() => [t(template.nameKey), t(template.descriptionKey)]).not.toThrow();
    }
  });

  it('instantiates into schema-valid elements and links of the plan, with unique ids', () => {
    for (const e of elements) expect(elementSchema.safeParse(e).success).toBe(true);
    for (const l of links) expect(linkSchema.safeParse(l).success).toBe(true);
    expect([...elements, ...links].every((x) => x.planId === 'plan-1')).toBe(true);
    const ids = [...elements, ...links].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('links existing, distinct elements', () => {
    for (const l of links) {
      expect(byId.has(l.source) && byId.has(l.target)).toBe(true);
      expect(l.source).not.toBe(l.target);
    }
  });

  it('puts children in frames listed before them, inside the frame below its title', () => {
    elements.forEach((child, index) => {
      if (child.parentId === null) return;
      const frame = byId.get(child.parentId);
      expect(frame?.kind).toBe('frame');
      expect(elements.findIndex((e) => e.id === child.parentId)).toBeLessThan(index);
      if (frame) expect(fitsInFrame(frame, child)).toBe(true);
    });
  });

  it(`leaves at least ${MIN_CLEARANCE}px between siblings`, () => {
    for (const a of elements) {
      for (const b of elements) {
        if (a.id < b.id && a.parentId === b.parentId) expect(clearance(a, b)).toBeGreaterThanOrEqual(MIN_CLEARANCE);
      }
    }
  });

  it('runs its leadsTo and pairsWith links left to right', () => {
    for (const l of links.filter((x) => x.type === 'leadsTo' || x.type === 'pairsWith')) {
      const [source, target] = [byId.get(l.source), byId.get(l.target)];
      if (!source || !target) throw new Error('dangling link');
      expect(absolute(source, elements).x + source.width).toBeLessThan(absolute(target, elements).x);
    }
  });

  it('gives every element but a frame a prompt', () => {
    for (const e of elements) expect(e.promptKey === null).toBe(e.kind === 'frame');
  });

  it.each(LANGUAGES)('has every title and prompt in %s', (language) => {
    const t = translator(language);
    const localised = instantiate(templateId, language).elements;
    for (const e of localised) expect(e.title.trim()).not.toBe('');
    for (const key of localised.flatMap((e) => e.promptKey ?? [])) expect(() => t(key)).not.toThrow();
  });
});

describe('isTemplateId', () => {
  it.each<[unknown, boolean]>([
    ['paired-4p-4c', true],
    ['blank', true],
    ['swot', false],
    ['', false],
    [null, false],
  ])('%j → %s', (value, expected) => {
    expect(isTemplateId(value)).toBe(expected);
  });
});

describe('instantiateTemplate', () => {
  it('stores titles in the language of the translate function', () => {
    const [frame] = instantiate('customer-view-4c', 'zh-Hant').elements;
    expect(frame?.title).toBe(RESOURCES['zh-Hant'].templates.frame.customerView);
  });

  it('gives fresh ids on every call', () => {
    const t = translator('en');
    const first = instantiateTemplate('campaign-launch', 'plan-1', t).elements.map((e) => e.id);
    const second = instantiateTemplate('campaign-launch', 'plan-1', t).elements.map((e) => e.id);
    expect(first.filter((id) => second.includes(id))).toEqual([]);
  });

  it('is deterministic with injected ids', () => {
    expect(instantiate('paired-4p-4c')).toEqual(instantiate('paired-4p-4c'));
  });
});

describe('what each template holds', () => {
  it('blank has nothing', () => {
    expect(instantiate('blank')).toEqual({ elements: [], links: [] });
  });

  it('paired 4P↔4C puts each P left of its C in one frame per pair, linked P → C', () => {
    const { elements, links } = instantiate('paired-4p-4c');
    const ofKind = (kind: string) => elements.find((e) => e.kind === kind);
    expect(elements.filter((e) => e.kind === 'frame')).toHaveLength(4);
    expect(links.filter((l) => l.type === 'pairsWith')).toHaveLength(4);
    for (const [p, c] of PAIRS) {
      const [pElement, cElement] = [ofKind(p), ofKind(c)];
      const pairLink = { source: pElement?.id, target: cElement?.id, type: 'pairsWith' };
      expect(links).toContainEqual(expect.objectContaining(pairLink));
      expect(pElement?.parentId).not.toBeNull();
      expect(pElement?.parentId).toBe(cElement?.parentId);
    }
    expect(checkCoverage(elements, links).pairs.every((pair) => pair.linked)).toBe(true);
  });

  it.each<[TemplateId, boolean, Record<string, number>]>([
    ['marketing-mix-4p', false, { lacking: 4 }],
    ['customer-view-4c', true, { customerOnly: 4 }],
    ['paired-4p-4c', true, { covered: 4 }],
    ['campaign-launch', false, { lacking: 4 }],
  ])('%s: coverage balanced %s', (templateId, balanced, counts) => {
    const { elements, links } = instantiate(templateId);
    const report = checkCoverage(elements, links);
    expect(report.balanced).toBe(balanced);
    expect(report.counts).toMatchObject(counts);
  });

  it('campaign launch leads from segment through the mix to the objective, with budget and milestone', () => {
    const { elements, links } = instantiate('campaign-launch');
    const kindOf = (id: string) => elements.find((e) => e.id === id)?.kind;
    const steps = links.filter((l) => l.type === 'leadsTo').map((l) => `${kindOf(l.source)}→${kindOf(l.target)}`);
    const chain = ['segment→target', 'target→positioning', 'positioning→frame', 'frame→tactic', 'tactic→objective'];
    expect(steps).toEqual(expect.arrayContaining(chain));
    const kinds = elements.map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['budget', 'milestone', 'product', 'promotion']));
  });
});
