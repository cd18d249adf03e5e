import { z } from 'zod';
import { DEFAULT_LIMITS, type ReadLimits } from '../exchange/format';
import { planSchema } from '../model/plan';
import { profileSchema, roleSchema } from '../model/profile';

/**
 * The `.cwbackup` file: the whole library of one laptop in one zip. `backup.json` says what
 * is in it (header, the people, portable settings, the list of plans); each plan is a
 * complete `.cwplan` file of kind `plan` stored as `plans/<n>.cwplan`, so everything a plan
 * file promises (its schema, its checks, its migrations) holds for every plan of a backup,
 * and one plan can be taken out with any unzip tool and imported on its own.
 * docs/format/cwbackup.md describes it for other programs.
 */
export const BACKUP_FORMAT_NAME = 'campaign-workbench-backup';
/** Bump only with a migration in migrations.ts that upgrades the previous version's manifests. */
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_FILE_EXTENSION = 'cwbackup';
export const BACKUP_MEDIA_TYPE = 'application/x-campaign-workbench-backup';
export const BACKUP_MANIFEST_ENTRY = 'backup.json';
/** `plans/1.cwplan`, `plans/2.cwplan`…: numbers, never plan ids, so no name can reach outside the archive. */
const PLAN_ENTRY_PATTERN = /^plans\/[1-9][0-9]{0,5}\.cwplan$/;

export function isPlanEntryName(name: string): boolean {
  return PLAN_ENTRY_PATTERN.test(name);
}

export function planEntryName(index: number): string {
  return `plans/${index + 1}.cwplan`;
}

/** Who made the backup (no device id: a backup is about people and plans, not laptops). */
export const backupAuthorSchema = z.object({
  profileId: z.string().min(1).max(100),
  name: z.string().max(200),
  role: roleSchema,
});
export type BackupAuthor = z.infer<typeof backupAuthorSchema>;

/**
 * Settings that mean the same on another laptop. Only who was working: the device id stays
 * with its laptop (two laptops sharing one would break the merge), and the language, theme,
 * canvas viewports and undo history are that laptop's own.
 */
export const backupSettingsSchema = z.object({
  /** The profile that was working when the backup was made; restored only where nobody is set up yet. */
  currentProfileId: z.string().min(1).max(100).nullable(),
});
export type BackupSettings = z.infer<typeof backupSettingsSchema>;

export const MAX_BACKUP_PLANS = 10_000;

export const backupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT_NAME),
  formatVersion: z.number().int().positive(),
  /** The version of the app that wrote the file (informative; formatVersion decides compatibility). */
  appVersion: z.string().max(50),
  createdAt: z.iso.datetime({ offset: true }),
  createdBy: backupAuthorSchema.nullable(),
  /** Every plan of the library: in the list, in the trash, and deleted ones (their tombstones). */
  plans: z
    .array(z.object({ id: planSchema.shape.id, entry: z.string().refine(isPlanEntryName, 'not a plans/<n>.cwplan entry name') }))
    .max(MAX_BACKUP_PLANS),
  /** Every person known on the laptop, including those who only came with files. */
  profiles: z.array(profileSchema).max(MAX_BACKUP_PLANS),
  settings: backupSettingsSchema,
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;
export type BackupHeader = Pick<BackupManifest, 'format' | 'formatVersion' | 'appVersion' | 'createdAt' | 'createdBy'>;

/** Size limits, checked from the zip directories before anything is inflated. */
export interface BackupLimits {
  /** The backup file itself. */
  maxFileBytes: number;
  /** Everything inflated together: backup.json, the plan files, and every entry inside them. */
  maxTotalBytes: number;
  maxManifestBytes: number;
  /** Each plan file, with the limits of a `.cwplan` (its own total is also held to what is left of maxTotalBytes). */
  plan: ReadLimits;
}

const MiB = 1024 * 1024;
export const DEFAULT_BACKUP_LIMITS: BackupLimits = {
  // The largest file either shell hands the renderer (shared/ipc/files.ts, MAX_FILE_BYTES).
  maxFileBytes: 512 * MiB,
  maxTotalBytes: 1024 * MiB,
  maxManifestBytes: 16 * MiB,
  plan: DEFAULT_LIMITS,
};
