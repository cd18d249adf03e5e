import { useReactFlow } from '@xyflow/react';
import { ChevronDown, ChevronLeft, ChevronRight, Lock, LockOpen, StickyNote, Vote, Wrench } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate, presentHash } from '../app/router';
import { FOCUS_TITLE_EVENT } from '../canvas/panels/ElementInspector';
import { useEditor } from '../canvas/store';
import { useCommands } from '../commands/registry';
import { useCan } from '../profile/store';
import { enterFullscreen } from '../presentation/fullscreen';
import { captureNote } from './captureNote';
import { setPref, setVotingAs, togglePref, updateTimer, usePositionsLocked, useWorkshopPrefs } from './deviceState';
import { toggleLock } from './lock';
import { useWorkshopNotice } from './notice';
import { pause, phase, start } from './timer';
import { TimerControl, TimerReadout } from './TimerControl';
import { QUICK_CAPTURE_ID, VOTE_BUTTON_ID, focusQuickCapture, toggleVotePanel, useWorkshopUi } from './ui';
import { useTimerPhase, useTimerSignal } from './useTimer';
import { VotePanel } from './VotePanel';
import { useVoteView } from './votes';
import './workshop.css';

/**
 * The workshop over the editor's canvas: the workshop bar (quick capture, the step timer,
 * the dot vote, the facilitator lock) along the bottom, the vote panel, what is going on
 * (voting as…, positions locked) at the top, and the tabs that hide the side panels. The
 * workshop's commands are answered here.
 */
export function WorkshopLayer() {
  const planId = useEditor((s) => s.planId);
  const canEdit = useCan('editContent');
  const votePanel = useWorkshopUi((s) => s.votePanel);
  const bar = useWorkshopPrefs((s) => s.bar);
  useTimerSignal();
  useInspectorOnDemand();

  useCommands({
    'view.present': () => {
      // Asked for while the click or key is being handled: browsers allow full screen only then.
      void enterFullscreen();
      navigate(presentHash(planId));
    },
    'view.toggleInspector': () => togglePref('inspector'),
    'workshop.timer': () => updateTimer((state, now) => (phase(state, now) === 'running' ? pause(state, now) : start(state, now))),
    'workshop.vote': toggleVotePanel,
    // Only those who edit content add elements, show the palette or hold positions.
    ...(canEdit
      ? {
          'view.togglePalette': () => togglePref('palette'),
          'workshop.capture': focusQuickCapture,
          'workshop.lock': toggleLock,
        }
      : {}),
  });

  return (
    <>
      <WorkshopStatus />
      {votePanel && <VotePanel />}
      {bar ? <WorkshopBar /> : <FoldedBar />}
      <PanelTabs />
    </>
  );
}

/** A double-click on a node asks for its title in the inspector: a hidden inspector comes back for it. */
function useInspectorOnDemand() {
  useEffect(() => {
    const onFocusTitle = () => {
      if (useWorkshopPrefs.getState().inspector) return;
      setPref('inspector', true);
      requestAnimationFrame(() => window.dispatchEvent(new Event(FOCUS_TITLE_EVENT)));
    };
    window.addEventListener(FOCUS_TITLE_EVENT, onFocusTitle);
    return () => window.removeEventListener(FOCUS_TITLE_EVENT, onFocusTitle);
  }, []);
}

function WorkshopBar() {
  const { t } = useTranslation();
  const canEdit = useCan('editContent');
  const locked = usePositionsLocked();
  const votePanel = useWorkshopUi((s) => s.votePanel);
  const voter = useVoteView((s) => s.voter);
  const left = useVoteView((s) => s.voterLeft);
  const notice = useWorkshopNotice((s) => s.text);
  return (
    <section className="workshop-bar" aria-label={t('workshop.bar.label')}>
      {canEdit && <QuickCapture />}
      <TimerControl />
      <button
        type="button"
        id={VOTE_BUTTON_ID}
        className={`workshop-bar__vote${voter ? ' is-voting' : ''}`}
        aria-expanded={votePanel}
        onClick={toggleVotePanel}
        title={voter ? t('workshop.vote.voting', { name: voter }) : t('workshop.vote.open')}
      >
        <Vote size={16} aria-hidden="true" />
        {voter ? (
          <>
            <span className="visually-hidden">{t('workshop.vote.open')}: </span>
            <span className="workshop-bar__vote-label">{voter}</span>
            <span className="workshop-bar__vote-left" aria-hidden="true">
              {left}
            </span>
            <span className="visually-hidden">, {t('workshop.vote.left', { count: left })}</span>
          </>
        ) : (
          <span className="workshop-bar__vote-label">{t('workshop.vote.open')}</span>
        )}
      </button>
      {canEdit && (
        <button
          type="button"
          className={`icon-button workshop-bar__lock${locked ? ' is-locked' : ''}`}
          aria-label={t('workshop.lock.lock')}
          title={locked ? t('workshop.lock.unlock') : t('workshop.lock.lock')}
          aria-pressed={locked}
          onClick={toggleLock}
        >
          {locked ? <Lock size={16} aria-hidden="true" /> : <LockOpen size={16} aria-hidden="true" />}
        </button>
      )}
      <button type="button" className="icon-button" aria-label={t('workshop.bar.hide')} title={t('workshop.bar.hide')} onClick={() => setPref('bar', false)}>
        <ChevronDown size={16} aria-hidden="true" />
      </button>
      <p className="workshop-bar__notice" role="status">
        {notice}
      </p>
    </section>
  );
}

/** The bar folded away: one button to bring it back, with the clock while the timer is on. */
function FoldedBar() {
  const { t } = useTranslation();
  const notice = useWorkshopNotice((s) => s.text);
  const { phase } = useTimerPhase();
  return (
    <div className="workshop-folded">
      <button type="button" className="workshop-folded__open" aria-label={t('workshop.bar.show')} title={t('workshop.bar.show')} onClick={() => setPref('bar', true)}>
        <Wrench size={16} aria-hidden="true" />
      </button>
      {phase !== 'idle' && <TimerReadout />}
      <p className="visually-hidden" role="status">
        {notice}
      </p>
    </div>
  );
}

function QuickCapture() {
  const { t } = useTranslation();
  const flow = useReactFlow();
  const [text, setText] = useState('');
  return (
    <form
      className="quick-capture"
      onSubmit={(event) => {
        event.preventDefault();
        const title = text.trim().replace(/\s+/g, ' ');
        if (!title) return;
        captureNote(flow, title.slice(0, 1000));
        setText('');
      }}
    >
      <StickyNote size={16} aria-hidden="true" className="quick-capture__icon" />
      <input
        id={QUICK_CAPTURE_ID}
        aria-label={t('workshop.capture.label')}
        placeholder={t('workshop.capture.placeholder')}
        value={text}
        maxLength={1000}
        autoComplete="off"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setText('');
            e.currentTarget.blur();
          }
        }}
      />
      <kbd className="quick-capture__key" aria-hidden="true">
        {t('workshop.capture.shortcut')}
      </kbd>
    </form>
  );
}

/** What the room should know at a glance: who is voting, and that positions are locked. */
function WorkshopStatus() {
  const { t } = useTranslation();
  const voter = useVoteView((s) => s.voter);
  const left = useVoteView((s) => s.voterLeft);
  const locked = usePositionsLocked();
  const canEdit = useCan('editContent');
  if (!voter && !locked) return null;
  return (
    <div className="workshop-status">
      {voter && (
        <p className="workshop-status__chip is-voting">
          <Vote size={16} aria-hidden="true" />
          <span>
            {t('workshop.vote.voting', { name: voter })} · {t('workshop.vote.left', { count: left })}
          </span>
          <button type="button" className="quiet" onClick={() => setVotingAs(null)}>
            {t('workshop.vote.stop')}
          </button>
        </p>
      )}
      {locked && (
        <p className="workshop-status__chip is-locked">
          <Lock size={16} aria-hidden="true" />
          <span>{t('workshop.lock.on')}</span>
          {canEdit && (
            <button type="button" className="quiet" onClick={toggleLock}>
              {t('workshop.lock.unlock')}
            </button>
          )}
        </p>
      )}
    </div>
  );
}

/** Tabs on the canvas's edges that hide and show the side panels, so the canvas can have the room. */
function PanelTabs() {
  const { t } = useTranslation();
  const canEdit = useCan('editContent');
  const palette = useWorkshopPrefs((s) => s.palette);
  const inspector = useWorkshopPrefs((s) => s.inspector);
  return (
    <>
      {canEdit && (
        <button
          type="button"
          className="panel-tab panel-tab--left"
          aria-label={palette ? t('workshop.panels.hidePalette') : t('workshop.panels.showPalette')}
          title={palette ? t('workshop.panels.hidePalette') : t('workshop.panels.showPalette')}
          onClick={() => togglePref('palette')}
        >
          {palette ? <ChevronLeft size={14} aria-hidden="true" /> : <ChevronRight size={14} aria-hidden="true" />}
        </button>
      )}
      <button
        type="button"
        className="panel-tab panel-tab--right"
        aria-label={inspector ? t('workshop.panels.hideInspector') : t('workshop.panels.showInspector')}
        title={inspector ? t('workshop.panels.hideInspector') : t('workshop.panels.showInspector')}
        onClick={() => togglePref('inspector')}
      >
        {inspector ? <ChevronRight size={14} aria-hidden="true" /> : <ChevronLeft size={14} aria-hidden="true" />}
      </button>
    </>
  );
}
