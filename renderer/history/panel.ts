import { create } from 'zustand';

/** Whether the plan history panel is open, and whether it shows only what changed since the person's last review. */
export const useHistoryPanel = create<{ open: boolean; since: boolean }>()(() => ({ open: false, since: false }));

/** Opens the panel (on "since my last review" when there is news), or closes it. */
export function toggleHistoryPanel(news: boolean) {
  const { open } = useHistoryPanel.getState();
  useHistoryPanel.setState(open ? { open: false } : { open: true, since: news });
}

export function openHistoryPanel(since: boolean) {
  useHistoryPanel.setState({ open: true, since });
}

export function closeHistoryPanel() {
  useHistoryPanel.setState({ open: false });
}
