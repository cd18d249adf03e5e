import { create } from 'zustand';
import { useEditor } from '../canvas/store';

/**
 * The review panels floating over the canvas (the plan's review summary, its status and
 * sign-offs), each opened from its toolbar button. Closing one hands focus back to that button.
 */
export type DockPanel = 'summary' | 'signoff';

export const PANEL_TOGGLE_ID: Record<DockPanel, string> = {
  summary: 'review-summary-toggle',
  signoff: 'plan-status-toggle',
};

export const PANEL_ID: Record<DockPanel, string> = {
  summary: 'review-summary-panel',
  signoff: 'signoff-panel',
};

export const useDock = create<Record<DockPanel, boolean>>()(() => ({ summary: false, signoff: false }));

export function togglePanel(panel: DockPanel) {
  useDock.setState((s) => ({ [panel]: !s[panel] }));
}

export function openPanel(panel: DockPanel) {
  if (useDock.getState()[panel]) document.getElementById(PANEL_ID[panel])?.focus();
  else useDock.setState({ [panel]: true });
}

export function closePanel(panel: DockPanel) {
  useDock.setState({ [panel]: false });
  document.getElementById(PANEL_TOGGLE_ID[panel])?.focus();
}

useEditor.subscribe((state, previous) => {
  if (state.planId !== previous.planId) useDock.setState({ summary: false, signoff: false });
});
