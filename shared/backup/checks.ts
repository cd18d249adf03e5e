import type { ReadError } from '../exchange/errors';
import { COLLECTIONS, COLLECTION_TYPES } from '../exchange/state';
import type { Library } from './library';

/**
 * What must hold across the plans of a library, beyond what each plan file checks for
 * itself: one database holds them all, so a record id (of any type), a change id, a plan id
 * or a profile id may appear only once in the whole library, and the current profile must
 * be one of its people.
 */
export function libraryProblem(library: Library): ReadError | undefined {
  const once = (list: string, ids: Iterable<string>): ReadError | undefined => {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) return { code: 'duplicateIds', detail: `${list} lists id "${id}" more than once across the backup's plans` };
      seen.add(id);
    }
    return undefined;
  };
  const problem =
    once('plans', library.plans.map((s) => s.plan.id)) ??
    once('profiles', library.profiles.map((p) => p.id)) ??
    COLLECTION_TYPES.reduce<ReadError | undefined>(
      (found, type) => found ?? once(COLLECTIONS[type], idsOf(library, (s) => s[COLLECTIONS[type]])),
      undefined,
    ) ??
    once('changes', idsOf(library, (s) => s.changes));
  if (problem) return problem;
  const current = library.settings.currentProfileId;
  if (current !== null && !library.profiles.some((p) => p.id === current)) {
    return { code: 'invalid', detail: `the current profile "${current}" is not one of the backup's people`, path: 'settings.currentProfileId' };
  }
  return undefined;
}

function* idsOf(library: Library, list: (state: Library['plans'][number]) => readonly { id: string }[]): Iterable<string> {
  for (const state of library.plans) for (const record of list(state)) yield record.id;
}
