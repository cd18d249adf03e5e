import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newElement } from '../model/element';
import type { FieldEdit, FieldJson } from './change';
import { applyField, diffEntity, invertEdits } from './diff';

type Entity = { id: string } & Record<string, unknown>;

function replay<T extends Entity>(entity: T, edits: readonly FieldEdit[]): T {
  return edits.reduce((current, e) => applyField(current, e.field, e.newValue), entity);
}

const price = newElement({ id: 'e1', planId: 'p1', kind: 'price', title: 'Giá' });

describe('diffEntity', () => {
  it('records a creation field by field, with no old values and `fields` whole', () => {
    const edits = diffEntity('element', undefined, price);
    expect(edits.map((e) => e.field).sort()).toEqual(Object.keys(price).sort());
    expect(edits.every((e) => !('oldValue' in e))).toBe(true);
    expect(edits.find((e) => e.field === 'fields')?.newValue).toEqual({});
  });

  it.each([
    ['with no structured fields', price],
    ['with structured fields', { ...price, fields: { pricePoint: 49, note: '含稅' } }],
  ])('rebuilds a created entity %s from its id alone', (_, created) => {
    expect(replay({ id: created.id }, diffEntity('element', undefined, created))).toEqual(created);
  });

  it('records one edit for a changed field, with its old value', () => {
    expect(diffEntity('element', price, { ...price, title: 'Giá bán lẻ' })).toEqual([
      { entity: 'element', entityId: 'e1', field: 'title', oldValue: 'Giá', newValue: 'Giá bán lẻ' },
    ]);
  });

  it('records nothing for an unchanged entity or for fields that never change', () => {
    expect(diffEntity('element', price, { ...price })).toEqual([]);
    expect(diffEntity('element', price, { ...price, planId: 'other' })).toEqual([]);
  });

  it('diffs structured fields one key deep, as fields.<key>', () => {
    const before = { ...price, fields: { pricePoint: 49, currencyNote: 'VAT', size: 3 } };
    const after = { ...price, fields: { pricePoint: 59, currencyNote: 'VAT', dueDate: '2025-03-01' } };
    expect(diffEntity('element', before, after)).toEqual([
      { entity: 'element', entityId: 'e1', field: 'fields.pricePoint', oldValue: 49, newValue: 59 },
      { entity: 'element', entityId: 'e1', field: 'fields.dueDate', oldValue: null, newValue: '2025-03-01' },
      { entity: 'element', entityId: 'e1', field: 'fields.size', oldValue: 3, newValue: null },
    ]);
  });

  it('gives a field filled for the first time an old value of null, so undo clears it', () => {
    const edits = diffEntity('element', price, { ...price, fields: { pricePoint: 49 } });
    expect(edits).toEqual([
      { entity: 'element', entityId: 'e1', field: 'fields.pricePoint', oldValue: null, newValue: 49 },
    ]);
    expect(invertEdits(edits)).toEqual([
      { entity: 'element', entityId: 'e1', field: 'fields.pricePoint', oldValue: 49, newValue: null },
    ]);
  });
});

describe('applyField', () => {
  it('sets a top-level field on a copy', () => {
    const updated = applyField(price, 'title', 'Mức giá');
    expect(updated.title).toBe('Mức giá');
    expect(price.title).toBe('Giá');
  });

  it('sets and removes a nested field on a copy', () => {
    const filled = applyField(price, 'fields.pricePoint', 49);
    expect(filled.fields).toEqual({ pricePoint: 49 });
    expect(applyField(filled, 'fields.pricePoint', undefined).fields).toEqual({});
    expect(price.fields).toEqual({});
  });

  it('creates the nested record when it is missing', () => {
    expect(applyField({ id: 'e1' }, 'fields.size', 12)).toEqual({ id: 'e1', fields: { size: 12 } });
  });
});

describe('invertEdits', () => {
  it('undoes the edits in reverse order', () => {
    const edits: FieldEdit[] = [
      { entity: 'element', entityId: 'e1', field: 'title', oldValue: 'a', newValue: 'b' },
      { entity: 'element', entityId: 'e1', field: 'body', oldValue: 'x', newValue: 'y' },
    ];
    expect(invertEdits(edits).map((e) => [e.field, e.newValue])).toEqual([
      ['body', 'x'],
      ['title', 'a'],
    ]);
  });

  it('turns a creation into one deletion tombstone', () => {
    expect(invertEdits(diffEntity('element', undefined, price))).toEqual([
      { entity: 'element', entityId: 'e1', field: 'deleted', oldValue: false, newValue: true },
    ]);
  });
});

describe('diff, apply and invert together', () => {
  const value: fc.Arbitrary<FieldJson> = fc.oneof(fc.string(), fc.integer(), fc.constant(null));
  // Structured fields over one key set, so "absent" and "cleared" (null) never need telling apart.
  const entity = fc.record({
    id: fc.constant('e1'),
    planId: fc.constant('p1'),
    title: fc.string(),
    x: fc.integer(),
    parentId: fc.option(fc.string()),
    deleted: fc.boolean(),
    fields: fc.record({ a: value, b: value, c: value }),
  });

  it('applying diffEntity(before, after) to before yields after', () => {
    fc.assert(
      fc.property(entity, entity, (before, after) => {
        expect(replay(before, diffEntity('element', before, after))).toEqual(after);
      }),
    );
  });

  it('applying the inverted edits afterwards yields before again', () => {
    fc.assert(
      fc.property(entity, entity, (before, after) => {
        const edits = diffEntity('element', before, after);
        expect(replay(replay(before, edits), invertEdits(edits))).toEqual(before);
      }),
    );
  });

  it('replaying a creation rebuilds the entity; inverting it deletes', () => {
    fc.assert(
      fc.property(entity, (created) => {
        const edits = diffEntity('element', undefined, created);
        const rebuilt = replay({ id: created.id }, edits);
        expect(rebuilt).toEqual(created);
        expect(replay(rebuilt, invertEdits(edits))).toEqual({ ...created, deleted: true });
      }),
    );
  });
});
