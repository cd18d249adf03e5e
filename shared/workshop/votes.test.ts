import { describe, expect, it } from 'vitest';
import { applyField } from '../changes/diff';
import type { Change, FieldEdit } from '../changes/change';
import { buildHistory } from '../history/entries';
import { newVote, newVoteSession, voteSessionSchema, type Vote, type VoteSession } from '../model/vote';
import {
  addParticipantEdits,
  cleanParticipants,
  countedVotes,
  currentSession,
  participantUse,
  placeVoteEdits,
  removeVoteEdits,
  startSessionEdits,
  tally,
  type VoteContext,
} from './votes';

const session = (init: Partial<VoteSession> = {}) =>
  newVoteSession({ id: 's1', planId: 'p1', participants: ['Mai', 'Bình', 'Lan'], author: 'mai', createdAt: 1, ...init });

let clock = 100;
const dot = (participant: string, elementId: string, init: Partial<Vote> = {}) =>
  newVote({ id: `v${clock}`, planId: 'p1', sessionId: 's1', elementId, participant, createdAt: clock++, ...init });

const live = new Set(['a', 'b', 'c']);

/** Folds edits into a list of votes, as the store does. */
function apply(votes: Vote[], edits: readonly FieldEdit[]): Vote[] {
  const byId = new Map(votes.map((v) => [v.id, v as Vote & Record<string, unknown>]));
  for (const e of edits) byId.set(e.entityId, applyField(byId.get(e.entityId) ?? ({ id: e.entityId } as Vote & Record<string, unknown>), e.field, e.newValue));
  return [...byId.values()];
}

describe('dot-vote tallies', () => {
  it('counts dots per element, most first, ties sharing a rank in the order their first dot came', () => {
    const s = session();
    const votes = [dot('Mai', 'b'), dot('Bình', 'a'), dot('Lan', 'b'), dot('Lan', 'c'), dot('Mai', 'a'), dot('Bình', 'c'), dot('Bình', 'b')];
    const results = tally(countedVotes(votes, s, live), s);
    expect(results.map((r) => [r.elementId, r.count, r.rank])).toEqual([
      ['b', 3, 1],
      ['a', 2, 2],
      ['c', 2, 2],
    ]);
    expect(results[0]!.byParticipant).toEqual([
      { participant: 'Mai', count: 1 },
      { participant: 'Bình', count: 1 },
      { participant: 'Lan', count: 1 },
    ]);
  });

  it('lets a participant stack dots on one element and attributes them', () => {
    const s = session();
    const votes = [dot('Lan', 'a'), dot('Lan', 'a'), dot('Mai', 'a')];
    expect(tally(countedVotes(votes, s, live), s)[0]!.byParticipant).toEqual([
      { participant: 'Lan', count: 2 },
      { participant: 'Mai', count: 1 },
    ]);
  });

  it('counts each participant at most their allowance, earliest first (two laptops took the last dot)', () => {
    const s = session({ votesEach: 2 });
    const votes = [dot('Mai', 'a'), dot('Mai', 'b'), dot('Mai', 'c')];
    const counted = countedVotes(votes, s, live);
    expect(counted.map((v) => v.elementId)).toEqual(['a', 'b']);
    expect(participantUse(counted, s)).toEqual([
      { participant: 'Mai', used: 2, left: 0 },
      { participant: 'Bình', used: 0, left: 2 },
      { participant: 'Lan', used: 0, left: 2 },
    ]);
  });

  it('ignores dots taken back, on deleted elements, from other sessions and from strangers', () => {
    const s = session();
    const votes = [
      dot('Mai', 'a', { deleted: true }),
      dot('Mai', 'gone'),
      dot('Mai', 'a', { sessionId: 's0' }),
      dot('Khoa', 'a'),
      dot(' mai ', 'b'),
    ];
    const counted = countedVotes(votes, s, live);
    expect(counted.map((v) => v.elementId)).toEqual(['b']);
    expect(tally(counted, s)[0]!.byParticipant).toEqual([{ participant: 'Mai', count: 1 }]);
  });
});

describe('vote actions', () => {
  const context = (votes: Vote[], s: VoteSession | undefined = session({ votesEach: 2 })): VoteContext => ({ session: s, votes, liveElements: live });

  it('places dots until the allowance is used, then refuses', () => {
    let votes: Vote[] = [];
    for (const [i, element] of ['a', 'a'].entries()) {
      const placed = placeVoteEdits(context(votes), element, 'lan', 10 + i, `n${i}`);
      expect(placed.ok).toBe(true);
      if (placed.ok) votes = apply(votes, placed.edits);
    }
    expect(votes.map((v) => v.participant)).toEqual(['Lan', 'Lan']);
    expect(placeVoteEdits(context(votes), 'b', 'Lan', 20, 'n3')).toEqual({ ok: false, reason: 'noVotesLeft' });
    // Taking one back frees a dot.
    const removed = removeVoteEdits(context(votes), 'a', 'Lan');
    expect(removed.ok).toBe(true);
    if (removed.ok) votes = apply(votes, removed.edits);
    expect(votes.filter((v) => !v.deleted)).toHaveLength(1);
    expect(placeVoteEdits(context(votes), 'b', 'Lan', 21, 'n4').ok).toBe(true);
  });

  it('refuses without a session, in a closed one, for strangers, on elements that are gone, and taking back nothing', () => {
    expect(placeVoteEdits({ session: undefined, votes: [], liveElements: live }, 'a', 'Mai', 1, 'x')).toEqual({ ok: false, reason: 'noSession' });
    expect(placeVoteEdits(context([], session({ closed: true })), 'a', 'Mai', 1, 'x')).toEqual({ ok: false, reason: 'closed' });
    expect(placeVoteEdits(context([]), 'a', 'Khoa', 1, 'x')).toEqual({ ok: false, reason: 'unknownParticipant' });
    expect(placeVoteEdits(context([]), 'gone', 'Mai', 1, 'x')).toEqual({ ok: false, reason: 'noElement' });
    expect(removeVoteEdits(context([]), 'a', 'Mai')).toEqual({ ok: false, reason: 'noDot' });
  });

  it('starts a session with cleaned names, closing the one before', () => {
    const previous = session();
    const edits = startSessionEdits(previous, {
      id: 's2',
      planId: 'p1',
      title: ' Fund first? ',
      participants: ['  Mai ', 'Bình', 'mai', '', 'Ｌａｎ', 'Lan'],
      votesEach: 3,
      author: 'mai',
      now: 5,
    });
    expect(edits[0]).toEqual({ entity: 'voteSession', entityId: 's1', field: 'closed', oldValue: false, newValue: true });
    const created = edits.slice(1).reduce((s, e) => applyField(s, e.field, e.newValue), { id: 's2' } as Record<string, unknown> & { id: string });
    expect(voteSessionSchema.parse(created)).toMatchObject({ title: 'Fund first?', participants: ['Mai', 'Bình', 'Ｌａｎ'], votesEach: 3, closed: false });
  });

  it('adds a late arrival once', () => {
    const s = session();
    expect(addParticipantEdits(s, 'Khoa')).toEqual([
      { entity: 'voteSession', entityId: 's1', field: 'participants', oldValue: ['Mai', 'Bình', 'Lan'], newValue: ['Mai', 'Bình', 'Lan', 'Khoa'] },
    ]);
    expect(addParticipantEdits(s, ' LAN ')).toEqual([]);
  });

  it('cleans names and picks the latest live session', () => {
    expect(cleanParticipants(['Nguyễn  Văn A', 'nguyễn văn a', ' ', 'B'])).toEqual(['Nguyễn Văn A', 'B']);
    const older = session({ id: 'old', createdAt: 1 });
    const newer = session({ id: 'new', createdAt: 2 });
    expect(currentSession([newer, older])?.id).toBe('new');
    expect(currentSession([older, { ...newer, deleted: true }])?.id).toBe('old');
    expect(currentSession([])).toBeUndefined();
  });

  it('refuses a session whose names repeat', () => {
    expect(voteSessionSchema.safeParse({ ...session(), participants: ['Lan', 'lan'] }).success).toBe(false);
  });
});

describe('votes in the plan history', () => {
  it('are left out: the results list says who voted for what', () => {
    const edits = [
      ...startSessionEdits(undefined, { id: 's1', planId: 'p1', title: '', participants: ['Mai'], votesEach: 1, author: 'mai', now: 1 }),
      ...(placeVoteEdits({ session: session({ participants: ['Mai'], votesEach: 1 }), votes: [], liveElements: live }, 'a', 'Mai', 2, 'v1') as { edits: FieldEdit[] }).edits,
    ];
    const changes = edits.map((e, i): Change => ({ ...e, id: `c${i}`, planId: 'p1', txId: 't1', author: 'mai', deviceId: 'd', hlc: `0000000000${i}-0000-d` }));
    expect(buildHistory(changes).entries).toEqual([]);
  });
});
