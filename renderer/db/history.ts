import type { Change } from '../../shared/changes/change';
import type { WorkbenchDatabase } from './schema';

/** How many change records a plan has stamped up to `hlc`: a cheap check that nothing arrived out of clock order. */
export function countHistory(db: WorkbenchDatabase, planId: string, upToHlc = '\uffff'): Promise<number> {
  return db.changes.where('[planId+hlc]').between([planId, ''], [planId, upToHlc], true, true).count();
}

/** A plan's change records stamped after `afterHlc`, in clock order: what a history already read lacks. */
export function loadHistoryAfter(db: WorkbenchDatabase, planId: string, afterHlc: string, limit = Infinity): Promise<Change[]> {
  return db.changes.where('[planId+hlc]').between([planId, afterHlc], [planId, '\uffff'], false, true).limit(limit).toArray();
}

/** Records per read: a few milliseconds of work, so a 200,000-record log never holds the editor up. */
export const HISTORY_PAGE = 2000;

/**
 * A plan's change records stamped after `afterHlc`, in clock order, a page at a time. A page
 * ends on a whole transaction (one user action is never split between two pages), so each
 * can go straight into a HistoryBuilder; the caller yields between pages.
 */
export async function* historyPagesAfter(db: WorkbenchDatabase, planId: string, afterHlc: string, pageSize = HISTORY_PAGE): AsyncGenerator<Change[]> {
  let after = afterHlc;
  let carry: Change[] = [];
  for (;;) {
    const page = await loadHistoryAfter(db, planId, after, pageSize);
    if (page.length < pageSize) {
      if (carry.length + page.length > 0) yield [...carry, ...page];
      return;
    }
    after = page[page.length - 1]!.hlc;
    const lastTx = page[page.length - 1]!.txId;
    let cut = page.length;
    while (cut > 0 && page[cut - 1]!.txId === lastTx) cut -= 1;
    const whole = [...carry, ...page.slice(0, cut)];
    carry = [...(cut === 0 ? carry : []), ...page.slice(cut)];
    if (cut > 0 && whole.length > 0) yield whole;
  }
}
