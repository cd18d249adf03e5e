import i18next from 'i18next';
import { useEffect, useState } from 'react';
import { beep } from './beep';
import { updateTimer, usePlanDevice, useWorkshopPrefs } from './deviceState';
import { announce } from './notice';
import { phase, remaining, signalDue } from './timer';

const TICK_MS = 250;

/** The wall clock, ticking while the open plan's timer runs. */
export function useTimerNow(): number {
  const startedAt = usePlanDevice((s) => s.timer.startedAt);
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    setNow(Date.now());
    if (startedAt === null) return;
    const id = setInterval(() => {
      const at = Date.now();
      setNow(at);
      // At zero the clock stands still: no more ticks until it is started again.
      if (remaining(usePlanDevice.getState().timer, at) === 0) clearInterval(id);
    }, TICK_MS);
    return () => clearInterval(id);
  }, [startedAt]);
  return now;
}

/**
 * Signals the end of the timer once, wherever the plan is open (the editor, presentation
 * mode): the clock pulses (CSS, while the timer stays at zero), a live region says so, and
 * a soft beep sounds when it just ran out and the sound is on.
 */
export function useTimerSignal(): void {
  const timer = usePlanDevice((s) => s.timer);
  const now = useTimerNow();
  const sound = useWorkshopPrefs((s) => s.sound);
  useEffect(() => {
    const due = signalDue(timer, now);
    if (!due) return;
    updateTimer((state) => ({ ...state, signalled: true }));
    announce(i18next.t('workshop.timer.done'));
    if (due === 'sound' && sound) beep();
  }, [timer, now, sound]);
}

export function useTimerPhase() {
  const timer = usePlanDevice((s) => s.timer);
  const now = useTimerNow();
  return { timer, now, phase: phase(timer, now) };
}
