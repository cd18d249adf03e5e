import { useEffect } from 'react';
import { create } from 'zustand';
import { HistoryBuilder, type PlanHistory } from '../../shared/history/entries';
import { sinceLastReview, type SinceLastReview } from '../../shared/history/filter';
import { useSession, type Session } from '../app/session';
import { flush, useEditor } from '../canvas/store';
import { countHistory, historyPagesAfter } from '../db';
import { useProfile } from '../profile/store';
import { useReviews } from '../review/store';

/**
 * The open plan's history, read from the change log once and then topped up: after each
 * edit (here or in another window) only the records stamped after the last one read are
 * fetched and added. If the log gained records out of clock order (a merged file), the
 * count tells, and the history is read again whole. Reads go a page at a time, yielding
 * between pages, and start once the plan is on screen and the page is idle: a plan with
 * 200,000 records in its log opens as fast as one with none.
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
/** The first read waits for the plan to be on screen, then for a quiet moment (at most this long). */
const FIRST_READ_DELAY_MS = 300;
const FIRST_READ_IDLE_TIMEOUT_MS = 2000;

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
    if (w.read > 0 || typeof requestIdleCallback !== 'function') void refresh(w);
    else requestIdleCallback(() => void refresh(w), { timeout: FIRST_READ_IDLE_TIMEOUT_MS });
  }, delay);
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Adds the log's records after the last one read to the builder, a page at a time. */
async function readOn(w: Watch): Promise<void> {
  for await (const page of historyPagesAfter(w.session.db, w.planId, w.lastHlc)) {
    if (w.stopped) return;
    w.builder.add(page);
    w.read += page.length;
    w.lastHlc = page[page.length - 1]!.hlc;
    await nextTask();
  }
}

async function refresh(w: Watch) {
  if (w.running) {
    w.again = true;
    return;
  }
  w.running = true;
  try {
    await flush(); // What is shown is written first: read after it lands.
    const before = w.read;
    await readOn(w);
    if (w.stopped) return;
    // Records stamped before the last one read that were not read arrived out of clock order: read it all again.
    if ((await countHistory(w.session.db, w.planId, w.lastHlc)) !== w.read) {
      w.builder = new HistoryBuilder();
      w.read = 0;
      w.lastHlc = '';
      await readOn(w);
      if (w.stopped) return;
    } else if (w.read === before && useHistoryStore.getState().ready) return;
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

/** Keeps the open plan's history read and current while a component shows it (and `enabled`). */
export function useHistory(enabled = true): { ready: boolean; history: PlanHistory } {
  const session = useSession();
  const planId = useEditor((s) => s.planId);
  useEffect(() => {
    if (!planId || !enabled) return;
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
  }, [session, planId, enabled]);
  const ready = useHistoryStore((s) => s.planId === planId && s.ready);
  const history = useHistoryStore((s) => (s.planId === planId ? s.history : EMPTY));
  return { ready, history };
}

let sinceCache: { history: PlanHistory; author: string; result: SinceLastReview } | null = null;

/**
 * What changed since the current person last reviewed the plan: computed once per history
 * for every reader. Someone who has not reviewed the plan has nothing "since": the log is
 * then not read for this at all.
 */
export function useSinceLastReview(): SinceLastReview & { ready: boolean } {
  const author = useProfile((s) => s.profile?.id ?? '');
  const hasReviewed = useReviews((s) => Object.values(s.reviews).some((r) => r.author === author));
  const { ready, history } = useHistory(hasReviewed);
  if (!sinceCache || sinceCache.history !== history || sinceCache.author !== author) {
    sinceCache = { history, author, result: sinceLastReview(history.entries, author) };
  }
  return { ready, ...sinceCache.result };
}
