import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../shared/model/plan';
import { useSession } from '../app/session';
import { deleteForever, duplicatePlan, moveToTrash, renamePlan, restoreFromTrash } from './actions';
import { errorMessage } from './errorMessage';
import { showNotice } from './store';

export type PlanActions = ReturnType<typeof usePlanActions>;

/** The row actions, each reporting its outcome (or its failure) in the notice bar. Never rejects. */
export function usePlanActions() {
  const session = useSession();
  const { t } = useTranslation();
  return useMemo(() => {
    const titleOf = (plan: Plan) => plan.title || t('library.untitled');
    const attempt = async (work: () => Promise<void>) => {
      try {
        await work();
      } catch (error) {
        showNotice(t('library.notice.failed', { message: errorMessage(error) }));
      }
    };
    const restore = (plan: Plan) =>
      attempt(async () => {
        await restoreFromTrash(session, plan);
        showNotice(t('library.notice.restored', { title: titleOf(plan) }));
      });
    return {
      rename: (plan: Plan, title: string) =>
        attempt(async () => {
          await renamePlan(session, plan, title);
        }),
      duplicate: (plan: Plan) =>
        attempt(async () => {
          const title = t('library.copyOf', { title: titleOf(plan) });
          await duplicatePlan(session, plan, title);
          showNotice(t('library.notice.duplicated', { title }));
        }),
      trash: (plan: Plan) =>
        attempt(async () => {
          const trashed = await moveToTrash(session, plan);
          showNotice(t('library.notice.trashed', { title: titleOf(plan) }), () => void restore(trashed));
        }),
      restore,
      deleteForever: (plan: Plan) =>
        attempt(async () => {
          await deleteForever(session, plan);
          showNotice(t('library.notice.deleted', { title: titleOf(plan) }));
        }),
    };
  }, [session, t]);
}
