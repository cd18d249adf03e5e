import type { PlanState } from '../exchange/state';
import type { Profile } from '../model/profile';
import type { BackupSettings } from './format';

/**
 * A laptop's whole library as a backup carries it: every plan (with its records, tombstones,
 * change record and attachment bytes), every person, and the settings that travel.
 */
export interface Library {
  plans: PlanState[];
  profiles: Profile[];
  settings: BackupSettings;
}

/**
 * The people a plan names (authors of its changes and records, the versions of its
 * conflicts): each plan file in a backup carries them, so it can be imported on its own.
 */
export function profilesNamedBy(state: PlanState, profiles: readonly Profile[]): Profile[] {
  const named = new Set<string>();
  for (const change of state.changes) named.add(change.author);
  for (const list of [state.reviews, state.suggestions, state.comments, state.signoffs]) for (const record of list) named.add(record.author);
  for (const conflict of state.conflicts) for (const version of conflict.versions) named.add(version.author);
  return profiles.filter((p) => named.has(p.id));
}
