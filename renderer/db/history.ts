import type { Change } from '../../shared/changes/change';
import type { WorkbenchDatabase } from './schema';

/** How many change records a plan has: a cheap check that nothing arrived out of clock order. */
export function countHistory(db: WorkbenchDatabase, planId: string): Promise<number> {
  return db.changes.where('[planId+hlc]').between([planId, ''], [planId, '\uffff']).count();
}

/** A plan's change records stamped after `afterHlc`, in clock order: what a history already read lacks. */
export function loadHistoryAfter(db: WorkbenchDatabase, planId: string, afterHlc: string): Promise<Change[]> {
  return db.changes.where('[planId+hlc]').between([planId, afterHlc], [planId, '\uffff'], false, true).toArray();
}
