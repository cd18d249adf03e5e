import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HlcClock } from '../../shared/changes/hlc';
import { newElement } from '../../shared/model/element';
import { newPlan } from '../../shared/model/plan';
import { countedVotes, currentSession, placeVoteEdits, removeVoteEdits, startSessionEdits, tally } from '../../shared/workshop/votes';
import { commitEdits, createPlan, loadPlan, loadVoteData, purgePlan, undo, WorkbenchDatabase } from '.';
import type { EditContext } from './commit';

let db: WorkbenchDatabase;
let ctx: EditContext;
const live = new Set(['e1', 'e2']);

beforeEach(async () => {
  db = new WorkbenchDatabase(`test-${crypto.randomUUID()}`);
  await db.open();
  ctx = { planId: 'p1', author: 'mai', clock: new HlcClock('device-a') };
  const plan = newPlan({ id: 'p1', title: 'Tết launch', status: 'agreed', revision: 'r0' }, 1);
  const elements = [newElement({ id: 'e1', planId: 'p1', kind: 'price', title: 'Giá' }), newElement({ id: 'e2', planId: 'p1', kind: 'tactic', title: '試吃活動' })];
  await createPlan(db, ctx, { plan, elements, links: [] });
});

afterEach(async () => {
  db.close();
  await db.delete();
});

async function vote(elementId: string, participant: string, id: string) {
  const { sessions, votes } = await loadVoteData(db, 'p1');
  const placed = placeVoteEdits({ session: currentSession(sessions), votes, liveElements: live }, elementId, participant, Date.now(), id);
  if (!placed.ok) throw new Error(placed.reason);
  return commitEdits(db, ctx, placed.edits);
}

describe('dot votes in the database', () => {
  beforeEach(async () => {
    await commitEdits(db, ctx, startSessionEdits(undefined, { id: 's1', planId: 'p1', title: 'Fund first?', participants: ['Mai', 'Bình', 'Lan'], votesEach: 2, author: 'mai', now: 1 }));
  });

  it('stores sessions and attributed dots with the plan, and tallies them', async () => {
    await vote('e1', 'Mai', 'v1');
    await vote('e1', 'Bình', 'v2');
    await vote('e2', 'Lan', 'v3');
    const { sessions, votes } = await loadVoteData(db, 'p1');
    expect(sessions).toHaveLength(1);
    expect(votes.map((v) => [v.id, v.participant, v.elementId]).sort()).toEqual([
      ['v1', 'Mai', 'e1'],
      ['v2', 'Bình', 'e1'],
      ['v3', 'Lan', 'e2'],
    ]);
    const session = currentSession(sessions)!;
    expect(tally(countedVotes(votes, session, live), session).map((r) => [r.elementId, r.count])).toEqual([
      ['e1', 2],
      ['e2', 1],
    ]);
  });

  it('records each dot in the change log, undoable, without touching the plan’s content revision', async () => {
    const before = (await loadPlan(db, 'p1'))!.plan.revision;
    await vote('e1', 'Mai', 'v1');
    const plan = (await loadPlan(db, 'p1'))!.plan;
    expect(plan.revision).toBe(before);
    expect(plan.status).toBe('agreed');
    const changes = await db.changes.where('entityId').equals('v1').toArray();
    expect(changes.map((c) => c.entity)).toEqual(expect.arrayContaining(['vote']));
    await undo(db, ctx);
    expect((await loadVoteData(db, 'p1')).votes.find((v) => v.id === 'v1')?.deleted).toBe(true);
  });

  it('takes a dot back as a tombstone', async () => {
    await vote('e1', 'Mai', 'v1');
    const { sessions, votes } = await loadVoteData(db, 'p1');
    const removed = removeVoteEdits({ session: currentSession(sessions), votes, liveElements: live }, 'e1', 'Mai');
    expect(removed.ok).toBe(true);
    if (removed.ok) await commitEdits(db, ctx, removed.edits);
    expect((await loadVoteData(db, 'p1')).votes).toEqual([expect.objectContaining({ id: 'v1', deleted: true })]);
  });

  it('refuses a dot that would make the record invalid, writing nothing', async () => {
    await expect(commitEdits(db, ctx, [{ entity: 'vote', entityId: 'bad', field: 'participant', newValue: '' }])).rejects.toThrow();
    expect((await loadVoteData(db, 'p1')).votes).toEqual([]);
  });

  it('goes with the plan when it is purged', async () => {
    await vote('e1', 'Mai', 'v1');
    await purgePlan(db, ctx);
    expect(await loadVoteData(db, 'p1')).toEqual({ sessions: [], votes: [] });
  });
});
