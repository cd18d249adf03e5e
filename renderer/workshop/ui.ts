import { create } from 'zustand';
import { setPref, useWorkshopPrefs } from './deviceState';

/** Which workshop panel is open in the editor (memory only: a reload starts with it closed). */
export const useWorkshopUi = create<{ votePanel: boolean }>()(() => ({ votePanel: false }));

export const VOTE_BUTTON_ID = 'workshop-vote-button';
export const QUICK_CAPTURE_ID = 'workshop-quick-capture';

export function toggleVotePanel() {
  useWorkshopUi.setState((s) => ({ votePanel: !s.votePanel }));
}

export function closeVotePanel() {
  useWorkshopUi.setState({ votePanel: false });
  document.getElementById(VOTE_BUTTON_ID)?.focus();
}

/** Puts the keyboard in the quick-capture line, unfolding the workshop bar if needed. */
export function focusQuickCapture() {
  const focus = () => document.getElementById(QUICK_CAPTURE_ID)?.focus();
  if (useWorkshopPrefs.getState().bar) return focus();
  setPref('bar', true);
  requestAnimationFrame(focus);
}
