import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../shared/model/plan';
import type { PlanSummary } from '../db';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { PlanRow } from './PlanRow';
import type { LibraryView } from './store';
import { usePlanActions } from './usePlanActions';

const COLUMNS = ['title', 'brandMarket', 'status', 'date', 'elements', 'actions'] as const;

export function PlanTable({ summaries, view }: { summaries: PlanSummary[]; view: LibraryView }) {
  const { t } = useTranslation();
  const actions = usePlanActions();
  const [confirming, setConfirming] = useState<Plan | null>(null);
  const requestDelete = useCallback((plan: Plan) => setConfirming(plan), []);
  const header = (column: (typeof COLUMNS)[number]) => {
    if (column === 'date') return t(view === 'trash' ? 'library.column.trashed' : 'library.column.updated');
    return t(`library.column.${column}`);
  };

  return (
    <>
      <table className="plan-table" data-view={view}>
        <caption className="visually-hidden">{t(`library.heading.${view}`)}</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className={`col-${column}`}>
                {column === 'actions' ? <span className="visually-hidden">{header(column)}</span> : header(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {summaries.map((summary) => (
            <PlanRow key={summary.plan.id} summary={summary} view={view} actions={actions} onRequestDelete={requestDelete} />
          ))}
        </tbody>
      </table>
      {confirming && (
        <ConfirmDialog
          title={t('library.confirmDelete.title', { title: confirming.title || t('library.untitled') })}
          body={t('library.confirmDelete.body')}
          confirmLabel={t('library.deleteForever')}
          onConfirm={() => actions.deleteForever(confirming)}
          onClose={() => setConfirming(null)}
        />
      )}
    </>
  );
}
