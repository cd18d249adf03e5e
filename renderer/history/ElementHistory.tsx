import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { filterEntries } from '../../shared/history/filter';
import { useDescriber } from './describe';
import { EntryList } from './HistoryEntries';
import { useHistory } from './store';

const PAGE = 30;

/** The element's History tab: who changed it, and what its reviewers said, newest first. */
export function ElementHistory({ elementId }: { elementId: string }) {
  const { t } = useTranslation();
  const { ready, history } = useHistory();
  const describer = useDescriber(history);
  const entries = useMemo(() => filterEntries(history.entries, { elementId }), [history, elementId]);
  if (!ready) return <p className="inspector__note">{t('history.panel.loading')}</p>;
  if (entries.length === 0) return <p className="inspector__note">{t('history.element.empty')}</p>;
  return (
    <div className="element-history">
      <EntryList key={elementId} entries={entries} describer={describer} pageSize={PAGE} within={elementId} label={t('history.element.label')} />
    </div>
  );
}
