import { mergePlans } from '../merge';
import { COLLECTIONS, COLLECTION_TYPES, type PlanState } from '../state';

/** JSON with object keys sorted: equal content, equal string. */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}

/**
 * A plan as the properties compare it: every record's state (conflicts included), the set of
 * change ids, the people and the attachment bytes. Not the order of any list.
 */
export function canonical(state: PlanState): string {
  const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
  return stableJson({
    plan: state.plan,
    ...Object.fromEntries(COLLECTION_TYPES.map((type) => [type, byId(state[COLLECTIONS[type]] as { id: string }[])])),
    profiles: byId(state.profiles),
    changes: state.changes.map((c) => c.id).sort(),
    blobs: [...state.blobs].sort(([a], [b]) => (a < b ? -1 : 1)).map(([id, bytes]) => [id, [...bytes]]),
  });
}

export function merged(local: PlanState, incoming: PlanState): PlanState {
  const outcome = mergePlans(local, incoming);
  if (!outcome.ok) throw new Error(outcome.error.detail);
  return outcome.merged;
}
