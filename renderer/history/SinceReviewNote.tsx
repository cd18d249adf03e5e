import { useTranslation } from 'react-i18next';
import { useProfile } from '../profile/store';
import { openHistoryPanel } from './panel';
import { useSinceLastReview } from './store';
import './history.css';

/** At the top of the plan's inspector, for a returning rep: the plan did not change silently. */
export function SinceReviewNote() {
  const { t } = useTranslation();
  const role = useProfile((s) => s.profile?.role);
  const news = useSinceLastReview().entries.length;
  if (role !== 'sales' || news === 0) return null;
  return (
    <p className="history-since-note">
      <span>{t('history.since.count', { count: news })}</span>
      <button type="button" className="quiet" onClick={() => openHistoryPanel(true)}>
        {t('history.since.show')}
      </button>
    </p>
  );
}
