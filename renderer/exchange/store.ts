import { create } from 'zustand';
import type { ImportPreview } from './describe';
import type { Refusal, Stage } from './jobs';

/**
 * What the exchange UI shows: the job under way (one at a time) and the last outcome. The
 * dialog (ExchangeDialog) renders `job`; the toast renders `toast`.
 */
export type ExchangeJob =
  | { phase: 'working'; action: 'import'; fileName: string; stage: Stage }
  | { phase: 'working'; action: 'export'; title: string; stage: Stage }
  | { phase: 'preview'; fileName: string; preview: ImportPreview; stale: boolean }
  | { phase: 'refused'; fileName: string; refusal: Refusal }
  | { phase: 'failed'; action: 'import' | 'export'; message: string; detail: string };

export interface Toast {
  text: string;
  /** Set for an outcome someone may want to act on (a conflict to resolve…), not only read. */
  tone: 'info' | 'success';
}

interface ExchangeState {
  job: ExchangeJob | null;
  toast: Toast | null;
  /** A file is being dragged over the window. */
  dragging: boolean;
}

export const useExchange = create<ExchangeState>()(() => ({ job: null, toast: null, dragging: false }));

export function setJob(job: ExchangeJob | null) {
  // A new job makes the last outcome old news.
  useExchange.setState((s) => (job && !s.job ? { job, toast: null } : { job }));
}

export function setStage(stage: Stage) {
  useExchange.setState((s) => (s.job?.phase === 'working' ? { job: { ...s.job, stage } } : s));
}

export function showToast(text: string, tone: Toast['tone'] = 'success') {
  useExchange.setState({ toast: { text, tone } });
}

export function dismissToast() {
  useExchange.setState({ toast: null });
}

/** One job at a time: a second import or export waits for the first to finish. */
export function isBusy(): boolean {
  return useExchange.getState().job !== null;
}
