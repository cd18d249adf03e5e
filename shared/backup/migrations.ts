import type { FormatMigration } from '../exchange/migrations';

/**
 * Steps up the backup format's history, run by the same machinery as the plan file's
 * (shared/exchange/migrations.ts: named, never edited once published, additive). They
 * upgrade `backup.json` only: each plan inside is a `.cwplan` and upgrades through that
 * format's own steps. Version 1 is the first published version: nothing to upgrade yet.
 */
export const BACKUP_MIGRATIONS: readonly FormatMigration[] = [];
