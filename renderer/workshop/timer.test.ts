import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TIMER,
  endedAt,
  formatClock,
  pause,
  phase,
  remaining,
  reset,
  setMinutes,
  signalDue,
  start,
  timerStateSchema,
} from './timer';

const MIN = 60_000;

describe('workshop timer', () => {
  it('counts down from the set length on the wall clock', () => {
    const t = start(setMinutes(DEFAULT_TIMER, 10), 1_000);
    expect(phase(t, 1_000)).toBe('running');
    expect(remaining(t, 1_000 + 3 * MIN)).toBe(7 * MIN);
    expect(formatClock(remaining(t, 1_000 + 3 * MIN + 500))).toBe('07:00');
  });

  it('pauses and resumes without losing or gaining time', () => {
    let t = start(setMinutes(DEFAULT_TIMER, 5), 0);
    t = pause(t, 2 * MIN);
    expect(phase(t, 10 * MIN)).toBe('paused');
    expect(remaining(t, 10 * MIN)).toBe(3 * MIN);
    t = start(t, 20 * MIN);
    expect(remaining(t, 21 * MIN)).toBe(2 * MIN);
    // Pausing or starting twice changes nothing.
    expect(start(t, 21 * MIN)).toBe(t);
    const paused = pause(t, 21 * MIN);
    expect(pause(paused, 22 * MIN)).toBe(paused);
  });

  it('runs out, stays at zero, and starts over from a finished state', () => {
    const t = start(setMinutes(DEFAULT_TIMER, 1), 0);
    expect(phase(t, MIN)).toBe('done');
    expect(remaining(t, 5 * MIN)).toBe(0);
    expect(endedAt(t, 5 * MIN)).toBe(MIN);
    const again = start(t, 6 * MIN);
    expect(phase(again, 6 * MIN)).toBe('running');
    expect(remaining(again, 6 * MIN + 1_000)).toBe(59_000);
  });

  it('signals the end once: with sound when it just ran out, quietly when it ran out long ago', () => {
    const t = start(setMinutes(DEFAULT_TIMER, 1), 0);
    expect(signalDue(t, 30_000)).toBeNull();
    expect(signalDue(t, MIN + 2_000)).toBe('sound');
    expect(signalDue(t, MIN + 60_000)).toBe('quiet');
    expect(signalDue({ ...t, signalled: true }, MIN + 2_000)).toBeNull();
    expect(signalDue(reset(t), MIN + 2_000)).toBeNull();
  });

  it('resets to the set length and clamps minutes', () => {
    const t = reset(pause(start(setMinutes(DEFAULT_TIMER, 7), 0), MIN));
    expect(phase(t, 5 * MIN)).toBe('idle');
    expect(remaining(t, 5 * MIN)).toBe(7 * MIN);
    expect(setMinutes(DEFAULT_TIMER, 0).durationMs).toBe(MIN);
    expect(setMinutes(DEFAULT_TIMER, 999).durationMs).toBe(180 * MIN);
    expect(setMinutes(DEFAULT_TIMER, 2.6).durationMs).toBe(3 * MIN);
    expect(setMinutes(DEFAULT_TIMER, Number.NaN).durationMs).toBe(5 * MIN);
  });

  it('formats minutes and seconds, rounding up, and hours when needed', () => {
    expect(formatClock(5 * MIN)).toBe('05:00');
    expect(formatClock(5 * MIN - 1)).toBe('05:00');
    expect(formatClock(4 * MIN + 59_000)).toBe('04:59');
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(65 * MIN)).toBe('1:05:00');
  });

  it('keeps only valid stored states', () => {
    expect(timerStateSchema.safeParse(DEFAULT_TIMER).success).toBe(true);
    expect(timerStateSchema.safeParse({ ...DEFAULT_TIMER, durationMs: -1 }).success).toBe(false);
  });
});
