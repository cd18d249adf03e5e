import { useTranslation } from 'react-i18next';
import type { TemplateId } from '../../shared/templates';
import { EmptyState } from './EmptyState';
import { PlanTable } from './PlanTable';
import { useLibrary, usePlanCount, useVisiblePlans, type LibraryView } from './store';

/** The view's plans, or the right words when there are none to show. */
export function PlanList({
  view,
  onStartFromTemplate,
}: {
  view: LibraryView;
  onStartFromTemplate: (id: TemplateId) => void;
}) {
  const { t } = useTranslation();
  const loaded = useLibrary((s) => s.loaded);
  const query = useLibrary((s) => s.query);
  const total = usePlanCount(view);
  const visible = useVisiblePlans(view);

  if (!loaded) return null; // IndexedDB answers in milliseconds: a spinner would only flash.
  if (total === 0) {
    if (view === 'plans') return <EmptyState onPick={onStartFromTemplate} />;
    return <p className="library-message">{t('library.trash.empty')}</p>;
  }
  if (visible.length === 0) return <p className="library-message">{t('library.noMatches', { query: query.trim() })}</p>;
  return <PlanTable summaries={visible} view={view} />;
}
