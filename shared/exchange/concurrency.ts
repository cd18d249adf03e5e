import type { Change } from '../changes/change';
import type { ConflictVersion } from '../model/conflict';
import { byClock } from './fold';

/**
 * Which versions of one text field are still "live" after a merge: written without seeing
 * each other, and not since replaced by anyone who saw them.
 *
 * Each side of a merge says, for the field:
 * - its live versions: its latest change to the field, plus the other versions of an open
 *   conflict on it;
 * - what it knows: the ids in its change log.
 * A side that knows a version but no longer holds it live has replaced it: someone on
 * that side wrote over it, or resolved it. A version survives unless a side with an
 * opinion about the field replaced it. Survival so depends only on the set of sides
 * merged, never on their order or grouping, and merging a side with itself changes
 * nothing: merging is idempotent, commutative and associative.
 *
 * Why not "the later edit saw the earlier one" from clocks alone: a device that imports a
 * file after editing has a later stamp without having seen anything. Why not old values:
 * the same text can be written twice. The log says what each side knew.
 */
export interface FieldSide {
  /** This side's latest change to the field, if it has any. */
  head: Change | undefined;
  /** The other versions of an open conflict on the field, on this side. */
  others: readonly ConflictVersion[];
  /** Whether this side's change log holds the change. */
  knows(changeId: string): boolean;
}

export function versionOf(change: Change): ConflictVersion {
  const value = typeof change.newValue === 'string' ? change.newValue : null;
  return { changeId: change.id, hlc: change.hlc, author: change.author, deviceId: change.deviceId, value };
}

function liveIds(side: FieldSide): Set<string> {
  const ids = new Set(side.others.map((v) => v.changeId));
  if (side.head) ids.add(side.head.id);
  return ids;
}

/** The surviving versions, oldest first: the last is the one the field shows, the rest are in conflict with it. */
export function survivingVersions(a: FieldSide, b: FieldSide): ConflictVersion[] {
  const sides = [a, b].map((side) => ({ side, live: liveIds(side) }));
  const replacedBy = ({ side, live }: (typeof sides)[number], id: string) => live.size > 0 && side.knows(id) && !live.has(id);
  const candidates = new Map<string, ConflictVersion>();
  for (const { side } of sides) {
    for (const version of [...side.others, ...(side.head ? [versionOf(side.head)] : [])]) {
      if (!candidates.has(version.changeId)) candidates.set(version.changeId, version);
    }
  }
  return [...candidates.values()]
    .filter((version) => !sides.some((s) => replacedBy(s, version.changeId)))
    .sort((x, y) => byClock({ hlc: x.hlc, id: x.changeId }, { hlc: y.hlc, id: y.changeId }));
}
