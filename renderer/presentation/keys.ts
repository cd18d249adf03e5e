/**
 * Presentation keys, as a pure mapping. Clickers send PageDown/PageUp (some also "b" or "."
 * to blank the screen, and Esc or F5); keyboards use the arrows, Space, Home and End.
 */
export type PresentAction = 'next' | 'previous' | 'first' | 'last' | 'leave' | 'overview' | 'reviews' | 'fullscreen' | 'blank';

export interface PresentKeyInput {
  key: string;
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
}

const KEYS: Record<string, PresentAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Enter: 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Backspace: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'leave',
};

const CODES: Record<string, PresentAction> = {
  KeyO: 'overview',
  KeyT: 'reviews',
  KeyF: 'fullscreen',
  KeyB: 'blank',
  Period: 'blank',
};

export function presentKey(e: PresentKeyInput): PresentAction | null {
  if (e.isComposing || e.altKey || e.ctrlKey || e.metaKey) return null;
  const byKey = KEYS[e.key];
  // Shift+Space goes back, as in slide software.
  if (byKey === 'next' && e.key === ' ' && e.shiftKey) return 'previous';
  if (byKey) return byKey;
  if (e.shiftKey) return null;
  return CODES[e.code] ?? null;
}
