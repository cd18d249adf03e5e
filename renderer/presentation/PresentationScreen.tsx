import { ReactFlowProvider } from '@xyflow/react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../canvas/store';
import { PlanMissing, useOpenPlan } from '../canvas/useOpenPlan';
import { Presentation } from './Presentation';
import './presentation.css';

/**
 * Presentation mode (`#/plan/<id>/present[/<step>]`, steps counted from 1 as the step
 * indicator shows them): the plan on a projector, full screen, one frame at a time. The plan is opened as the editor opens it (another window's
 * edits arrive the same way) and shown read-only.
 */
export function PresentationScreen({ planId, step }: { planId: string; step: number | null }) {
  const status = useEditor((s) => s.status);
  const { t } = useTranslation();
  useOpenPlan(planId, t('workshop.present.title'));

  if (status === 'missing') return <PlanMissing />;
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
