import { useTranslation } from 'react-i18next';
import type { PlanStatus } from '../../shared/model/plan';

/** The plan's status in words; the colour only repeats what the words say. */
export function StatusBadge({ status }: { status: PlanStatus }) {
  const { t } = useTranslation();
  return <span className={`status-badge status-${status}`}>{t(`common.status.${status}`)}</span>;
}
