import { X } from 'lucide-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { closePanel, PANEL_ID, type DockPanel as Panel } from './dock';

/** A panel floating over the canvas (summary, sign-off): focus moves in when it opens, Esc or the close button closes it. */
export function DockPanel({ panel, closeLabel, children }: { panel: Panel; closeLabel: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      ref={ref}
      id={PANEL_ID[panel]}
      className="review-panel"
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          closePanel(panel);
        }
      }}
    >
      <button type="button" className="icon-button review-panel__close" aria-label={closeLabel} title={closeLabel} onClick={() => closePanel(panel)}>
        <X size={16} aria-hidden="true" />
      </button>
      {children}
    </div>
  );
}
