import { useEffect, useMemo, useRef, useState } from 'react';
import type { Change } from '../../shared/changes/change';
import { formatHlc } from '../../shared/changes/hlc';
import type { Review } from '../../shared/model/review';
import { useSession } from '../app/session';
import { useEditor } from '../canvas/store';
import { isMac } from '../commands/keyboard';
import { loadHistoryAfter } from '../db';
import { walkKey, type FocusKind, type WalkKey } from './keys';
import { changedSinceMyReview } from './walk';

/** Re-reading the change record waits for a pause: another window may be typing into the plan. */
const HISTORY_DEBOUNCE_MS = 400;

/**
 * Elements someone else changed since this person last reviewed them (with the fields).
 * The change record is re-read when the plan's elements or the reviews change, from this
 * person's first review on (a record stamps no earlier than its author's clock said), so a
 * plan's long past is never read again at every save.
 */
export function useChangedSince(planId: string, reviews: readonly Review[], profileId: string): Map<string, string[]> {
  const { db } = useSession();
  const elements = useEditor((s) => s.elements);
  const [changes, setChanges] = useState<readonly Change[]>([]);
  useEffect(() => {
    let current = true;
    const mine = reviews.filter((r) => !r.deleted && r.author === profileId);
    const since = mine.length ? formatHlc({ wall: mine.reduce((first, r) => Math.min(first, r.createdAt), Infinity), counter: 0, deviceId: '' }) : null;
    const timer = setTimeout(() => {
      const read = since === null ? Promise.resolve([]) : loadHistoryAfter(db, planId, since);
      void read.then((loaded) => {
        if (current) setChanges(loaded);
      });
    }, HISTORY_DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [db, planId, elements, reviews, profileId]);
  return useMemo(() => changedSinceMyReview(changes, reviews, profileId), [changes, reviews, profileId]);
}

const NOT_TEXT_INPUTS: ReadonlySet<string> = new Set(['radio', 'checkbox', 'button', 'submit', 'reset', 'file', 'color', 'image']);

function focusKind(target: EventTarget | null): FocusKind {
  if (!(target instanceof HTMLElement)) return 'other';
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return 'text';
  if (target instanceof HTMLInputElement) {
    if (target.type === 'range') return 'range';
    return NOT_TEXT_INPUTS.has(target.type) ? 'other' : 'text';
  }
  return 'other';
}

/**
 * Routes review mode's keys (see keys.ts) to `onKey`. A key something else already took
 * (the form's own Ctrl+Enter, a menu's Esc) or any key while a dialog is open is left alone.
 */
export function useWalkKeys(onKey: (key: WalkKey, event: KeyboardEvent) => void) {
  const handler = useRef(onKey);
  handler.current = onKey;
  useEffect(() => {
    const listener = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      const key = walkKey(event, focusKind(event.target), isMac);
      if (!key) return;
      event.preventDefault();
      handler.current(key, event);
    };
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
