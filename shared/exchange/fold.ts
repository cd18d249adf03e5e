import type { Change } from '../changes/change';
import { applyField } from '../changes/diff';
import type { AnyEntity } from './state';

/** Clock order; the change id breaks ties so every laptop sorts alike. */
export function byClock(a: Pick<Change, 'hlc' | 'id'>, b: Pick<Change, 'hlc' | 'id'>): number {
  if (a.hlc !== b.hlc) return a.hlc < b.hlc ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Two records with the same fields and values, in any key order; quicker than JSON for the flat records we store. */
export function sameRecord(a: AnyEntity, b: AnyEntity | undefined): boolean {
  if (a === b) return true;
  if (!b) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (x !== y && (typeof x !== 'object' || typeof y !== 'object' || !sameJson(x, y))) return false;
  }
  return true;
}

/**
 * The value two states disagree on when no change record says who is right (fields the log
 * never records, like `updatedAt`, or history lost to a purge): the greater, numbers by
 * value and anything else by its JSON. Arbitrary but the same on every laptop and in
 * every merge order.
 */
function greater(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a >= b ? a : b;
  if (typeof a === 'number') return b;
  if (typeof b === 'number') return a;
  return JSON.stringify(a) >= JSON.stringify(b) ? a : b;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** One record from two states of it, field by field (and one level into nested records, as diffs go). */
export function combineStates(a: AnyEntity | undefined, b: AnyEntity | undefined): AnyEntity | undefined {
  if (!a || !b) return a ?? b;
  return combineRecords(a, b, true) as AnyEntity;
}

function combineRecords(a: Record<string, unknown>, b: Record<string, unknown>, nest: boolean): Record<string, unknown> {
  const combined: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const x = a[key];
    const y = b[key];
    if (x === undefined || y === undefined) combined[key] = x ?? y;
    else if (sameJson(x, y)) combined[key] = x;
    else if (nest && isPlainObject(x) && isPlainObject(y)) combined[key] = combineRecords(x, y, false);
    else combined[key] = greater(x, y);
  }
  return combined;
}

/**
 * Kept by the store, not by the log: a creation records "last edited" once, but later edits
 * move it without a change. Replaying that first value would rewind it, so the greater of
 * the two states stands.
 */
const OUTSIDE_THE_LOG = new Set(['updatedAt']);

/** Replays changes, in clock order, onto a record: per field, the latest change wins. */
export function foldChanges(base: AnyEntity, changes: readonly Change[]): AnyEntity {
  let value = base;
  for (const change of [...changes].sort(byClock)) {
    if (!OUTSIDE_THE_LOG.has(change.field)) value = applyField(value, change.field, change.newValue);
  }
  // A change never renames a record (the reader refuses one that tries).
  return value.id === base.id ? value : { ...value, id: base.id };
}
