import { strToU8, zipSync, type Zippable } from 'fflate';
import { writePlanFile } from '../exchange/write';
import {
  BACKUP_FORMAT_NAME,
  BACKUP_FORMAT_VERSION,
  BACKUP_MANIFEST_ENTRY,
  backupManifestSchema,
  planEntryName,
  type BackupAuthor,
  type BackupManifest,
} from './format';
import { libraryProblem } from './checks';
import { profilesNamedBy, type Library } from './library';

export interface BackupWriteOptions {
  appVersion: string;
  createdAt: Date;
  createdBy: BackupAuthor | null;
  /** Called after each plan is written: the UI shows it as progress. */
  onProgress?: (done: number, total: number) => void;
}

/** Plan files are zips already (their manifest deflated, their attachments stored): storing them costs nothing. */
const STORE = { level: 0 } as const;
const DEFLATE = { level: 6 } as const;

/**
 * Writes a `.cwbackup` file. The library is checked as the reader will check it (unique ids
 * across plans, a known current profile), and each plan goes through the plan file writer,
 * which validates it; anything the reader would refuse is a programming error and throws.
 * The same library and options always give the same bytes.
 */
export function writeBackupFile(library: Library, options: BackupWriteOptions): Uint8Array {
  const problem = libraryProblem(library);
  if (problem) throw new Error(`cannot back up this library: ${problem.detail}`);
  const manifest: BackupManifest = backupManifestSchema.parse({
    format: BACKUP_FORMAT_NAME,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: options.appVersion,
    createdAt: options.createdAt.toISOString(),
    createdBy: options.createdBy,
    plans: library.plans.map((state, i) => ({ id: state.plan.id, entry: planEntryName(i) })),
    profiles: library.profiles,
    settings: library.settings,
  });
  const mtime = options.createdAt;
  const files: Zippable = { [BACKUP_MANIFEST_ENTRY]: [strToU8(JSON.stringify(manifest)), { ...DEFLATE, mtime }] };
  library.plans.forEach((state, i) => {
    const bytes = writePlanFile(
      { ...state, profiles: profilesNamedBy(state, library.profiles) },
      // Who made the backup is said once, in backup.json; a plan file's exporter would need a device id.
      { kind: 'plan', appVersion: options.appVersion, exportedAt: options.createdAt, exportedBy: null },
    );
    files[planEntryName(i)] = [bytes, { ...STORE, mtime }];
    options.onProgress?.(i + 1, library.plans.length);
  });
  return zipSync(files);
}
