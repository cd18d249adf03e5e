import { memo, useEffect, useRef, useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../shared/model/plan';
import { navigate, planHash } from '../app/router';
import type { PlanSummary } from '../db';
import { useFormat } from '../i18n/format';
import { RenameField } from './RenameField';
import { LibraryRowActions, TrashRowActions } from './RowActions';
import { StatusBadge } from './StatusBadge';
import type { LibraryView } from './store';
import type { PlanActions } from './usePlanActions';

interface PlanRowProps {
  summary: PlanSummary;
  view: LibraryView;
  actions: PlanActions;
  onRequestDelete: (plan: Plan) => void;
}

/** One plan: the whole row opens it (the title is the keyboard's way in); trashed plans don't open. */
export const PlanRow = memo(function PlanRow({ summary, view, actions, onRequestDelete }: PlanRowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { plan } = summary;
  const [renaming, setRenaming] = useState(false);
  /** Set when Enter or Esc ended a rename: the keyboard user continues from the title. */
  const refocusTitle = useRef(false);
  const titleLink = useRef<HTMLAnchorElement>(null);
  const inTrash = view === 'trash';
  const title = plan.title || t('library.untitled');
  const shownAt = inTrash ? (plan.trashedAt ?? plan.updatedAt) : plan.updatedAt;

  useEffect(() => {
    if (renaming || !refocusTitle.current) return;
    refocusTitle.current = false;
    titleLink.current?.focus();
  }, [renaming]);

  const openFromRow = (event: MouseEvent<HTMLTableRowElement>) => {
    if (inTrash || renaming) return;
    if (event.target instanceof Element && event.target.closest('a, button, input')) return;
    navigate(planHash(plan.id));
  };
  const finishRename = (next: string | null, byKeyboard: boolean) => {
    refocusTitle.current = byKeyboard;
    setRenaming(false);
    if (next !== null && next !== plan.title) void actions.rename(plan, next);
  };

  return (
    <tr className={inTrash ? 'plan-row' : 'plan-row openable'} onClick={openFromRow}>
      <th scope="row" className="cell-title">
        {renaming ? (
          <RenameField initial={plan.title} onDone={finishRename} />
        ) : inTrash ? (
          <span className="plan-title">{title}</span>
        ) : (
          <a ref={titleLink} className="plan-title" href={planHash(plan.id)}>
            {title}
          </a>
        )}
      </th>
      <td className="cell-brand">
        <span className="clamp">{[plan.brand, plan.market].filter(Boolean).join(' · ')}</span>
      </td>
      <td>
        <StatusBadge status={plan.status} />
      </td>
      <td className="cell-date">
        <time dateTime={new Date(shownAt).toISOString()}>{format.dateTime(shownAt)}</time>
      </td>
      <td className="cell-count">{format.number(summary.elementCount)}</td>
      <td className="cell-actions">
        {inTrash ? (
          <TrashRowActions plan={plan} actions={actions} onDelete={() => onRequestDelete(plan)} />
        ) : (
          <LibraryRowActions plan={plan} actions={actions} onRename={() => setRenaming(true)} />
        )}
      </td>
    </tr>
  );
});
