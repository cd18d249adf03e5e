import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type InspectorTab = 'details' | 'reviews' | 'history';

/**
 * One element's panel in three tabs: what it says, what reviewers said about it, and who
 * changed what. Arrow keys move between tabs (the WAI-ARIA tabs pattern).
 */
export function InspectorTabs({ panels, badges }: { panels: Record<InspectorTab, () => ReactNode>; badges?: Partial<Record<InspectorTab, string>> }) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<InspectorTab>('details');
  const order = Object.keys(panels) as InspectorTab[];
  const move = (delta: number) => {
    const next = order[(order.indexOf(tab) + delta + order.length) % order.length]!;
    setTab(next);
    document.getElementById(`inspector-tab-${next}`)?.focus();
  };
  return (
    <>
      <div
        className="inspector-tabs"
        role="tablist"
        aria-label={t('canvas.inspector.label')}
        onKeyDown={(e) => {
          if (e.key === 'ArrowRight') move(1);
          if (e.key === 'ArrowLeft') move(-1);
        }}
      >
        {order.map((id) => (
          <button
            key={id}
            id={`inspector-tab-${id}`}
            type="button"
            role="tab"
            aria-selected={tab === id}
            aria-controls={`inspector-panel-${id}`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
          >
            {t(`canvas.inspector.tabs.${id}`)}
            {badges?.[id] && <span className="inspector-tabs__badge">{badges[id]}</span>}
          </button>
        ))}
      </div>
      <div id={`inspector-panel-${tab}`} role="tabpanel" aria-labelledby={`inspector-tab-${tab}`} className="inspector-tabs__panel">
        {panels[tab]()}
      </div>
    </>
  );
}
