import { VERDICTS, type Verdict } from '../../shared/model/review';

/**
 * Review mode's keys, as a pure mapping. Bare keys (J, K, N, 1–4, PageDown/PageUp) never
 * reach past a text field: a rep typing "Khách hàng" must not jump elements. Keys with a
 * modifier (Alt+↓/↑, Ctrl/Cmd+Enter) work everywhere.
 */
export type WalkKey =
  | { action: 'next' | 'previous' | 'nextUnreviewed' | 'save' | 'back' | 'leaveField' }
  | { action: 'verdict'; verdict: Verdict };

export interface KeyInput {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
}

/** Where the keyboard focus is: typing into a field, on a slider (which owns Page keys), or elsewhere. */
export type FocusKind = 'text' | 'range' | 'other';

/** Verdict keys 1–4 follow the order the verdicts are listed in. */
const VERDICT_CODES: Record<string, Verdict> = Object.fromEntries(
  VERDICTS.flatMap((verdict, i) => [
    [`Digit${i + 1}`, verdict],
    [`Numpad${i + 1}`, verdict],
  ]),
);

export function walkKey(e: KeyInput, focus: FocusKind, mac: boolean): WalkKey | null {
  if (e.isComposing) return null; // An IME (Chinese, Vietnamese Telex) is mid-word.
  const primary = mac ? e.metaKey : e.ctrlKey;
  const otherControl = mac ? e.ctrlKey : e.metaKey;
  if (e.altKey) {
    if (primary || otherControl || e.shiftKey) return null;
    if (e.key === 'ArrowDown') return { action: 'next' };
    if (e.key === 'ArrowUp') return { action: 'previous' };
    return null;
  }
  if (primary && !otherControl && !e.shiftKey && e.key === 'Enter') return { action: 'save' };
  if (e.ctrlKey || e.metaKey) return null;
  if (e.key === 'Escape') return { action: focus === 'text' ? 'leaveField' : 'back' };
  if (e.shiftKey || focus === 'text') return null;
  if (e.key === 'PageDown') return focus === 'range' ? null : { action: 'next' };
  if (e.key === 'PageUp') return focus === 'range' ? null : { action: 'previous' };
  if (e.code === 'KeyJ') return { action: 'next' };
  if (e.code === 'KeyK') return { action: 'previous' };
  if (e.code === 'KeyN') return { action: 'nextUnreviewed' };
  const verdict = VERDICT_CODES[e.code];
  return verdict ? { action: 'verdict', verdict } : null;
}
