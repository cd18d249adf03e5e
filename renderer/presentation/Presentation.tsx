import { MarkerType, ReactFlow, useNodesInitialized, useReactFlow } from '@xyflow/react';
import { ChevronLeft, ChevronRight, ClipboardCheck, LayoutGrid, Maximize, Minimize, X } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, planHash, presentHash } from '../app/router';
import { edgeTypes } from '../canvas/edges';
import type { ElementFlowNode } from '../canvas/flowModel';
import { nodeTypes } from '../canvas/nodes';
import { onNodesChange, useEditor } from '../canvas/store';
import { useCommands } from '../commands/registry';
import { isEditableTarget } from '../commands/keyboard';
import { TimerReadout } from '../workshop/TimerControl';
import { useWorkshopNotice } from '../workshop/notice';
import { useTimerSignal } from '../workshop/useTimer';
import { enterFullscreen, exitFullscreen, isFullscreen } from './fullscreen';
import { presentKey, type PresentAction } from './keys';
import { moveStep, presentationSteps, type Step } from './steps';
import { StepReviews } from './StepReviews';

const DEFAULT_EDGE_OPTIONS = { markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 } };
/** Zooming from one step to the next; none when the system asks for reduced motion. */
const STEP_MS = 700;
const reducedMotion = () => typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

function stepTitle(step: Step, t: (key: string) => string): string {
  switch (step.kind) {
    case 'overview':
      return t('workshop.present.overview');
    case 'frame':
      return step.title.trim() || t('kinds.frame');
    case 'area':
      return t(`kinds.area.${step.area}`);
    case 'loose': {
      const titles = step.titles.map((title) => title.trim()).filter(Boolean);
      if (titles.length === 0) return t('workshop.present.outside');
      return titles.length > 3 ? `${titles.slice(0, 3).join(' · ')} …` : titles.join(' · ');
    }
  }
}

export function Presentation({ planId, initialStep }: { planId: string; initialStep: number }) {
  const { t } = useTranslation();
  const flow = useReactFlow<ElementFlowNode>();
  const nodes = useEditor((s) => s.nodes);
  const edges = useEditor((s) => s.edges);
  const elements = useEditor((s) => s.elements);
  const planTitle = useEditor((s) => s.plan?.title ?? '');
  const steps = useMemo(() => presentationSteps(Object.values(elements)), [elements]);
  const [index, setIndex] = useState(initialStep);
  const at = Math.max(0, Math.min(index, steps.length - 1));
  const step = steps[at]!;
  const [showReviews, setShowReviews] = useState(false);
  const [blank, setBlank] = useState(false);
  const [fullscreen, setFullscreen] = useState(isFullscreen);
  /** The step the overview key returns to. */
  const returnTo = useRef<number | null>(null);
  /** Full screen left by our own toggle, not by the browser's Esc. */
  const ownToggle = useRef(false);
  const stage = useRef<HTMLDivElement>(null);
  const initialized = useNodesInitialized();
  const fitted = useRef(false);
  const notice = useWorkshopNotice((s) => s.text);
  useTimerSignal();

  const fit = useCallback(
    (target: Step, duration: number) => {
      const ids = target.elementIds.filter((id) => flow.getInternalNode(id));
      if (ids.length === 0) return void flow.fitView({ duration });
      const bounds = flow.getNodesBounds(ids);
      void flow.fitBounds(bounds, { padding: target.kind === 'overview' ? 0.04 : 0.06, duration, interpolate: 'smooth' });
    },
    [flow],
  );

  const current = useRef(step);
  current.current = step;

  // Each step zooms to its elements (not again when another window edits them); the first
  // fit, and every fit when the system asks for reduced motion, is instant.
  useEffect(() => {
    if (!initialized) return;
    fit(current.current, fitted.current && !reducedMotion() ? STEP_MS : 0);
    fitted.current = true;
  }, [initialized, step.id, fit]);

  // The stage changes size with full screen and the verdicts panel: the step fits again.
  useEffect(() => {
    const element = stage.current;
    if (!element || !initialized) return;
    let size = `${element.clientWidth}x${element.clientHeight}`;
    const observer = new ResizeObserver(() => {
      const next = `${element.clientWidth}x${element.clientHeight}`;
      if (next !== size) fit(current.current, 0);
      size = next;
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [initialized, fit]);

  // A reload keeps the presenter's place; replacing keeps Back meaning "leave the presentation".
  useEffect(() => {
    window.history.replaceState(window.history.state, '', presentHash(planId, at > 0 ? at + 1 : null));
  }, [planId, at]);

  const leave = useCallback(() => {
    ownToggle.current = true;
    void exitFullscreen();
    navigate(planHash(planId));
  }, [planId]);

  useEffect(() => {
    const onChange = () => {
      const now = isFullscreen();
      setFullscreen(now);
      // Esc in full screen belongs to the browser: leaving full screen that way leaves the presentation.
      if (!now && !ownToggle.current) leave();
      ownToggle.current = false;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [leave]);

  const act = useCallback(
    (action: PresentAction) => {
      switch (action) {
        case 'next':
        case 'previous':
        case 'first':
        case 'last':
          returnTo.current = null;
          setIndex(moveStep(at, steps.length, action));
          return;
        case 'overview':
          if (at !== 0) {
            returnTo.current = at;
            setIndex(0);
          } else if (returnTo.current !== null) {
            setIndex(returnTo.current);
            returnTo.current = null;
          }
          return;
        case 'reviews':
          setShowReviews((shown) => !shown);
          return;
        case 'fullscreen':
          if (isFullscreen()) {
            ownToggle.current = true;
            void exitFullscreen();
          } else void enterFullscreen();
          return;
        case 'blank':
          setBlank(true);
          return;
        case 'leave':
          leave();
      }
    },
    [at, steps.length, leave],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || document.querySelector('dialog[open]') || isEditableTarget(event.target)) return;
      if (blank) {
        event.preventDefault();
        setBlank(false);
        return;
      }
      // Enter and Space on a focused button press that button.
      if ((event.key === 'Enter' || event.key === ' ') && event.target instanceof HTMLButtonElement) return;
      const action = presentKey(event);
      if (!action) return;
      event.preventDefault();
      act(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [act, blank]);

  useCommands({
    'plan.library': () => navigate('#/'),
    'view.present': () => act('first'),
  });

  const title = stepTitle(step, t);
  const empty = steps.length === 1 && step.elementIds.length === 0;
  return (
    <main className={`presentation${showReviews ? '' : ' presentation--quiet'}`} aria-label={t('workshop.present.label', { title: planTitle })}>
      <div className="presentation__body">
        <div className="presentation__stage" ref={stage}>
          <ReactFlow
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            // Measurements only (nothing here selects or moves): React Flow knows the nodes' sizes once they are back.
            onNodesChange={onNodesChange}
            nodesDraggable={false}
            nodesConnectable={false}
            elementsSelectable={false}
            nodesFocusable={false}
            edgesFocusable={false}
            deleteKeyCode={null}
            selectionKeyCode={null}
            multiSelectionKeyCode={null}
            panActivationKeyCode={null}
            zoomActivationKeyCode={null}
            zoomOnDoubleClick={false}
            minZoom={0.05}
            maxZoom={2.4}
            defaultEdgeOptions={DEFAULT_EDGE_OPTIONS}
            defaultMarkerColor={null}
          />
          {empty && <p className="presentation__empty">{t('workshop.present.empty')}</p>}
        </div>
        {showReviews && <StepReviews step={step} />}
      </div>
      <nav className="presentation__bar" aria-label={t('workshop.present.controls')}>
        <button type="button" className="icon-button" aria-label={t('workshop.present.previous')} title={t('workshop.present.previous')} disabled={at === 0} onClick={() => act('previous')}>
          <ChevronLeft size={22} aria-hidden="true" />
        </button>
        <span className="presentation__count">
          {at + 1} / {steps.length}
        </span>
        <button type="button" className="icon-button" aria-label={t('workshop.present.next')} title={t('workshop.present.next')} disabled={at === steps.length - 1} onClick={() => act('next')}>
          <ChevronRight size={22} aria-hidden="true" />
        </button>
        <h1 className="presentation__title">{title}</h1>
        <span className="presentation__plan">{planTitle}</span>
        <TimerReadout />
        <span className="presentation__keys" aria-hidden="true">
          {t('workshop.present.keys')}
        </span>
        <PresentToggle label={t('workshop.present.showOverview')} pressed={at === 0} onClick={() => act('overview')} icon={LayoutGrid} />
        <PresentToggle label={t('workshop.present.reviews')} pressed={showReviews} onClick={() => act('reviews')} icon={ClipboardCheck} />
        <PresentToggle label={t('workshop.present.fullscreen')} pressed={fullscreen} onClick={() => act('fullscreen')} icon={fullscreen ? Minimize : Maximize} />
        <button type="button" className="icon-button" aria-label={t('workshop.present.leave')} title={t('workshop.present.leave')} onClick={leave}>
          <X size={22} aria-hidden="true" />
        </button>
      </nav>
      <p className="visually-hidden" aria-live="polite">
        {t('workshop.present.step', { current: at + 1, total: steps.length, title })}
      </p>
      <p className="visually-hidden" role="status">
        {notice}
      </p>
      {blank && (
        <div className="presentation__blank" role="status">
          <span className="visually-hidden">{t('workshop.present.blanked')}</span>
        </div>
      )}
    </main>
  );
}

function PresentToggle({ label, pressed, onClick, icon: Icon }: { label: string; pressed: boolean; onClick: () => void; icon: typeof X }) {
  return (
    <button type="button" className="icon-button presentation__toggle" aria-label={label} title={label} aria-pressed={pressed} onClick={onClick}>
      <Icon size={20} aria-hidden="true" />
    </button>
  );
}
