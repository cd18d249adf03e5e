import type { FieldEdit } from '../changes/change';
import { diffEntity } from '../changes/diff';
import { newVote, newVoteSession, participantKey, type Vote, type VoteSession } from '../model/vote';

/**
 * Dot-voting rules: which session is in use, how many dots each participant has left, the
 * tally per element, and the per-field edits of every vote action. Pure: the renderer
 * commits the edits, and the brief can read the same tallies.
 *
 * Two laptops can each take a participant's last dot; once merged, a participant's dots
 * beyond their allowance (latest first) do not count, so every laptop shows the same result.
 */

function byTime(a: { createdAt: number; id: string }, b: { createdAt: number; id: string }): number {
  return a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The session in use: the latest one not deleted (closed or not), if any. */
export function currentSession(sessions: readonly VoteSession[]): VoteSession | undefined {
  return [...sessions].filter((s) => !s.deleted).sort(byTime).at(-1);
}

/** The session's participant a typed name stands for (case, width and spaces aside), if any. */
export function findParticipant(session: VoteSession, name: string): string | undefined {
  const key = participantKey(name);
  return session.participants.find((p) => participantKey(p) === key);
}

/**
 * The dots that count: the session's live dots on elements that still exist, by its
 * participants, each participant's first `votesEach` in time order.
 */
export function countedVotes(votes: readonly Vote[], session: VoteSession, liveElements: ReadonlySet<string>): Vote[] {
  const members = new Set(session.participants.map(participantKey));
  const used = new Map<string, number>();
  const counted: Vote[] = [];
  for (const vote of votes.filter((v) => !v.deleted && v.sessionId === session.id).sort(byTime)) {
    const key = participantKey(vote.participant);
    if (!members.has(key) || !liveElements.has(vote.elementId)) continue;
    const n = used.get(key) ?? 0;
    if (n >= session.votesEach) continue;
    used.set(key, n + 1);
    counted.push(vote);
  }
  return counted;
}

export interface ParticipantUse {
  participant: string;
  used: number;
  left: number;
}

/** Per participant, in the session's order: dots placed and dots left. */
export function participantUse(counted: readonly Vote[], session: VoteSession): ParticipantUse[] {
  return session.participants.map((participant) => {
    const key = participantKey(participant);
    const used = counted.filter((v) => participantKey(v.participant) === key).length;
    return { participant, used, left: Math.max(0, session.votesEach - used) };
  });
}

export interface ElementTally {
  elementId: string;
  count: number;
  /** 1 for the most dots; elements with as many dots share a rank (1, 1, 3…). */
  rank: number;
  /** Who placed the dots, most first, then in the session's order. */
  byParticipant: Array<{ participant: string; count: number }>;
}

/** The results, most dots first; ties in the order their first dot came. */
export function tally(counted: readonly Vote[], session: VoteSession): ElementTally[] {
  const order = new Map(session.participants.map((p, i) => [participantKey(p), i]));
  const byElement = new Map<string, Vote[]>();
  for (const vote of [...counted].sort(byTime)) byElement.set(vote.elementId, [...(byElement.get(vote.elementId) ?? []), vote]);
  const rows = [...byElement].map(([elementId, dots], firstSeen) => {
    const per = new Map<string, number>();
    for (const dot of dots) {
      const name = session.participants[order.get(participantKey(dot.participant)) ?? -1] ?? dot.participant;
      per.set(name, (per.get(name) ?? 0) + 1);
    }
    const byParticipant = [...per]
      .map(([participant, count]) => ({ participant, count }))
      .sort((a, b) => b.count - a.count || (order.get(participantKey(a.participant)) ?? 0) - (order.get(participantKey(b.participant)) ?? 0));
    return { elementId, count: dots.length, rank: 0, byParticipant, firstSeen };
  });
  rows.sort((a, b) => b.count - a.count || a.firstSeen - b.firstSeen);
  let rank = 0;
  return rows.map(({ firstSeen: _firstSeen, ...row }, i) => {
    if (i === 0 || rows[i - 1]!.count !== row.count) rank = i + 1;
    return { ...row, rank };
  });
}

/** How many counted dots an element has from one participant. */
export function dotsOn(counted: readonly Vote[], elementId: string, participant: string): number {
  const key = participantKey(participant);
  return counted.filter((v) => v.elementId === elementId && participantKey(v.participant) === key).length;
}

export type VoteRefusal = 'noSession' | 'closed' | 'unknownParticipant' | 'noVotesLeft' | 'noDot' | 'noElement';

export type VoteEdits = { ok: true; edits: FieldEdit[] } | { ok: false; reason: VoteRefusal };

export interface VoteContext {
  session: VoteSession | undefined;
  /** Every vote record of the plan (any session, tombstones included). */
  votes: readonly Vote[];
  liveElements: ReadonlySet<string>;
}

/** One dot from `participant` on an element. A participant may put several dots on one element. */
export function placeVoteEdits(
  { session, votes, liveElements }: VoteContext,
  elementId: string,
  participant: string,
  now: number,
  id: string,
): VoteEdits {
  if (!session) return { ok: false, reason: 'noSession' };
  if (session.closed) return { ok: false, reason: 'closed' };
  const name = findParticipant(session, participant);
  if (!name) return { ok: false, reason: 'unknownParticipant' };
  const key = participantKey(name);
  const used = countedVotes(votes, session, liveElements).filter((v) => participantKey(v.participant) === key).length;
  if (used >= session.votesEach) return { ok: false, reason: 'noVotesLeft' };
  if (!liveElements.has(elementId)) return { ok: false, reason: 'noElement' };
  const vote = newVote({ id, planId: session.planId, sessionId: session.id, elementId, participant: name, createdAt: now });
  return { ok: true, edits: diffEntity('vote', undefined, vote) };
}

/** Takes back `participant`'s latest counted dot on an element. */
export function removeVoteEdits({ session, votes, liveElements }: VoteContext, elementId: string, participant: string): VoteEdits {
  if (!session) return { ok: false, reason: 'noSession' };
  if (session.closed) return { ok: false, reason: 'closed' };
  const name = findParticipant(session, participant);
  if (!name) return { ok: false, reason: 'unknownParticipant' };
  const key = participantKey(name);
  const mine = countedVotes(votes, session, liveElements).filter((v) => v.elementId === elementId && participantKey(v.participant) === key);
  const latest = mine.at(-1);
  if (!latest) return { ok: false, reason: 'noDot' };
  return { ok: true, edits: [{ entity: 'vote', entityId: latest.id, field: 'deleted', oldValue: false, newValue: true }] };
}

/**
 * The names a facilitator typed, cleaned: trimmed, blanks dropped, repeats (case and
 * width aside) dropped, in the order given.
 */
export function cleanParticipants(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const clean: string[] = [];
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/g, ' ');
    const key = participantKey(name);
    if (!name || seen.has(key)) continue;
    seen.add(key);
    clean.push(name);
  }
  return clean;
}

export interface NewSession {
  id: string;
  planId: string;
  title: string;
  participants: readonly string[];
  votesEach: number;
  author: string;
  now: number;
}

/** Opens a session; the one in use before it is closed, so its results stand. */
export function startSessionEdits(previous: VoteSession | undefined, init: NewSession): FieldEdit[] {
  const session = newVoteSession({
    id: init.id,
    planId: init.planId,
    title: init.title.trim(),
    participants: cleanParticipants(init.participants),
    votesEach: init.votesEach,
    author: init.author,
    createdAt: init.now,
  });
  return [...(previous && !previous.closed ? closeSessionEdits(previous) : []), ...diffEntity('voteSession', undefined, session)];
}

export function closeSessionEdits(session: VoteSession): FieldEdit[] {
  return session.closed ? [] : [{ entity: 'voteSession', entityId: session.id, field: 'closed', oldValue: false, newValue: true }];
}

export function reopenSessionEdits(session: VoteSession): FieldEdit[] {
  return session.closed ? [{ entity: 'voteSession', entityId: session.id, field: 'closed', oldValue: true, newValue: false }] : [];
}

/** Adds a late arrival to the session; nothing when the name is blank or already there. */
export function addParticipantEdits(session: VoteSession, name: string): FieldEdit[] {
  const participants = cleanParticipants([...session.participants, name]);
  if (participants.length === session.participants.length) return [];
  return diffEntity('voteSession', session, { ...session, participants });
}
