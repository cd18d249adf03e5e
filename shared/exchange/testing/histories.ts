import fc from 'fast-check';
import type { Conflict } from '../../model/conflict';
import type { PlanElement } from '../../model/element';
import { ELEMENT_KINDS } from '../../model/kinds';
import { VERDICTS, type Review } from '../../model/review';
import { created } from '../../review/edits';
import { resolveConflict } from '../conflicts';
import { readPlanFile } from '../read';
import type { PlanState } from '../state';
import { writePlanFile } from '../write';
import type { SimulatedDevice } from './device';
import { attachment, comment, element, LAN, MINH, PLAN_ID, review, team, testClock } from './fixtures';

/**
 * Random edit histories on two or three laptops, made through the real diff, clock and
 * merge code: text edits, moves, deletions and restores, new elements, reviews, verdicts,
 * replies, attachments, conflict resolutions, and syncs (in memory or through a file).
 * A small pool of texts makes equal strings written independently common (the ABA case).
 */
type TextTarget = 'title' | 'body' | 'fields.metric' | 'plan';

export type Op =
  | { t: 'text'; d: number; pick: number; field: TextTarget; text: string }
  | { t: 'move'; d: number; pick: number; x: number }
  | { t: 'delete' | 'restore'; d: number; pick: number }
  | { t: 'add'; d: number; kind: number }
  | { t: 'review'; d: number; pick: number; verdict: number; text: string }
  | { t: 'reviewText' | 'comment'; d: number; pick: number; text: string }
  | { t: 'verdict'; d: number; pick: number; verdict: number }
  | { t: 'attach'; d: number; pick: number; size: number }
  | { t: 'resolve'; d: number; pick: number; how: number; text: string }
  /** Laptop `d` imports the state of another laptop, `other` places further on. */
  | { t: 'sync'; d: number; other: number; viaFile: boolean }
  | { t: 'snapshot'; d: number };

/** Ops that edit on one laptop (no syncs, no snapshots). */
export type EditOp = Exclude<Op, { t: 'snapshot' | 'sync' }>;

export const TEXTS = ['Trà xanh', '綠茶', '绿茶', 'Green tea', '<script>alert(1)</script>', '', 'Nhân viên văn phòng'];
const text = fc.oneof(fc.constantFrom(...TEXTS), fc.string({ unit: 'grapheme', maxLength: 12 }));
const d = fc.nat(2);
/** Bodies most often: two laptops rewriting the same paragraph is the common conflict. */
const textTarget = fc.constantFrom<TextTarget>('body', 'body', 'title', 'fields.metric', 'plan');
// Small picks: the laptops keep editing the same few records, so their edits collide.
const pick = fc.nat(5);

export const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ t: fc.constant('text' as const), d, pick: fc.nat(2), field: textTarget, text }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('move' as const), d, pick, x: fc.integer({ min: -500, max: 500 }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constantFrom('delete' as const, 'restore' as const), d, pick }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('add' as const), d, kind: fc.nat(ELEMENT_KINDS.length - 1) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('review' as const), d, pick, verdict: fc.nat(3), text }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constantFrom('reviewText' as const, 'comment' as const), d, pick, text }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('verdict' as const), d, pick, verdict: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('attach' as const), d, pick, size: fc.integer({ min: 1, max: 64 }) }) },
  { weight: 3, arbitrary: fc.record({ t: fc.constant('resolve' as const), d, pick, how: fc.nat(2), text }) },
  { weight: 5, arbitrary: fc.record({ t: fc.constant('sync' as const), d, other: fc.nat(1), viaFile: fc.constantFrom(false, false, false, true) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('snapshot' as const), d }) },
);

export interface History {
  devices: SimulatedDevice[];
  /** Earlier states of the laptops, taken along the way. */
  snapshots: PlanState[];
}

export function runHistory(ops: readonly Op[], deviceCount: 2 | 3 = 3): History {
  const { mai, reps } = team(testClock(), [LAN, MINH].slice(0, deviceCount - 1));
  const devices = [mai, ...reps];
  const snapshots: PlanState[] = [];
  for (const op of ops) {
    const n = devices.length;
    const device = devices[op.d % n]!;
    if (op.t === 'snapshot') snapshots.push(device.state);
    else if (op.t === 'sync') sync(device, devices[(op.d + 1 + (op.other % (n - 1))) % n]!, op.viaFile);
    else applyOp(device, op);
  }
  for (const device of devices) device.assertValid();
  return { devices, snapshots };
}

const nth = <T>(items: readonly T[], i: number): T | undefined => (items.length ? items[i % items.length] : undefined);

/** One edit on one laptop; an op whose target does not exist there does nothing. */
export function applyOp(device: SimulatedDevice, op: EditOp) {
  const elements = device.all<PlanElement>('element');
  const target = nth(elements, 'pick' in op ? op.pick : 0);
  const reviews = device.all<Review>('review');
  const mine = reviews.filter((r) => r.author === device.profile.id);
  switch (op.t) {
    case 'text':
      if (op.field === 'plan') return device.write('plan', { ...device.state.plan, title: op.text });
      if (!target) return;
      if (op.field === 'fields.metric') return device.write('element', { ...target, fields: { ...target.fields, metric: op.text } });
      return device.write('element', { ...target, [op.field]: op.text });
    case 'move':
      return target && device.write('element', { ...target, x: op.x });
    case 'delete':
    case 'restore':
      return target && device.write('element', { ...target, deleted: op.t === 'delete' });
    case 'add':
      return device.write('element', element(device.id('el'), ELEMENT_KINDS[op.kind]!, { planId: PLAN_ID }));
    case 'review':
      return target && device.commit(created('review', review(device, target.id, { verdict: VERDICTS[op.verdict]!, risks: op.text })));
    case 'reviewText': {
      const own = nth(mine, op.pick);
      return own && device.write('review', { ...own, comment: op.text });
    }
    case 'verdict': {
      const own = nth(mine, op.pick);
      return own && device.write('review', { ...own, verdict: VERDICTS[op.verdict]! });
    }
    case 'comment': {
      const on = nth(reviews, op.pick);
      return on && op.text.trim() && device.commit(created('comment', comment(device, on.id, op.text)));
    }
    case 'attach': {
      const own = nth(mine, op.pick);
      if (!own) return;
      const bytes = Uint8Array.from({ length: op.size }, (_, i) => (i * 31 + op.size) & 0xff);
      const record = attachment(device, own.id, bytes);
      return device.commit(created('attachment', record), new Map([[record.id, bytes]]));
    }
    case 'resolve': {
      const conflict = nth(device.all<Conflict>('conflict').filter((c) => !c.deleted), op.pick);
      const on = conflict && device.get(conflict.entity, conflict.entityId);
      if (!conflict || !on) return;
      const choice = [{ kind: 'current' } as const, { kind: 'version', changeId: conflict.versions[0]!.changeId } as const, { kind: 'edit', value: op.text } as const][op.how]!;
      return device.commit(resolveConflict(conflict, on, choice));
    }
  }
}

function sync(to: SimulatedDevice, from: SimulatedDevice, viaFile: boolean) {
  if (!viaFile) return to.receive(from.state);
  const bytes = writePlanFile(from.state, { kind: 'plan', appVersion: 'test', exportedAt: new Date(Date.UTC(2026, 0, 1)), exportedBy: null });
  const read = readPlanFile(bytes);
  if (!read.ok) throw new Error(`a file the app wrote was refused: ${read.error.code} ${read.error.detail}`);
  return to.receive(read.file.content);
}

/** Histories of 2–3 laptops. */
export const historyArbitrary = fc.record({
  ops: fc.array(opArbitrary, { minLength: 15, maxLength: 60 }),
  devices: fc.constantFrom(2 as const, 3 as const),
});
