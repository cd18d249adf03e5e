import { BadgeCheck, ClipboardList, FilePenLine, type LucideIcon } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { PlanStatus } from '../../shared/model/plan';
import { useEditor } from '../canvas/store';
import { PANEL_ID, PANEL_TOGGLE_ID, togglePanel, useDock } from './dock';
import { ReviewSummaryToggle } from './ReviewSummary';
import './overlay.css';

export const STATUS_ICONS: Record<PlanStatus, LucideIcon> = {
  draft: FilePenLine,
  inFieldReview: ClipboardList,
  agreed: BadgeCheck,
};

/**
 * The plan's status in the toolbar (Draft / In field review / Agreed, by colour, icon and
 * word). It opens the status and sign-off panel, where marketing sends a draft to field
 * review and everyone signs. Beside it, the review summary (with its highlight) opens.
 */
export function PlanStatusControl() {
  const { t } = useTranslation();
  const status = useEditor((s) => s.plan?.status);
  const open = useDock((s) => s.signoff);
  if (!status) return null;
  const Icon = STATUS_ICONS[status];
  const word = t(`common.status.${status}`);
  return (
    <div className="plan-status" role="group" aria-label={t('overlay.tools')}>
      <button
        type="button"
        id={PANEL_TOGGLE_ID.signoff}
        className={`plan-status__badge status-badge status-${status}`}
        aria-label={t('overlay.status.label', { status: word })}
        title={t('overlay.signoff.title')}
        aria-expanded={open}
        aria-controls={open ? PANEL_ID.signoff : undefined}
        onClick={() => togglePanel('signoff')}
      >
        <Icon size={14} aria-hidden="true" />
        {t(`overlay.status.short.${status}`)}
      </button>
      <ReviewSummaryToggle />
    </div>
  );
}
