import { ArchiveRestore, DatabaseBackup } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { runCommand } from '../commands/registry';
import { useBackup } from './store';
import './backup.css';

/** In the library's header: the whole library to a file, and back. */
export function BackupButtons() {
  const { t } = useTranslation();
  const busy = useBackup((s) => s.task !== null);
  return (
    <>
      <button type="button" title={t('backup.header.backupTitle')} disabled={busy} onClick={() => runCommand('backup.create')}>
        <DatabaseBackup size={16} aria-hidden="true" />
        {t('backup.header.backup')}
      </button>
      <button type="button" title={t('backup.header.restoreTitle')} disabled={busy} onClick={() => runCommand('backup.restore')}>
        <ArchiveRestore size={16} aria-hidden="true" />
        {t('backup.header.restore')}
      </button>
    </>
  );
}

/** Under the empty library's templates (and on first run): coming from another laptop, or starting again. */
export function RestoreInvite() {
  const { t } = useTranslation();
  return (
    <p className="restore-invite">
      <span>{t('backup.empty.prompt')}</span>
      <button type="button" onClick={() => runCommand('backup.restore')}>
        <ArchiveRestore size={16} aria-hidden="true" />
        {t('backup.empty.button')}
      </button>
    </p>
  );
}
