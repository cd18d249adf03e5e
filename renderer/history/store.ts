import { useEffect } from 'react';
import { create } from 'zustand';
import { HistoryBuilder, type PlanHistory } from '../../shared/history/entries';
import { sinceLastReview, type SinceLastReview } from '../../shared/history/filter';
import { useSession, type Session } from '../app/session';
import { flush, useEditor } from '../canvas/store';
import { countHistory, loadHistory, loadHistoryAfter } from '../db';
import { useProfile } from '../profile/store';
import { useReviews } from '../review/store';

/**
 * The open plan's history, read from the change log once and then topped up: after each
 * edit (here or in another window) only the records stamped after the last one read are
 * fetched and added. If the log gained records out of clock order (a merged file), the
 * count tells, and the history is read again whole.
 */
interface HistoryState {
  planId: string;
  ready: boolean;
  history: PlanHistory;
}

const EMPTY: PlanHistory = { entries: [], snapshots: new Map() };

export const useHistoryStore = create<HistoryState>()(() => ({ planId: '', ready: false, history: EMPTY }));

/** Quiet time after an edit before the log is read again: typing never waits on it. */
const REFRESH_DELAY_MS = 400;
/** The first read waits for the plan to be on screen. */
const FIRST_READ_DELAY_MS = 300;

interface Watch {
  session: Session;
  planId: string;
  users: number;
  builder: HistoryBuilder;
  read: number;
  lastHlc: string;
  timer: ReturnType<typeof setTimeout> | null;
  running: boolean;
  again: boolean;
  stopped: boolean;
  unsubscribe: () => void;
}

let watch: Watch | null = null;

function start(session: Session, planId: string): Watch {
  const w: Watch = {
    session,
    planId,
    users: 0,
    builder: new HistoryBuilder(),
    read: 0,
    lastHlc: '',
    timer: null,
    running: false,
    again: false,
    stopped: false,
    unsubscribe: () => {},
  };
  const editorOff = useEditor.subscribe((s, prev) => {
    if (s.planId === planId && (s.elements !== prev.elements || s.links !== prev.links || s.plan !== prev.plan)) schedule(w);
  });
  const reviewsOff = useReviews.subscribe((s, prev) => {
    if (s.reviews !== prev.reviews || s.suggestions !== prev.suggestions || s.comments !== prev.comments || s.attachments !== prev.attachments || s.signoffs !== prev.signoffs) schedule(w);
  });
  w.unsubscribe = () => {
    editorOff();
    reviewsOff();
  };
  useHistoryStore.setState({ planId, ready: false, history: EMPTY });
  schedule(w, FIRST_READ_DELAY_MS);
  return w;
}

function stop(w: Watch) {
  w.stopped = true;
  w.unsubscribe();
  if (w.timer) clearTimeout(w.timer);
  if (watch === w) watch = null;
  if (useHistoryStore.getState().planId === w.planId) useHistoryStore.setState({ planId: '', ready: false, history: EMPTY });
}

function schedule(w: Watch, delay = REFRESH_DELAY_MS) {
  if (w.stopped) return;
  if (w.timer) clearTimeout(w.timer);
  w.timer = setTimeout(() => {
    w.timer = null;
    void refresh(w);
  }, delay);
}

async function refresh(w: Watch) {
  if (w.running) {
    w.again = true;
    return;
  }
  w.running = true;
  try {
    await flush(); // What is shown is written first: read after it lands.
    const { db } = w.session;
    const [total, fresh] = await Promise.all([countHistory(db, w.planId), loadHistoryAfter(db, w.planId, w.lastHlc)]);
    if (w.stopped) return;
    if (total === w.read + fresh.length) {
      if (fresh.length === 0 && useHistoryStore.getState().ready) return;
      w.builder.add(fresh);
      w.read += fresh.length;
      if (fresh.length) w.lastHlc = fresh[fresh.length - 1]!.hlc;
    } else {
      const all = await loadHistory(db, w.planId);
      if (w.stopped) return;
      w.builder = new HistoryBuilder();
      w.builder.add(all);
      w.read = all.length;
      w.lastHlc = all.length ? all[all.length - 1]!.hlc : '';
    }
    useHistoryStore.setState({ planId: w.planId, ready: true, history: w.builder.history() });
  } catch (error) {
    console.error('History not read', error);
  } finally {
    w.running = false;
    if (w.again && !w.stopped) {
      w.again = false;
      schedule(w, 0);
    }
  }
}

/** Keeps the open plan's history read and current while a component shows it. */
export function useHistory(): { ready: boolean; history: PlanHistory } {
  const session = useSession();
  const planId = useEditor((s) => s.planId);
  useEffect(() => {
    if (!planId) return;
    if (watch && (watch.planId !== planId || watch.session !== session)) stop(watch);
    const w = (watch ??= start(session, planId));
    w.users += 1;
    return () => {
      w.users -= 1;
      // Let a panel that re-mounts right away (a tab switch) find it still running.
      setTimeout(() => {
        if (w.users === 0 && !w.stopped) stop(w);
      }, 0);
    };
  }, [session, planId]);
  const ready = useHistoryStore((s) => s.planId === planId && s.ready);
  const history = useHistoryStore((s) => (s.planId === planId ? s.history : EMPTY));
  return { ready, history };
}

let sinceCache: { history: PlanHistory; author: string; result: SinceLastReview } | null = null;

/** What changed since the current person last reviewed the plan: computed once per history for every reader. */
export function useSinceLastReview(): SinceLastReview & { ready: boolean } {
  const { ready, history } = useHistory();
  const author = useProfile((s) => s.profile?.id ?? '');
  if (!sinceCache || sinceCache.history !== history || sinceCache.author !== author) {
    sinceCache = { history, author, result: sinceLastReview(history.entries, author) };
  }
  return { ready, ...sinceCache.result };
}
