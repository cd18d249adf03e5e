/**
 * The whole library of a laptop in one `.cwbackup` file and back (issue 4, item 6): every
 * plan as a complete `.cwplan` inside, the people, and the settings that travel. Pure: the
 * renderer reads the database into a `Library` and restores one into it (renderer/db/backup.ts).
 * docs/format/cwbackup.md describes the file for other programs.
 */
export {
  BACKUP_FILE_EXTENSION,
  BACKUP_FORMAT_VERSION,
  BACKUP_MEDIA_TYPE,
  DEFAULT_BACKUP_LIMITS,
  type BackupAuthor,
  type BackupHeader,
  type BackupLimits,
  type BackupSettings,
} from './format';
export { profilesNamedBy, type Library } from './library';
export { readBackupFile, type BackupFile, type BackupReadError, type BackupReadErrorCode, type BackupReadResult } from './read';
export { summarizeBackup, type BackupPlanSummary, type BackupSummary } from './summary';
export { writeBackupFile, type BackupWriteOptions } from './write';
