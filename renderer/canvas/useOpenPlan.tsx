import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/router';
import { useSession } from '../app/session';
import { closeReviews, openReviews } from '../review/store';
import { onSync } from '../sync/channel';
import { closeWorkshop, openWorkshop } from '../workshop/store';
import { closePlan, openPlan, receiveChanges, useEditor } from './store';

/**
 * Opens a plan for a screen that shows it (canvas, review mode, presentation): its content,
 * reviews and workshop records, kept in step with other windows, closed on leaving. The
 * window is titled after the plan and the screen's mode.
 */
export function useOpenPlan(planId: string, mode?: string) {
  const session = useSession();
  const title = useEditor((s) => s.plan?.title);
  const { t } = useTranslation();

  useEffect(() => {
    void openPlan(session, planId);
    void openReviews(session, planId);
    void openWorkshop(session, planId);
    const stop = onSync((message) => {
      if (message.type === 'changes') receiveChanges(message.planId, message.changes);
    });
    return () => {
      stop();
      closePlan();
      closeReviews();
      closeWorkshop();
    };
  }, [session, planId]);

  useEffect(() => {
    document.title = [mode, title, t('common.appName')].filter(Boolean).join(' · ');
  }, [mode, title, t]);
}

/** Shown instead of a screen whose plan was deleted (or never existed here). */
export function PlanMissing() {
  const { t } = useTranslation();
  return (
    <main className="centered-screen">
      <p>{t('canvas.missing')}</p>
      <button type="button" className="primary" onClick={() => navigate('#/')}>
        {t('canvas.toolbar.back')}
      </button>
    </main>
  );
}
