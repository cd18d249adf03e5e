import { Pause, Play, RotateCcw, Timer, Volume2, VolumeX } from 'lucide-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { togglePref, updateTimer, useWorkshopPrefs } from './deviceState';
import { formatClock, MAX_MINUTES, MIN_MINUTES, pause, remaining, reset, setMinutes, start, type TimerPhase } from './timer';
import { useTimerPhase } from './useTimer';

/** The clock as the room reads it: a timer role, with the state in words for screen readers. */
function Clock({ phase, ms, className }: { phase: TimerPhase; ms: number; className: string }) {
  const { t } = useTranslation();
  const time = formatClock(ms);
  const words = phase === 'done' ? t('workshop.timer.done') : phase === 'paused' ? t('workshop.timer.paused', { time }) : t('workshop.timer.left', { time });
  return (
    <span className={`${className} is-${phase}`} role="timer" aria-label={words} title={words}>
      {phase === 'done' ? <span aria-hidden="true">{time}</span> : time}
    </span>
  );
}

/** The step timer in the workshop bar: minutes while idle, then the clock with start/pause, reset and the beep. */
export function TimerControl() {
  const { t } = useTranslation();
  const id = useId();
  const { timer, now, phase } = useTimerPhase();
  const sound = useWorkshopPrefs((s) => s.sound);
  const minutes = Math.round(timer.durationMs / 60_000);
  const [draft, setDraft] = useState(String(minutes));
  useEffect(() => setDraft(String(minutes)), [minutes]);

  const commitMinutes = () => {
    const value = Number(draft);
    if (draft.trim() === '' || !Number.isFinite(value)) return setDraft(String(minutes));
    updateTimer((state) => setMinutes(state, value));
  };
  const running = phase === 'running';
  const playLabel = running ? t('workshop.timer.pause') : phase === 'paused' ? t('workshop.timer.resume') : phase === 'done' ? t('workshop.timer.restart') : t('workshop.timer.start');

  return (
    <div className={`wtimer is-${phase}`} role="group" aria-label={t('workshop.timer.label')}>
      {phase === 'idle' ? (
        <>
          <Timer size={16} aria-hidden="true" className="wtimer__icon" />
        <span className="wtimer__minutes">
          <label htmlFor={id} className="visually-hidden">
            {t('workshop.timer.minutes')}
          </label>
          <input
            id={id}
            type="number"
            inputMode="numeric"
            min={MIN_MINUTES}
            max={MAX_MINUTES}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={commitMinutes}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                const value = Number(draft);
                updateTimer((state, at) => start(draft.trim() !== '' && Number.isFinite(value) ? setMinutes(state, value) : state, at));
              }
            }}
          />
          <span aria-hidden="true">{t('workshop.timer.minutesShort')}</span>
        </span>
        </>
      ) : (
        <Clock phase={phase} ms={remaining(timer, now)} className="wtimer__clock" />
      )}
      <button
        type="button"
        className="icon-button"
        aria-label={playLabel}
        title={playLabel}
        onClick={() => {
          if (phase === 'idle') commitMinutes();
          updateTimer((state, at) => (running ? pause(state, at) : start(state, at)));
        }}
      >
        {running ? <Pause size={16} aria-hidden="true" /> : <Play size={16} aria-hidden="true" />}
      </button>
      {phase !== 'idle' && (
        <button type="button" className="icon-button" aria-label={t('workshop.timer.reset')} title={t('workshop.timer.reset')} onClick={() => updateTimer((state) => reset(state))}>
          <RotateCcw size={16} aria-hidden="true" />
        </button>
      )}
      <button
        type="button"
        className="icon-button"
        aria-label={t('workshop.timer.sound')}
        title={t('workshop.timer.sound')}
        aria-pressed={sound}
        onClick={() => togglePref('sound')}
      >
        {sound ? <Volume2 size={16} aria-hidden="true" /> : <VolumeX size={16} aria-hidden="true" />}
      </button>
    </div>
  );
}

/** The clock alone (presentation mode, the folded workshop bar): shown while the timer is not idle. */
export function TimerReadout() {
  const { t } = useTranslation();
  const { timer, now, phase } = useTimerPhase();
  if (phase === 'idle') return null;
  return (
    <span className={`wtimer-readout is-${phase}`}>
      <Timer size={18} aria-hidden="true" />
      <Clock phase={phase} ms={remaining(timer, now)} className="wtimer__clock" />
      <span className="visually-hidden">{t('workshop.timer.label')}</span>
    </span>
  );
}
