import type { Vote, VoteSession } from '../../shared/model/vote';
import type { WorkbenchDatabase } from './schema';

/** A plan's dot-vote sessions and dots (tombstones included: a dot taken back stays a marker). */
export interface VoteData {
  sessions: VoteSession[];
  votes: Vote[];
}

export async function loadVoteData(db: WorkbenchDatabase, planId: string): Promise<VoteData> {
  return db.transaction('r', [db.voteSessions, db.votes], async () => {
    const [sessions, votes] = await Promise.all([
      db.voteSessions.where('planId').equals(planId).toArray(),
      db.votes.where('planId').equals(planId).toArray(),
    ]);
    return { sessions, votes };
  });
}
