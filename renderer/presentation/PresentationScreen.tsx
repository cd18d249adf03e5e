import { ReactFlowProvider } from '@xyflow/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/router';
import { useSession } from '../app/session';
import { closePlan, openPlan, receiveChanges, useEditor } from '../canvas/store';
import { closeReviews, openReviews } from '../review/store';
import { onSync } from '../sync/channel';
import { closeWorkshop, openWorkshop } from '../workshop/store';
import { Presentation } from './Presentation';
import './presentation.css';

/**
 * Presentation mode (`#/plan/<id>/present[/<step>]`, steps counted from 1 as the step
 * indicator shows them): the plan on a projector, full screen, one frame at a time. The plan is opened as the editor opens it (another window's
 * edits arrive the same way) and shown read-only.
 */
export function PresentationScreen({ planId, step }: { planId: string; step: number | null }) {
  const session = useSession();
  const status = useEditor((s) => s.status);
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
    const mode = t('workshop.present.title');
    document.title = title ? `${mode} · ${title} · ${t('common.appName')}` : `${mode} · ${t('common.appName')}`;
  }, [title, t]);

  if (status === 'missing') {
    return (
      <main className="centered-screen">
        <p>{t('canvas.missing')}</p>
        <button type="button" className="primary" onClick={() => navigate('#/')}>
          {t('canvas.toolbar.back')}
        </button>
      </main>
    );
  }
  if (status !== 'ready') {
    return (
      <main className="centered-screen" aria-busy="true">
        <p>{t('common.opening')}</p>
      </main>
    );
  }
  return (
    <ReactFlowProvider>
      <Presentation planId={planId} initialStep={Math.max(0, (step ?? 1) - 1)} />
    </ReactFlowProvider>
  );
}
