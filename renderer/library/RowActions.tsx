import { Copy, Pencil, RotateCcw, Trash, X } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../shared/model/plan';
import type { PlanActions } from './usePlanActions';

/** A compact icon button; its label is its accessible name and its tooltip. */
function IconButton({ label, onClick, children }: { label: string; onClick: () => void; children: ReactNode }) {
  return (
    <button type="button" className="icon-button" aria-label={label} title={label} onClick={onClick}>
      {children}
    </button>
  );
}

export function LibraryRowActions({ plan, actions, onRename }: { plan: Plan; actions: PlanActions; onRename: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="row-actions">
      <IconButton label={t('common.actions.rename')} onClick={onRename}>
        <Pencil size={16} />
      </IconButton>
      <IconButton label={t('common.actions.duplicate')} onClick={() => void actions.duplicate(plan)}>
        <Copy size={16} />
      </IconButton>
      <IconButton label={t('library.moveToTrash')} onClick={() => void actions.trash(plan)}>
        <Trash size={16} />
      </IconButton>
    </div>
  );
}

/** In the trash the two actions are the point of the screen: spelled out, not iconised. */
export function TrashRowActions({ plan, actions, onDelete }: { plan: Plan; actions: PlanActions; onDelete: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="row-actions">
      <button type="button" className="quiet" onClick={() => void actions.restore(plan)}>
        <RotateCcw size={16} />
        {t('common.actions.restore')}
      </button>
      <button type="button" className="quiet danger" onClick={onDelete}>
        <X size={16} />
        {t('library.deleteForever')}
      </button>
    </div>
  );
}
