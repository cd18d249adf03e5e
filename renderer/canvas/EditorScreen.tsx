import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { briefHash, navigate, planHash, reviewHash } from '../app/router';
import { rememberSelection } from '../brief/selection';
import { useSession } from '../app/session';
import { useCommands } from '../commands/registry';
import { PlanHistoryPanel } from '../history/PlanHistory';
import { useCan } from '../profile/store';
import { ReviewDock } from '../review/ReviewDock';
import { PlanNotice } from '../review/SignoffPanel';
import { copySelection, deleteSelection, groupSelection, pasteText } from './actions';
import './canvas.css';
import { layoutPlan } from './layout';
import { CoverageBar } from './panels/CoverageBar';
import { FOCUS_TITLE_EVENT } from './panels/ElementInspector';
import { HelpOverlay } from './panels/HelpOverlay';
import { Inspector } from './panels/Inspector';
import { Palette } from './panels/Palette';
import { Toolbar } from './panels/Toolbar';
import { PlanCanvas } from './PlanCanvas';
import { useRevealOnCanvas } from './reveal';
import { redoLast, selectAll, selectedIds, undoLast, useEditor } from './store';
import { PlanMissing, useOpenPlan } from './useOpenPlan';
import { useElementClipboard } from './useClipboard';
import { useWorkshopPrefs } from '../workshop/deviceState';
import { WorkshopLayer } from '../workshop/WorkshopLayer';

const MINIMAP_DEFAULT_LIMIT = 1000;

export function EditorScreen({ planId }: { planId: string }) {
  const status = useEditor((s) => s.status);
  useOpenPlan(planId);

  if (status === 'missing') return <PlanMissing />;
  return (
    <ReactFlowProvider>
      <Editor planId={planId} ready={status === 'ready'} />
    </ReactFlowProvider>
  );
}

function Editor({ planId, ready }: { planId: string; ready: boolean }) {
  const { t } = useTranslation();
  const { platform } = useSession();
  const flow = useReactFlow();
  // The overview map draws every element: on by default, except for very large plans.
  const [minimapChoice, setMinimapChoice] = useState<boolean | null>(null);
  const smallPlan = useEditor((s) => s.nodes.length <= MINIMAP_DEFAULT_LIMIT);
  const showMinimap = minimapChoice ?? smallPlan;
  const [showHelp, setShowHelp] = useState(false);
  const canEdit = useCan('editContent');
  // Side panels the workshop can hide, so the canvas has the room on a projector.
  const showPalette = useWorkshopPrefs((s) => s.palette);
  const showInspector = useWorkshopPrefs((s) => s.inspector);
  useElementClipboard();
  useRevealOnCanvas();

  useCommands({
    'plan.library': () => navigate('#/'),
    'window.new': () => void platform.openWindow(planHash(planId)),
    'edit.undo': () => void undoLast(),
    'edit.redo': () => void redoLast(),
    'edit.copy': () => document.execCommand('copy'),
    'edit.cut': () => document.execCommand('cut'),
    'edit.paste': () => document.execCommand('paste') || pasteText(undefined),
    'edit.delete': deleteSelection,
    'edit.selectAll': selectAll,
    'edit.duplicate': () => pasteText(copySelection() ?? undefined),
    'edit.group': () => groupSelection(t('kinds.frame')),
    'view.zoomIn': () => void flow.zoomIn(),
    'view.zoomOut': () => void flow.zoomOut(),
    'view.zoomToFit': () => void flow.fitView({ padding: 0.1, duration: 200 }),
    'view.toggleMinimap': () => setMinimapChoice(!showMinimap),
    'view.autoLayout': () => void layoutPlan().then(() => flow.fitView({ padding: 0.1, duration: 200 })),
    'help.shortcuts': () => setShowHelp(true),
    // Review mode starts at the element selected on the canvas, if exactly one is.
    // The brief view can export just the selected elements as an image.
    'plan.brief': () => {
      rememberSelection(planId, selectedIds().elements);
      navigate(briefHash(planId));
    },
    'review.start': () => navigate(reviewHash(planId, selectedIds().elements.length === 1 ? selectedIds().elements[0] : null)),
  });

  return (
    <div className="editor" onDoubleClick={(e) => (e.target as HTMLElement).closest('.react-flow__node') && window.dispatchEvent(new Event(FOCUS_TITLE_EVENT))}>
      <Toolbar showMinimap={showMinimap} />
      <CoverageBar />
      <PlanNotice />
      <div className="editor__body">
        {canEdit && showPalette && <Palette />}
        <main className="editor__canvas" aria-busy={!ready} aria-label={t('canvas.label')}>
          {ready && <PlanCanvas showMinimap={showMinimap} />}
          {ready && <ReviewDock />}
          {ready && <WorkshopLayer />}
        </main>
        <PlanHistoryPanel />
        {showInspector && <Inspector />}
      </div>
      {showHelp && <HelpOverlay onClose={() => setShowHelp(false)} />}
    </div>
  );
}
