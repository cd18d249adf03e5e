import { useMemo } from 'react';
import { create } from 'zustand';
import type { Plan } from '../../shared/model/plan';
import { listPlans, type PlanSummary, type WorkbenchDatabase } from '../db';
import { planMatches } from './search';

export type LibraryView = 'plans' | 'trash';

/** A short message about the last action, with an optional way to take it back. */
export interface Notice {
  text: string;
  undo: (() => void) | null;
}

interface LibraryState {
  summaries: PlanSummary[];
  loaded: boolean;
  query: string;
  notice: Notice | null;
}

export const useLibrary = create<LibraryState>()(() => ({ summaries: [], loaded: false, query: '', notice: null }));

let latestReload = 0;

/** Re-reads the list from IndexedDB. Reloads can overlap (focus and a sync message): only the newest lands. */
export async function reloadLibrary(db: WorkbenchDatabase): Promise<void> {
  const ticket = ++latestReload;
  const summaries = await listPlans(db);
  if (ticket === latestReload) useLibrary.setState({ summaries, loaded: true });
}

export function setQuery(query: string) {
  useLibrary.setState({ query });
}

export function showNotice(text: string, undo: (() => void) | null = null) {
  useLibrary.setState({ notice: { text, undo } });
}

export function dismissNotice() {
  useLibrary.setState({ notice: null });
}

function inView(plan: Plan, view: LibraryView): boolean {
  return view === 'trash' ? plan.trashedAt !== null : plan.trashedAt === null;
}

/** The plans of one view that match the search box. */
export function useVisiblePlans(view: LibraryView): PlanSummary[] {
  const summaries = useLibrary((s) => s.summaries);
  const query = useLibrary((s) => s.query);
  return useMemo(
    () => summaries.filter((s) => inView(s.plan, view) && planMatches(s.plan, query)),
    [summaries, query, view],
  );
}

/** How many plans a view holds, whatever the search says. */
export function usePlanCount(view: LibraryView): number {
  return useLibrary((s) => s.summaries.filter((summary) => inView(summary.plan, view)).length);
}
