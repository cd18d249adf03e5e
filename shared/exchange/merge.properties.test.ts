import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Change } from '../changes/change';
import { isTextField } from './fields';
import { mergePlans } from './merge';
import { readPlanFile } from './read';
import { makeReturn } from './returns';
import type { PlanState } from './state';
import { canonical, merged } from './testing/canonical';
import { applyOp, historyArbitrary, opArbitrary, runHistory, type EditOp, type History } from './testing/histories';
import { team, testClock } from './testing/fixtures';
import { versionVector } from './versionVector';
import { writePlanFile } from './write';

/**
 * Every property below runs on the same random histories (one seed per test run, printed
 * by fast-check on failure), and each history is played once: playing them is the slow part.
 */
const RUNS = { numRuns: 100, seed: Date.now() | 0 };
const played = new Map<string, History>();
const laptops = historyArbitrary.map(({ ops, devices }) => {
  const key = JSON.stringify([ops, devices]);
  if (!played.has(key)) played.set(key, runHistory(ops, devices));
  return played.get(key)!;
});

// Generous: the first property plays every history, and CI machines are shared.
describe('merge properties over random edit histories on 2–3 laptops', { timeout: 60_000 }, () => {
  it('is idempotent: merging a state with itself, or a file twice, changes nothing', () => {
    fc.assert(
      fc.property(laptops, ({ devices: [a, b] }) => {
        const outcome = mergePlans(a!.state, a!.state);
        expect(outcome.ok && outcome.preview.unchanged).toBe(true);
        const once = merged(a!.state, b!.state);
        expect(canonical(merged(once, b!.state))).toBe(canonical(once));
      }),
      RUNS,
    );
  });

  it('is commutative: the order of two imports does not matter', () => {
    fc.assert(
      fc.property(laptops, ({ devices: [a, b] }) => {
        expect(canonical(merged(a!.state, b!.state))).toBe(canonical(merged(b!.state, a!.state)));
      }),
      RUNS,
    );
  });

  it('is associative: how imports are grouped does not matter', () => {
    fc.assert(
      fc.property(laptops, ({ devices, snapshots }) => {
        const [a, b, c] = [...devices.map((d) => d.state), ...snapshots];
        if (!c) return;
        expect(canonical(merged(merged(a!, b!), c))).toBe(canonical(merged(a!, merged(b!, c))));
      }),
      RUNS,
    );
  });

  it('changes nothing when a laptop imports its own export', () => {
    fc.assert(
      fc.property(laptops, ({ devices }) => {
        for (const device of devices) {
          const file = readPlanFile(writePlanFile(device.state, { kind: 'plan', appVersion: 't', exportedAt: new Date(0x1_0000_0000_00), exportedBy: null }));
          if (!file.ok) throw new Error(file.error.detail);
          const outcome = mergePlans(device.state, file.file.content);
          expect(outcome.ok && outcome.apply).toMatchObject({ changes: [], entities: [], edits: [] });
        }
      }),
      RUNS,
    );
  });

  it('never drops a review, comment or attachment (or its bytes)', () => {
    fc.assert(
      fc.property(laptops, ({ devices: [a, b] }) => {
        const result = merged(a!.state, b!.state);
        for (const name of ['reviews', 'comments', 'attachments'] as const) {
          const ids = new Set(result[name].map((r) => r.id));
          for (const row of [...a!.state[name], ...b!.state[name]]) expect(ids.has(row.id)).toBe(true);
        }
        for (const attachment of result.attachments) expect(result.blobs.has(attachment.id)).toBe(true);
      }),
      RUNS,
    );
  });

  it('never undoes a deletion by merging a state the laptop had already seen', () => {
    fc.assert(
      fc.property(laptops, ({ devices, snapshots }) => {
        for (const device of devices) {
          const now = device.state;
          const known = new Set(now.changes.map((c) => c.id));
          for (const old of snapshots.filter((s) => s.changes.every((c) => known.has(c.id)))) {
            const result = merged(now, old);
            for (const e of now.elements.filter((e) => e.deleted)) expect(result.elements.find((m) => m.id === e.id)!.deleted).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('keeps both texts when two laptops changed a text field without seeing each other', () => {
    fc.assert(
      fc.property(laptops, ({ devices: [a, b] }) => {
        const result = merged(a!.state, b!.state);
        for (const [mine, theirs] of [[a!.state, b!.state], [b!.state, a!.state]] as const) {
          const theirIds = new Set(theirs.changes.map((c) => c.id));
          for (const head of heads(mine).values()) {
            if (theirIds.has(head.id)) continue;
            const rival = heads(theirs).get(fieldOf(head));
            if (!rival || mine.changes.some((c) => c.id === rival.id)) continue;
            const kept = keptVersions(result, head);
            expect(kept).toContain(head.id);
            expect(kept).toContain(rival.id);
          }
        }
      }),
      RUNS,
    );
  });
});

describe('field returns', { timeout: 60_000 }, () => {
  const editOps = fc.array(opArbitrary.filter((op): op is EditOp => op.t !== 'sync' && op.t !== 'snapshot'), { maxLength: 30 });

  it('merge exactly like the rep’s whole plan, whatever marketing did meanwhile', () => {
    fc.assert(
      fc.property(editOps, editOps, (marketingOps, repOps) => {
        const { mai, reps: [lan] } = team(testClock());
        const base = versionVector(mai.state.changes);
        for (const op of marketingOps) applyOp(mai, op);
        for (const op of repOps) applyOp(lan!, op);
        const whole = merged(mai.state, lan!.state);
        const fromReturn = merged(mai.state, makeReturn(lan!.state, base, lan!.profile.id));
        expect(canonical(fromReturn)).toBe(canonical(whole));
      }),
      { numRuns: 100 },
    );
  });
});

const fieldOf = (c: Change) => `${c.entity}/${c.entityId}/${c.field}`;

/** Each text field's latest change in a state's log. */
function heads(state: PlanState): Map<string, Change> {
  const latest = new Map<string, Change>();
  for (const c of state.changes) {
    if (!isTextField(c.entity, c.field)) continue;
    const known = latest.get(fieldOf(c));
    if (!known || c.hlc > known.hlc) latest.set(fieldOf(c), c);
  }
  return latest;
}

/** The change ids a merged state keeps live for a field: its head and any open conflict versions. */
function keptVersions(state: PlanState, change: Change): string[] {
  const conflict = state.conflicts.find((c) => c.id === fieldOf(change) && !c.deleted);
  return [heads(state).get(fieldOf(change))!.id, ...(conflict?.versions.map((v) => v.changeId) ?? [])];
}
