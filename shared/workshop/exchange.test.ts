import { describe, expect, it } from 'vitest';
import type { Vote, VoteSession } from '../model/vote';
import { readPlanFile } from '../exchange/read';
import { EXPORT, withManifest } from '../exchange/testing/files';
import { PLAN_ID, team } from '../exchange/testing/fixtures';
import type { SimulatedDevice } from '../exchange/testing/device';
import { writePlanFile } from '../exchange/write';
import { countedVotes, currentSession, placeVoteEdits, startSessionEdits, tally } from './votes';

/** Dot votes travel with the plan: in its file, and through a merge of two laptops' votes. */

const LIVE = new Set(['product', 'customer', 'price', 'objective']);

function vote(device: SimulatedDevice, elementId: string, participant: string) {
  const session = currentSession(device.all<VoteSession>('voteSession'));
  const placed = placeVoteEdits({ session, votes: device.all<Vote>('vote'), liveElements: LIVE }, elementId, participant, 10, device.id('vote'));
  if (!placed.ok) throw new Error(placed.reason);
  device.commit(placed.edits);
}

function workshop() {
  const { mai, reps } = team();
  mai.commit(startSessionEdits(undefined, { id: 's1', planId: PLAN_ID, title: 'Trọng tâm quý này?', participants: ['Mai', '林小蘭', 'Minh'], votesEach: 2, author: 'mai', now: 5 }));
  vote(mai, 'price', 'Mai');
  vote(mai, 'product', '林小蘭');
  return { mai, reps };
}

describe('dot votes in a plan file', () => {
  it('are written and read back as they are', () => {
    const { mai } = workshop();
    const read = readPlanFile(writePlanFile(mai.state, EXPORT));
    if (!read.ok) throw new Error(read.error.detail);
    expect(read.file.content.voteSessions).toEqual(mai.state.voteSessions);
    expect(read.file.content.votes).toEqual(mai.state.votes);
    expect(read.file.content.votes.map((v) => v.participant).sort()).toEqual(['Mai', '林小蘭']);
  });

  it('are absent from files written before votes existed, which read as having none', () => {
    const { mai } = workshop();
    const withoutVotes = { ...mai.state, voteSessions: [], votes: [], changes: mai.state.changes.filter((c) => c.entity !== 'vote' && c.entity !== 'voteSession') };
    const older = withManifest(writePlanFile(withoutVotes, EXPORT), (manifest) => {
      delete manifest.voteSessions;
      delete manifest.votes;
    });
    const read = readPlanFile(older);
    if (!read.ok) throw new Error(read.error.detail);
    expect(read.file.content.voteSessions).toEqual([]);
    expect(read.file.content.votes).toEqual([]);
  });

  it('refuses a file whose vote belongs to another plan', () => {
    const { mai } = workshop();
    const stranger = withManifest(writePlanFile(mai.state, EXPORT), (manifest) => {
      (manifest.votes as Array<Record<string, unknown>>)[0]!.planId = 'other';
    });
    const read = readPlanFile(stranger);
    expect(read.ok).toBe(false);
  });

  it('merge from two laptops: every dot kept, and a participant’s dots beyond the allowance do not count', () => {
    const { mai, reps } = workshop();
    const [lan] = reps;
    lan!.receive(mai.state);
    // Both laptops give Mai's last dot at once.
    vote(mai, 'customer', 'Mai');
    vote(lan!, 'objective', 'Mai');
    mai.receive(lan!.state);
    lan!.receive(mai.state);
    expect(mai.all<Vote>('vote').filter((v) => !v.deleted)).toHaveLength(4);
    const session = currentSession(mai.all<VoteSession>('voteSession'))!;
    const fromMai = tally(countedVotes(mai.all<Vote>('vote'), session, LIVE), session);
    const fromLan = tally(countedVotes(lan!.all<Vote>('vote'), session, LIVE), session);
    expect(fromMai).toEqual(fromLan);
    expect(fromMai.reduce((sum, row) => sum + row.count, 0)).toBe(3);
  });
});
