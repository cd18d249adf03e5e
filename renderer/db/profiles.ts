import { profileSchema, type Profile } from '../../shared/model/profile';
import { getSetting, setSetting } from './settings';
import type { WorkbenchDatabase } from './schema';

const CURRENT = 'profileId';

/** The people known on this device: the ones made here and the ones who came with files. */
export async function listProfiles(db: WorkbenchDatabase): Promise<Profile[]> {
  return (await db.profiles.toArray()).sort((a, b) => a.createdAt - b.createdAt);
}

/** The profile this device works as, or undefined on first run (the app then asks for one). */
export async function currentProfile(db: WorkbenchDatabase): Promise<Profile | undefined> {
  const id = await getSetting<string>(db, CURRENT);
  return id ? db.profiles.get(id) : undefined;
}

export async function switchProfile(db: WorkbenchDatabase, id: string): Promise<Profile> {
  return db.transaction('rw', [db.profiles, db.settings], async () => {
    const profile = await db.profiles.get(id);
    if (!profile) throw new Error(`No profile ${id}`);
    await setSetting(db, CURRENT, id);
    return profile;
  });
}

/** Saves a new or renamed profile and makes it the current one. Invalid input throws and writes nothing. */
export async function saveProfile(db: WorkbenchDatabase, profile: Profile): Promise<Profile> {
  const valid = profileSchema.parse(profile);
  await db.transaction('rw', [db.profiles, db.settings], async () => {
    await db.profiles.put(valid);
    await setSetting(db, CURRENT, valid.id);
  });
  return valid;
}
