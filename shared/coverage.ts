import type { PlanElement } from './model/element';
import { PAIRS, type CKind, type PKind } from './model/kinds';
import type { PlanLink } from './model/link';

/**
 * The 4P↔4C coverage check: for each pair, is the P thought through from the customer's
 * side (its C)? A plan is balanced when no P stands without its C.
 */
export type PairStatus = 'unused' | 'covered' | 'lacking' | 'customerOnly';

export interface PairCoverage {
  p: PKind;
  c: CKind;
  status: PairStatus;
  /** Live elements of the P kind, then of the C kind, in plan order. */
  pIds: string[];
  cIds: string[];
  /** Whether some P and some C of this pair are joined by a 'pairsWith' link (either way round). */
  linked: boolean;
}

export interface CoverageReport {
  pairs: PairCoverage[];
  /** No pair is 'lacking'; a C without its P is fine (the customer view may come first). */
  balanced: boolean;
  counts: Record<PairStatus, number>;
}

export type CoverageElement = Pick<PlanElement, 'id' | 'kind' | 'deleted'>;
export type CoverageLink = Pick<PlanLink, 'source' | 'target' | 'type' | 'deleted'>;

export function checkCoverage(elements: readonly CoverageElement[], links: readonly CoverageLink[]): CoverageReport {
  const live = elements.filter((e) => !e.deleted);
  const pairLinks = links.filter((l) => !l.deleted && l.type === 'pairsWith');
  const pairs = PAIRS.map(([p, c]): PairCoverage => {
    const pIds = live.filter((e) => e.kind === p).map((e) => e.id);
    const cIds = live.filter((e) => e.kind === c).map((e) => e.id);
    const joins = (a: string, b: string) => pIds.includes(a) && cIds.includes(b);
    const linked = pairLinks.some((l) => joins(l.source, l.target) || joins(l.target, l.source));
    return { p, c, status: statusOf(pIds.length > 0, cIds.length > 0), pIds, cIds, linked };
  });
  const counts: Record<PairStatus, number> = { unused: 0, covered: 0, lacking: 0, customerOnly: 0 };
  for (const pair of pairs) counts[pair.status] += 1;
  return { pairs, balanced: counts.lacking === 0, counts };
}

function statusOf(hasP: boolean, hasC: boolean): PairStatus {
  if (hasP) return hasC ? 'covered' : 'lacking';
  return hasC ? 'customerOnly' : 'unused';
}
