import { create } from 'zustand';

/**
 * The workshop's one-line messages ("Lan placed a dot on …", "Positions are locked"),
 * spoken by a polite live region in the workshop bar and shown there for a few seconds.
 */
interface Notice {
  text: string;
  /** Bumps on every message, so the same words twice are announced twice. */
  serial: number;
}

export const useWorkshopNotice = create<Notice>()(() => ({ text: '', serial: 0 }));

const SHOWN_MS = 4000;
let timer: ReturnType<typeof setTimeout> | undefined;

export function announce(text: string) {
  useWorkshopNotice.setState((s) => ({ text, serial: s.serial + 1 }));
  clearTimeout(timer);
  timer = setTimeout(() => useWorkshopNotice.setState({ text: '' }), SHOWN_MS);
}
