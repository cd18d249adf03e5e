import i18next from 'i18next';
import { positionsLocked, setPositionsLocked } from './deviceState';
import { announce } from './notice';

/**
 * The facilitator lock: while on, nothing on the canvas moves by accident. Nodes are not
 * draggable (so arrow keys don't move them either), frames can't be resized, and automatic
 * layout is refused with a word why. Kept per plan on this device.
 */
export function toggleLock() {
  const locked = !positionsLocked();
  setPositionsLocked(locked);
  announce(i18next.t(locked ? 'workshop.lock.locked' : 'workshop.lock.unlocked'));
}

/** True (and says so) when positions are locked: the caller must not move anything. */
export function refuseIfLocked(): boolean {
  if (!positionsLocked()) return false;
  announce(i18next.t('workshop.lock.refused'));
  return true;
}
