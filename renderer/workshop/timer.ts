import { z } from 'zod';

/**
 * A countdown for one step of a workshop, as plain data and pure arithmetic: it runs on
 * the wall clock (a start time plus what ran before a pause), so it survives a reload and
 * keeps time in a background tab. Kept per plan on this device (timerStore.ts).
 */
export const timerStateSchema = z.object({
  durationMs: z.number().int().positive().max(24 * 3_600_000),
  /** When the current run began (ms since 1970), or null while stopped. */
  startedAt: z.number().nonnegative().nullable(),
  /** Time run before the current run (pauses split runs). */
  elapsedMs: z.number().nonnegative(),
  /** The end has been signalled: a reload does not signal it again. */
  signalled: z.boolean(),
});
export type TimerState = z.infer<typeof timerStateSchema>;

export type TimerPhase = 'idle' | 'running' | 'paused' | 'done';

export const MIN_MINUTES = 1;
export const MAX_MINUTES = 180;
export const DEFAULT_MINUTES = 5;
/** An end older than this when the page comes back (a reload, a woken laptop) is shown, not beeped. */
export const SIGNAL_WINDOW_MS = 10_000;

export const DEFAULT_TIMER: TimerState = { durationMs: DEFAULT_MINUTES * 60_000, startedAt: null, elapsedMs: 0, signalled: false };

export function elapsed(state: TimerState, now: number): number {
  const run = state.startedAt === null ? 0 : Math.max(0, now - state.startedAt);
  return Math.min(state.durationMs, state.elapsedMs + run);
}

export function remaining(state: TimerState, now: number): number {
  return Math.max(0, state.durationMs - elapsed(state, now));
}

export function phase(state: TimerState, now: number): TimerPhase {
  if (remaining(state, now) === 0) return 'done';
  if (state.startedAt !== null) return 'running';
  return state.elapsedMs > 0 ? 'paused' : 'idle';
}

/** Starts or resumes; a finished timer starts over. */
export function start(state: TimerState, now: number): TimerState {
  const current = phase(state, now);
  if (current === 'running') return state;
  if (current === 'done') return { ...state, startedAt: now, elapsedMs: 0, signalled: false };
  return { ...state, startedAt: now };
}

export function pause(state: TimerState, now: number): TimerState {
  if (phase(state, now) !== 'running') return state;
  return { ...state, startedAt: null, elapsedMs: elapsed(state, now) };
}

export function reset(state: TimerState): TimerState {
  return { ...state, startedAt: null, elapsedMs: 0, signalled: false };
}

/** Sets the length (whole minutes, clamped) and puts the timer back at the start. */
export function setMinutes(state: TimerState, minutes: number): TimerState {
  const clamped = Math.min(MAX_MINUTES, Math.max(MIN_MINUTES, Math.round(Number.isFinite(minutes) ? minutes : DEFAULT_MINUTES)));
  return { durationMs: clamped * 60_000, startedAt: null, elapsedMs: 0, signalled: false };
}

/** The moment the timer ran out (ms since 1970), or null if it has not. */
export function endedAt(state: TimerState, now: number): number | null {
  if (phase(state, now) !== 'done') return null;
  return state.startedAt === null ? null : state.startedAt + (state.durationMs - state.elapsedMs);
}

/**
 * What to do about the end now: 'sound' (pulse and beep: it just ran out), 'quiet' (pulse
 * only: it ran out a while ago, while nobody was looking) or nothing.
 */
export function signalDue(state: TimerState, now: number): 'sound' | 'quiet' | null {
  if (state.signalled || phase(state, now) !== 'done') return null;
  const end = endedAt(state, now);
  return end !== null && now - end <= SIGNAL_WINDOW_MS ? 'sound' : 'quiet';
}

/** "04:59", "1:05:00": whole seconds, rounded up, so a fresh 5-minute timer shows 05:00. */
export function formatClock(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${pad(minutes)}:${pad(seconds)}` : `${pad(minutes)}:${pad(seconds)}`;
}
