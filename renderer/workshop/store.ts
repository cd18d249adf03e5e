import { create } from 'zustand';
import type { Change, FieldEdit } from '../../shared/changes/change';
import { applyField } from '../../shared/changes/diff';
import type { Vote, VoteSession } from '../../shared/model/vote';
import type { Session } from '../app/session';
import { loadVoteData } from '../db';
import { loadPlanDevice, unloadPlanDevice } from './deviceState';
import { useWorkshopUi } from './ui';

/**
 * The open plan's dot votes, folded from the same change stream as the canvas
 * (canvas/store.ts show() calls foldWorkshopEdits), so undo, other windows and merges
 * show up here as they do on the canvas. Tombstones are kept, as the review store keeps them.
 */
interface WorkshopState {
  planId: string;
  loaded: boolean;
  sessions: Record<string, VoteSession>;
  votes: Record<string, Vote>;
}

const empty = (): WorkshopState => ({ planId: '', loaded: false, sessions: {}, votes: {} });

export const useWorkshop = create<WorkshopState>()(() => empty());

/** Reads the plan's votes, and what this laptop kept for it (timer, lock, voter). */
export async function openWorkshop(session: Session, planId: string) {
  useWorkshop.setState({ ...empty(), planId });
  loadPlanDevice(planId);
  const data = await loadVoteData(session.db, planId);
  if (useWorkshop.getState().planId !== planId) return;
  // Fields folded while the read was in flight are newer than what it returned.
  useWorkshop.setState((state) => ({
    loaded: true,
    sessions: overlay(data.sessions, state.sessions),
    votes: overlay(data.votes, state.votes),
  }));
}

function overlay<T extends { id: string }>(stored: readonly T[], folded: Readonly<Record<string, T>>): Record<string, T> {
  const byId: Record<string, T> = Object.fromEntries(stored.map((row) => [row.id, row]));
  for (const [id, fields] of Object.entries(folded)) byId[id] = { ...byId[id], ...fields };
  return byId;
}

export function closeWorkshop() {
  useWorkshop.setState(empty());
  unloadPlanDevice();
  useWorkshopUi.setState({ votePanel: false });
}

const COLLECTIONS = { voteSession: 'sessions', vote: 'votes' } as const;
type WorkshopEntity = keyof typeof COLLECTIONS;

function isWorkshopEntity(entity: FieldEdit['entity']): entity is WorkshopEntity {
  return entity in COLLECTIONS;
}

/** Folds vote edits (local, undone, or from another window) into what is shown. */
export function foldWorkshopEdits(edits: readonly (FieldEdit | Change)[]) {
  const relevant = edits.filter((e) => isWorkshopEntity(e.entity));
  if (relevant.length === 0) return;
  useWorkshop.setState((state) => {
    const next: Partial<Record<'sessions' | 'votes', Record<string, { id: string }>>> = {};
    for (const e of relevant) {
      const key = COLLECTIONS[e.entity as WorkshopEntity];
      const collection = (next[key] ??= { ...state[key] });
      collection[e.entityId] = applyField(collection[e.entityId] ?? { id: e.entityId }, e.field, e.newValue);
    }
    return next as Partial<WorkshopState>;
  });
}
