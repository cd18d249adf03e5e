import { create } from 'zustand';
import { newId } from '../../shared/model/ids';
import { can, type Capability, type Profile, type Role } from '../../shared/model/profile';
import { currentProfile, listProfiles, saveProfile, switchProfile, type WorkbenchDatabase } from '../db';

interface ProfileState {
  /** Who is working now; null on first run until they say who they are. */
  profile: Profile | null;
  profiles: Profile[];
}

export const useProfile = create<ProfileState>()(() => ({ profile: null, profiles: [] }));

export async function loadProfiles(db: WorkbenchDatabase): Promise<void> {
  const [profile, profiles] = await Promise.all([currentProfile(db), listProfiles(db)]);
  useProfile.setState({ profile: profile ?? null, profiles });
}

/** A new person on this device, who becomes the current one. */
export async function createProfile(db: WorkbenchDatabase, deviceId: string, name: string, role: Role): Promise<void> {
  await saveProfile(db, { id: newId(), name: name.trim(), role, deviceId, createdAt: Date.now() });
  await loadProfiles(db);
}

export async function changeProfile(db: WorkbenchDatabase, id: string): Promise<void> {
  await switchProfile(db, id);
  await loadProfiles(db);
}

/** The id every change is signed with. */
export function authorId(): string {
  return useProfile.getState().profile?.id ?? '';
}

/** Whether the current person may change the plan's content (marketing); others review, comment and sign. */
export function useCan(capability: Capability): boolean {
  return useProfile((s) => can(s.profile?.role, capability));
}

export function currentlyCan(capability: Capability): boolean {
  return can(useProfile.getState().profile?.role, capability);
}
