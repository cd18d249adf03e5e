import i18next from 'i18next';
import { create } from 'zustand';
import { newId } from '../../shared/model/ids';
import type { Vote, VoteSession } from '../../shared/model/vote';
import {
  addParticipantEdits,
  closeSessionEdits,
  countedVotes,
  currentSession,
  findParticipant,
  participantUse,
  placeVoteEdits,
  removeVoteEdits,
  reopenSessionEdits,
  startSessionEdits,
  tally,
  type ElementTally,
  type ParticipantUse,
  type VoteRefusal,
} from '../../shared/workshop/votes';
import { edit, useEditor } from '../canvas/store';
import { authorId } from '../profile/store';
import { setVotingAs, usePlanDevice } from './deviceState';
import { announce } from './notice';
import { useWorkshop } from './store';

/**
 * The dot vote as the canvas shows it, derived once per change (not per node): the session
 * in use, the dots that count, the results, and for each element its dots and the current
 * voter's. Nodes read one number each, so a dot re-renders only the nodes it touches.
 */
export interface VoteView {
  session: VoteSession | null;
  counted: Vote[];
  use: ParticipantUse[];
  results: ElementTally[];
  counts: Record<string, number>;
  /** The dots of the person voting now, per element. */
  mine: Record<string, number>;
  /** The person voting now, as the session names them; null when nobody is voting. */
  voter: string | null;
  voterLeft: number;
}

const EMPTY: VoteView = { session: null, counted: [], use: [], results: [], counts: {}, mine: {}, voter: null, voterLeft: 0 };

export const useVoteView = create<VoteView>()(() => EMPTY);

/** Elements a dot can go on: live, and not frames. */
function votable(): Set<string> {
  return new Set(Object.values(useEditor.getState().elements).filter((e) => e.kind !== 'frame').map((e) => e.id));
}

function recompute() {
  const { sessions, votes } = useWorkshop.getState();
  const session = currentSession(Object.values(sessions)) ?? null;
  if (!session) {
    if (useVoteView.getState() !== EMPTY) useVoteView.setState(EMPTY, true);
    return;
  }
  const counted = countedVotes(Object.values(votes), session, votable());
  const use = participantUse(counted, session);
  const wanted = usePlanDevice.getState().votingAs;
  const voter = !session.closed && wanted ? (findParticipant(session, wanted) ?? null) : null;
  const counts: Record<string, number> = {};
  const mine: Record<string, number> = {};
  for (const vote of counted) {
    counts[vote.elementId] = (counts[vote.elementId] ?? 0) + 1;
    if (voter && vote.participant === voter) mine[vote.elementId] = (mine[vote.elementId] ?? 0) + 1;
  }
  useVoteView.setState({
    session,
    counted,
    use,
    results: tally(counted, session),
    counts,
    mine,
    voter,
    voterLeft: use.find((u) => u.participant === voter)?.left ?? 0,
  }, true);
}

useWorkshop.subscribe(recompute);
usePlanDevice.subscribe((state, previous) => {
  if (state.votingAs !== previous.votingAs || state.planId !== previous.planId) recompute();
});
// Typing leaves the set of elements be: only an element appearing or going changes a tally.
useEditor.subscribe((state, previous) => {
  if (state.elements === previous.elements || !useVoteView.getState().session) return;
  if (Object.keys(state.elements).length !== Object.keys(previous.elements).length) recompute();
});

const REFUSAL_KEY: Record<VoteRefusal, string> = {
  noSession: 'workshop.vote.refused.noSession',
  closed: 'workshop.vote.refused.closed',
  unknownParticipant: 'workshop.vote.refused.noVoter',
  noVotesLeft: 'workshop.vote.refused.noVotesLeft',
  noDot: 'workshop.vote.refused.noDot',
  noElement: 'workshop.vote.refused.noElement',
};

function context() {
  return { session: useVoteView.getState().session ?? undefined, votes: Object.values(useWorkshop.getState().votes), liveElements: votable() };
}

/** One dot from the person voting now (or `participant`) on an element. */
export function placeVote(elementId: string, participant = useVoteView.getState().voter): boolean {
  const result = placeVoteEdits(context(), elementId, participant ?? '', Date.now(), newId());
  if (!result.ok) {
    announce(i18next.t(REFUSAL_KEY[result.reason], { name: participant ?? '' }));
    return false;
  }
  void edit(result.edits);
  const left = useVoteView.getState().voterLeft;
  const title = useEditor.getState().elements[elementId]?.title ?? '';
  announce(i18next.t('workshop.vote.placed', { name: participant, title, count: left }));
  return true;
}

export function takeBackVote(elementId: string, participant = useVoteView.getState().voter): boolean {
  const result = removeVoteEdits(context(), elementId, participant ?? '');
  if (!result.ok) {
    announce(i18next.t(REFUSAL_KEY[result.reason], { name: participant ?? '' }));
    return false;
  }
  void edit(result.edits);
  const title = useEditor.getState().elements[elementId]?.title ?? '';
  announce(i18next.t('workshop.vote.removed', { name: participant, title, count: useVoteView.getState().voterLeft }));
  return true;
}

export function startVoteSession(title: string, participants: readonly string[], votesEach: number) {
  const { planId } = useEditor.getState();
  const edits = startSessionEdits(useVoteView.getState().session ?? undefined, {
    id: newId(),
    planId,
    title,
    participants,
    votesEach,
    author: authorId() || 'unknown',
    now: Date.now(),
  });
  void edit(edits);
  setVotingAs(null);
}

export function closeVoteSession() {
  const { session } = useVoteView.getState();
  if (session) void edit(closeSessionEdits(session));
  setVotingAs(null);
}

export function reopenVoteSession() {
  const { session } = useVoteView.getState();
  if (session) void edit(reopenSessionEdits(session));
}

export function addParticipant(name: string) {
  const { session } = useVoteView.getState();
  if (session) void edit(addParticipantEdits(session, name));
}

/** A click on a node while someone is voting puts their dot on it. */
export function voteOnNodeClick(_event: unknown, node: { id: string; type?: string }) {
  if (node.type === 'frame' || !useVoteView.getState().voter) return;
  placeVote(node.id);
}
