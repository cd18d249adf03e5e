import { z } from 'zod';
import { create } from 'zustand';
import { DEFAULT_TIMER, timerStateSchema, type TimerState } from './timer';
import { readLocal, writeLocal } from './local';

/**
 * What the workshop keeps on this laptop for the open plan (the step timer, the
 * facilitator lock, who is placing dots) and for every plan (the workshop bar, the sound,
 * hidden side panels). A reload finds it all where it was; another window of the same
 * plan follows along through the storage event.
 */
interface PlanDeviceState {
  planId: string;
  timer: TimerState;
  locked: boolean;
  votingAs: string | null;
}

const planKeys = (planId: string) => ({ timer: `timer.${planId}`, locked: `lock.${planId}`, votingAs: `votingAs.${planId}` });

function readPlan(planId: string): PlanDeviceState {
  const keys = planKeys(planId);
  return {
    planId,
    timer: readLocal(keys.timer, timerStateSchema) ?? DEFAULT_TIMER,
    locked: readLocal(keys.locked, z.boolean()) ?? false,
    votingAs: readLocal(keys.votingAs, z.string().max(200)) ?? null,
  };
}

export const usePlanDevice = create<PlanDeviceState>()(() => ({ planId: '', timer: DEFAULT_TIMER, locked: false, votingAs: null }));

export function loadPlanDevice(planId: string) {
  usePlanDevice.setState(readPlan(planId));
}

export function unloadPlanDevice() {
  usePlanDevice.setState({ planId: '', timer: DEFAULT_TIMER, locked: false, votingAs: null });
}

function save(patch: Partial<Omit<PlanDeviceState, 'planId'>>) {
  const { planId } = usePlanDevice.getState();
  if (!planId) return;
  usePlanDevice.setState(patch);
  const keys = planKeys(planId);
  if ('timer' in patch) writeLocal(keys.timer, patch.timer);
  if ('locked' in patch) writeLocal(keys.locked, patch.locked ? true : undefined);
  if ('votingAs' in patch) writeLocal(keys.votingAs, patch.votingAs ?? undefined);
}

export function updateTimer(change: (timer: TimerState, now: number) => TimerState) {
  const { timer } = usePlanDevice.getState();
  const next = change(timer, Date.now());
  if (next !== timer) save({ timer: next });
}

export function setPositionsLocked(locked: boolean) {
  save({ locked });
}

/** The facilitator lock of the open plan: while on, nothing on the canvas moves. */
export function positionsLocked(): boolean {
  return usePlanDevice.getState().locked;
}

export function usePositionsLocked(): boolean {
  return usePlanDevice((s) => s.locked);
}

export function setVotingAs(votingAs: string | null) {
  save({ votingAs });
}

// Another window of this origin changed the open plan's timer, lock or voter.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    const { planId } = usePlanDevice.getState();
    if (planId && event.key?.includes(planId)) usePlanDevice.setState(readPlan(planId));
  });
}

/** Device-wide choices: the workshop bar open or folded, the end-of-timer beep, hidden side panels. */
const prefsSchema = z.object({
  bar: z.boolean(),
  sound: z.boolean(),
  palette: z.boolean(),
  inspector: z.boolean(),
});
export type WorkshopPrefs = z.infer<typeof prefsSchema>;
const PREFS_KEY = 'prefs';
const DEFAULT_PREFS: WorkshopPrefs = { bar: true, sound: true, palette: true, inspector: true };

export const useWorkshopPrefs = create<WorkshopPrefs>()(() => ({ ...DEFAULT_PREFS, ...readLocal(PREFS_KEY, prefsSchema.partial()) }));

export function setPref<K extends keyof WorkshopPrefs>(key: K, value: WorkshopPrefs[K]) {
  useWorkshopPrefs.setState({ [key]: value } as Pick<WorkshopPrefs, K>);
  writeLocal(PREFS_KEY, useWorkshopPrefs.getState());
}

export function togglePref(key: 'bar' | 'sound' | 'palette' | 'inspector') {
  setPref(key, !useWorkshopPrefs.getState()[key]);
}
