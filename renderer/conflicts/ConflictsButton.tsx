import { GitCompareArrows } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { selectOnly } from '../canvas/store';
import { PLAN_CONFLICTS_ID } from './ConflictSection';
import { useOpenConflicts } from './store';
import './conflicts.css';

/**
 * In the editor's toolbar while the plan has open conflicts: how many, and a way to them.
 * It clears the selection so the inspector shows the plan's list, and moves the focus there.
 */
export function ConflictsButton() {
  const { t } = useTranslation();
  const count = useOpenConflicts().length;
  if (count === 0) return null;
  return (
    <button
      type="button"
      className="conflicts-button"
      aria-label={t('conflicts.toolbar.label', { count })}
      title={t('conflicts.toolbar.label', { count })}
      onClick={() => {
        selectOnly([]);
        requestAnimationFrame(() => document.getElementById(PLAN_CONFLICTS_ID)?.focus());
      }}
    >
      <GitCompareArrows size={16} aria-hidden="true" />
      {t('conflicts.toolbar.count', { count })}
    </button>
  );
}
